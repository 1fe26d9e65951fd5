import { describe, expect, it } from 'vitest';

import { combine, negate } from '../../../../src/analysis/client/codeCondition.js';
import type { CodeCondition } from '../../../../src/analysis/client/StatusCheck.js';
import { ruleTester } from '../../../ruleTester.js';
import { check, checkProbe } from './checkProbe.js';

const exact = (sense: 'in' | 'notIn', ...codes: number[]): CodeCondition => ({ sense, codes: new Set(codes), strength: 'exact' });
const shape = (condition: CodeCondition | undefined) =>
  condition && { sense: condition.sense, codes: [...condition.codes].sort((a, b) => a - b), strength: condition.strength };

describe('combine and negate', () => {
  it('joins equalities with || into one set, and intersects with &&', () => {
    expect(shape(combine('||', exact('in', 200), exact('in', 202)))).toEqual({ sense: 'in', codes: [200, 202], strength: 'exact' });
    expect(shape(combine('&&', exact('in', 200, 202), exact('in', 202)))).toEqual({ sense: 'in', codes: [202], strength: 'exact' });
  });

  it('joins inequalities with && into one excluded set (the guard `s !== 200 && s !== 202`)', () => {
    expect(shape(combine('&&', exact('notIn', 200), exact('notIn', 202)))).toEqual({ sense: 'notIn', codes: [200, 202], strength: 'exact' });
    expect(shape(combine('||', exact('notIn', 200, 202), exact('notIn', 202)))).toEqual({ sense: 'notIn', codes: [202], strength: 'exact' });
  });

  it('mixes an included and an excluded set', () => {
    expect(shape(combine('&&', exact('in', 200, 202), exact('notIn', 200)))).toEqual({ sense: 'in', codes: [202], strength: 'exact' });
    expect(shape(combine('||', exact('in', 202), exact('notIn', 202, 404)))).toEqual({ sense: 'notIn', codes: [404], strength: 'exact' });
  });

  it('keeps what an unknown operand allows: necessary under &&, sufficient under ||', () => {
    expect(combine('&&', exact('in', 202), undefined)?.strength).toBe('necessary');
    expect(combine('||', undefined, exact('in', 202))?.strength).toBe('sufficient');
    // (s === 202 || force) && ready: neither necessary nor sufficient any more.
    expect(combine('&&', combine('||', exact('in', 202), undefined), undefined)).toBeUndefined();
    expect(combine('||', combine('&&', exact('in', 202), undefined), undefined)).toBeUndefined();
    expect(combine('&&', undefined, undefined)).toBeUndefined();
  });

  it('negates the sense and swaps necessary and sufficient', () => {
    expect(shape(negate(exact('in', 200, 202)))).toEqual({ sense: 'notIn', codes: [200, 202], strength: 'exact' });
    expect(negate({ ...exact('in', 202), strength: 'necessary' }).strength).toBe('sufficient');
    expect(negate({ ...exact('notIn', 202), strength: 'sufficient' }).strength).toBe('necessary');
  });
});

// The same algebra read from code, as the recogniser reports it.
const body = (test: string) => `async function f() { const res = await fetch(u); if (${test}) return res.json(); }`;
const cases: [test: string, summary: string][] = [
  ['res.status === 200 || res.status === 202', 'comparison subject:res.status response:res codes:200,202 only consumes fix'],
  ['(res.status === 200 || res.status === 202) && ready', 'comparison subject:res.status response:res codes:200,202 only consumes fix'],
  ['res.status === 200 || res.status === 202 || force', 'comparison subject:res.status response:res codes:200,202 shared consumes'],
  ['!(res.status !== 202)', 'comparison subject:res.status response:res codes:202 only consumes'],
  ['res.status === 202 && res.status !== 404', 'comparison subject:res.status response:res codes:202 only consumes'],
  // res.ok and range checks are the codes they let through: where 202 is one of them, no edit drops it.
  ['res.ok || res.status === 202', 'comparison subject:res.status response:res codes:200-299 only consumes'],
  ['res.status >= 200 && res.status < 300 || res.status === 202', 'comparison subject:res.status response:res codes:200-299 only consumes'],
  ['res.status === 202 || 200 <= res.status && 299 >= res.status', 'comparison subject:res.status response:res codes:200-299 only consumes'],
  ['res.status === 202 || res.status > 199 && res.status <= 201', 'comparison subject:res.status response:res codes:200-202 only consumes fix'],
  ['res.status === 202 || res.status >= 400', 'comparison subject:res.status response:res codes:202,400-599 only consumes fix'],
  ['(res.status === 202 || res.ok) && !res.redirected', 'comparison subject:res.status response:res codes:200-299 only consumes'],
  // Another response's ok says nothing about this one.
  ['other.ok || res.status === 202', 'comparison subject:res.status response:res codes:202 shared consumes'],
  // Another response's 202 is an unknown condition for this one, and the other way round.
  ['other.status === 202 || res.status === 200', 'comparison subject:other.status response:other codes:202 shared'],
  ['res?.status === 202 || res?.status === 201', 'comparison subject:res.status response:res codes:201,202 only consumes fix'],
  ['[200, 202].includes(res.status)', 'includes subject:res.status response:res codes:200,202 only consumes fix'],
  ['!![200, 202].includes(res.status)', 'includes subject:res.status response:res codes:200,202 only consumes fix'],
];

ruleTester.run('codeCondition (through the recogniser)', checkProbe, {
  valid: [
    // Not a status condition: ranges and res.ok alone.
    body('res.status >= 200 && res.status < 300'),
    // A condition whose 202 leads nowhere: 202 falls past an `if` whose body does not exit.
    'async function f() { const res = await fetch(u); if (res.status !== 202) log(res.status); }',
    // Used as a value, not a branch.
    'const accepted = [200, 202].includes(res.status); send(accepted);',
    // `=== false` and other comparisons of booleans are not read.
    body('[200, 202].includes(res.status) === false'),
  ],
  invalid: cases.map(([test, summary]) => ({ code: body(test), errors: [check(summary)] })),
});
