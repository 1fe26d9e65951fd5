import { describe, expect, it } from 'vitest';

import type { ClassNode } from '../../../../src/analysis/summaries/findDefinition.js';
import { summariseErrorClass } from '../../../../src/analysis/summaries/summariseErrorClass.js';
import { isParamRef } from '../../../../src/analysis/summaries/Summary.js';
import { declared, fixture } from './fixtureModule.js';

const errors = fixture('lib/errors.ts');

/** A class summary, readably: `error nestjs status=401 at "UnauthorizedException"`. */
function describeClass(name: string): string {
  const summary = summariseErrorClass(declared(errors, name) as ClassNode, errors);
  if (!summary.isError) return 'not an error';
  const status = isParamRef(summary.status) ? `#${summary.status.index}${summary.status.property ? `.${summary.status.property}` : ''}` : String(summary.status);
  const at = summary.statusNode ? ` at "${errors.sourceCode.getText(summary.statusNode)}"` : '';
  return `error ${summary.framework} status=${status}${at}${summary.opaque ? ' opaque' : ''}`;
}

describe('summariseErrorClass', () => {
  it.each([
    // A field: the one place the status is chosen.
    ['AuthenticationError', 'error error-class status=401 at "401"'],
    // `constructor(public status: number, …)`.
    ['ApiError', 'error error-class status=#0'],
    // Inherits the constructor, and with it the status: chosen at each `new`, nowhere in the class.
    ['ValidationError', 'error error-class status=#0'],
    // Sends its own challenge.
    ['ChallengeError', 'error error-class status=401 at "401" opaque'],
    // `constructor({ code, status })` with `this.status = status`.
    ['RequestError', 'error error-class status=#0.status'],
    // A library base with a constant status: chosen at the `extends`.
    ['TokenError', 'error nestjs status=401 at "UnauthorizedException"'],
  ])('%s', (name, expected) => {
    expect(describeClass(name)).toBe(expected);
  });
});
