import { describe, expect, it } from 'vitest';

import { mayOverrideRedirect } from '../../../../src/analysis/gates/mayOverrideRedirect.js';
import { parsedContext } from '../parsedContext.js';

const wakes = (code: string): boolean => mayOverrideRedirect(parsedContext(code));

describe('mayOverrideRedirect', () => {
  it('wakes for a `.status(` call and a `.redirect(` call after it', () => {
    expect(wakes('res.status(301).redirect(url)')).toBe(true);
    expect(wakes('res.status(301);\nres?.redirect(url);')).toBe(true);
  });

  it('stays asleep without both, in that order, as method calls in code', () => {
    expect(wakes('res.redirect(url)')).toBe(false);
    expect(wakes('res.redirect(url); res.status(404).end()')).toBe(false);
    expect(wakes('const status = 301; redirect(url, status)')).toBe(false);
    expect(wakes('res.status(301); // then res.redirect(url)')).toBe(false);
    expect(wakes('res.status(301); log(".redirect(url)")')).toBe(false);
  });
});
