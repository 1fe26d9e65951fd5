import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { readCode, watchStatuses } from '../../../../src/analysis/gates/codePass.js';
import { mayDoubleSend } from '../../../../src/analysis/gates/mayDoubleSend.js';
import { mayHoldInvalidStatus } from '../../../../src/analysis/gates/mayHoldInvalidStatus.js';
import { mayMention } from '../../../../src/analysis/gates/mayMention.js';
import { mayOverrideRedirect } from '../../../../src/analysis/gates/mayOverrideRedirect.js';
import { countedContext, parsedContext } from '../parsedContext.js';

describe('readCode', () => {
  it('reads a file once for all the gates', () => {
    watchStatuses([202, 301]);
    const { context, reads } = countedContext('(req, res) => { res.status(301); res.redirect(url); res.json(x); }');
    expect(mayMention(context, [301])).toBe(true);
    expect(mayHoldInvalidStatus(context, true)).toBe(false);
    expect(mayDoubleSend(context)).toBe(true);
    expect(mayOverrideRedirect(context)).toBe(true);
    expect(mayMention(context, [202])).toBe(false);
    expect(reads.count).toBe(1);
  });

  it('reads it again when a rule watches a new status after the file was read', () => {
    const { context, reads } = countedContext('res.status(StatusCodes.NOT_MODIFIED).end();');
    watchStatuses([202]);
    readCode(context.sourceCode);
    expect(mayMention(context, [304])).toBe(true);
    expect(reads.count).toBe(2);
  });

  it('looks for names after underscores in constants, not in the aliases of compiled code', () => {
    watchStatuses([202, 401]);
    const statuses = (text: string) => [...readCode(parsedContext(text).sourceCode)!.statuses];
    expect(statuses('x = HTTP_STATUS_ACCEPTED; y = _UNAUTHORIZED;')).toEqual([202, 401]);
    expect(statuses('const typescript_Accepted = require("x"); const accepted_Unauthorized = 1;')).toEqual([]);
  });

  it('reads an identifier written with an escape without failing, and not as a name', () => {
    watchStatuses([202]);
    expect([...readCode(parsedContext('const \\u0041CCEPTED = 1; use(\\u0041ccepted_Error);').sourceCode)!.statuses]).toEqual([]);
  });

  it('reads the tokens at either end of a file, and names of one character', () => {
    watchStatuses([302]);
    const facts = (text: string) => readCode(parsedContext(text).sourceCode)!;
    expect(facts('res').doubleSend).toBe(false);
    expect(facts('next').doubleSend).toBe(false);
    expect(facts('_; _.x; R').statuses.size).toBe(0);
    expect(facts('(req, res) => { res.json(a); res.end(); }').doubleSend).toBe(true);
    expect(facts('res.status(302); res.redirect(u)').statusThenRedirect).toBe(true);
    expect(facts('res.redirect(u); res.status(302)').statusThenRedirect).toBe(false);
    expect(facts('x.status = 1').invalid).toBe(true);
    expect(facts("f('200')").invalid).toBe(true);
    expect(facts('Found').statuses.has(302)).toBe(true);
  });

  it('gives nothing when the parser gives no tokens', () => {
    expect(readCode({ ast: { type: 'Program', body: [] } } as unknown as TSESLint.SourceCode)).toBeUndefined();
  });
});
