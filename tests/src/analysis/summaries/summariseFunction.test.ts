import { describe, expect, it } from 'vitest';

import type { FunctionNode } from '../../../../src/analysis/ast/functions.js';
import { summariseFunction } from '../../../../src/analysis/summaries/summariseFunction.js';
import { isParamRef, type ParamRef, type SummaryEntry } from '../../../../src/analysis/summaries/Summary.js';
import { declared, fixture } from './fixtureModule.js';

const http = fixture('lib/http.ts');
const nested = fixture('lib/nested.ts');

const ref = (value: ParamRef) => `#${value.index}${value.property ? `.${value.property}` : ''}`;

/** An entry, readably: `receiver(#0) express status=#2 headers=[] + call() body=object(message,success)`. */
function describeEntry(entry: SummaryEntry): string {
  const status = isParamRef(entry.status) ? ref(entry.status) : String(entry.status);
  const fixed = `[${[...entry.headers.fixed.names].sort().join(',')}]${entry.headers.fixed.complete ? '' : '?'}`;
  const fromCall = entry.headers.fromCall.map((source) => `${source.as}${ref(source.ref)}`).join(',');
  const body = isParamRef(entry.body) ? ref(entry.body) : entry.body.kind === 'object' ? `object(${[...entry.body.keys].sort().join(',')})` : entry.body.kind;
  const receiver = entry.receiver === undefined ? '' : `(#${entry.receiver})`;
  return `${entry.kind}${receiver} ${entry.framework} status=${status} headers=${fixed}${fromCall ? ` + ${fromCall}` : ''} body=${body}`;
}

const summary = (module: typeof http, name: string, depth?: number) =>
  summariseFunction(declared(module, name) as FunctionNode, module, depth).entries.map(describeEntry);

describe('summariseFunction', () => {
  it.each([
    ['sendNon200ResponseWithMessage', ['receiver(#0) express status=#2 headers=[] body=object(message,success)']],
    ['formatApiResponse', ['receiver(#1) express status=#0 headers=[] body=#2']],
    ['sendAuthError', ['receiver(#0) express status=#1 headers=[www-authenticate] body=#2']],
    ['sendWithHeaders', ['receiver(#0) express status=#1 headers=[] + object#2 body=none']],
    ['accepted', ['receiver(#0) express status=#1 headers=[location] body=object(status)']],
    ['errorResponse', ['returns-response lambda status=#0 headers=[content-type] body=object(message)']],
    ['jsonResponse', ['returns-response lambda status=#0 headers=[] + object#2 body=#1']],
    ['problemResponse', ['returns-response web-response status=#0 headers=[content-type] body=object(detail,status,type)']],
    ['successResponse', ['returns-response web-response status=#1.status headers=[] + object#1.headers body=object(data)']],
    ['logAndRespond', ['returns-response web-response status=#1.status headers=[] + object#1.headers body=object(error)']],
    ['error', ['returns-error http-errors status=#0 headers=[] + props#1 body=unknown']],
  ])('%s', (name, expected) => {
    expect(summary(http, name)).toEqual(expected);
  });

  it('follows a helper that calls a helper, with the inner helper’s evidence', () => {
    expect(summary(nested, 'fail')).toEqual(['receiver(#0) express status=#1 headers=[] body=object(message,success)']);
  });

  it('stops at the second level: a third helper down is not followed', () => {
    expect(summary(nested, 'failDeeper')).toEqual([]);
    // Summarised as a level-2 callee itself, `fail` no longer sees into its own callee.
    expect(summary(nested, 'fail', 2)).toEqual([]);
  });
});
