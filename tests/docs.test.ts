import fs from 'node:fs';
import path from 'node:path';

import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../src/index.js';

/**
 * The code in each rule's doc page is checked against the rule itself: in a block under "### Incorrect", every
 * paragraph (lines separated by a blank line) is reported at least once; a block under "### Correct" not at
 * all. Blocks are parsed as scripts with a global `return`, so snippets taken from handler bodies read
 * naturally.
 */
const docsDir = path.join(import.meta.dirname, '../docs/rules');

function codeBlocks(markdown: string): { kind: 'incorrect' | 'correct'; code: string; line: number }[] {
  const blocks: { kind: 'incorrect' | 'correct'; code: string; line: number }[] = [];
  let section: 'incorrect' | 'correct' | undefined;
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (/^#{2,3} /.test(line)) section = /^#{3} Incorrect/.test(line) ? 'incorrect' : /^#{3} Correct/.test(line) ? 'correct' : undefined;
    if (section && /^```(js|ts|javascript|typescript)\s*$/.test(line)) {
      const start = index + 1;
      let end = start;
      while (end < lines.length && lines[end] !== '```') end++;
      blocks.push({ kind: section, code: lines.slice(start, end).join('\n'), line: start + 1 });
      index = end;
    }
  }
  return blocks;
}

/** [first, last] line numbers (1-based) of each run of lines holding code, comment-only lines excluded. */
function paragraphs(code: string): [number, number][] {
  const result: [number, number][] = [];
  let start: number | undefined;
  let last = 0;
  code.split('\n').forEach((text, index) => {
    const isCode = text.trim() !== '' && !text.trim().startsWith('//');
    if (text.trim() === '') {
      if (start !== undefined) result.push([start, last]);
      start = undefined;
    } else if (isCode) {
      start ??= index + 1;
      last = index + 1;
    }
  });
  if (start !== undefined) result.push([start, last]);
  return result;
}

describe.each(Object.keys(plugin.rules))('docs/rules/%s.md', (ruleName) => {
  const file = path.join(docsDir, `${ruleName}.md`);
  const blocks = fs.existsSync(file) ? codeBlocks(fs.readFileSync(file, 'utf8')) : [];

  it('has incorrect and correct examples', () => {
    expect(fs.existsSync(file)).toBe(true);
    expect(blocks.some((block) => block.kind === 'incorrect')).toBe(true);
    expect(blocks.some((block) => block.kind === 'correct')).toBe(true);
  });

  it.each(blocks.map((block) => [`${block.kind} block at line ${block.line}`, block] as const))('%s', (_, block) => {
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify(block.code, [
      {
        plugins: { 'http-status': plugin },
        rules: { [`http-status/${ruleName}`]: 'error' },
        languageOptions: { ecmaVersion: 'latest', sourceType: 'script', parserOptions: { ecmaFeatures: { globalReturn: true, jsx: true } } },
      },
    ]);
    const fatal = messages.filter((message) => message.fatal);
    expect(fatal).toEqual([]);
    const reports = messages.filter((message) => message.ruleId === `http-status/${ruleName}`);
    if (block.kind === 'incorrect') {
      const unreported = paragraphs(block.code).filter(([first, last]) => !reports.some((report) => report.line >= first && report.line <= last));
      expect(unreported.map(([first]) => `paragraph at block line ${first} is not reported`)).toEqual([]);
    } else expect(reports.map((report) => `${report.line}: ${report.message}`)).toEqual([]);
  });
});
