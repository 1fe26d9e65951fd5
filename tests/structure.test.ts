// Adding a rule is one file in rules/, one test file, one doc page: this test says what else is missing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import type { HttpStatusRuleDocs } from '../src/createRule.js';
import plugin from '../src/index.js';

type Rule = TSESLint.RuleModule<string, readonly unknown[], HttpStatusRuleDocs> & { name?: string };
type Schema = Record<string, unknown>;

const root = fileURLToPath(new URL('..', import.meta.url));
const rules = plugin.rules as unknown as Record<string, Rule>;
const ruleFiles = readdirSync(`${root}rules`)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.slice(0, -'.ts'.length))
  .sort();

/** Paths (`headers`, `options.items.name`, …) of every schema property without a `description`, at any depth. */
function propertiesWithoutDescription(schema: unknown, path = ''): string[] {
  if (Array.isArray(schema)) return schema.flatMap((item, index) => propertiesWithoutDescription(item, `${path}[${index}]`));
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Schema;
  const missing: string[] = [];
  for (const [name, property] of Object.entries((node.properties ?? {}) as Record<string, Schema>)) {
    const at = path ? `${path}.${name}` : name;
    if (typeof property.description !== 'string' || property.description.trim() === '') missing.push(at);
    missing.push(...propertiesWithoutDescription(property, at));
  }
  for (const key of ['items', 'additionalProperties', 'anyOf', 'oneOf', 'allOf', 'definitions', '$defs'] as const) {
    if (key in node) missing.push(...propertiesWithoutDescription(node[key], `${path}<${key}>`));
  }
  return missing;
}

/** Whether a rule's schema declares any option at all. */
function hasProperties(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.some(hasProperties);
  if (typeof schema !== 'object' || schema === null) return false;
  const node = schema as Schema;
  return Object.keys(node.properties ?? {}).length > 0 || (Array.isArray(node.items) && node.items.some(hasProperties));
}

describe('rules/', () => {
  it('exports every rule file under its file name, and nothing else', () => {
    expect(Object.keys(rules).sort()).toEqual(ruleFiles);
  });

  it('puts every rule in configs.all', () => {
    expect(Object.keys(plugin.configs.all.rules ?? {}).sort()).toEqual(ruleFiles.map((name) => `http-status/${name}`));
  });
});

describe.each(ruleFiles)('rule %s', (name) => {
  const rule = (): Rule => {
    const found = rules[name];
    if (!found) throw new Error(`rules/index.ts does not export ${name}`);
    return found;
  };

  it('is named after its file', () => {
    expect(rule().name).toBe(name);
  });

  it('has a doc page at its docs URL', () => {
    expect(rule().meta.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
    expect(existsSync(`${root}docs/rules/${name}.md`)).toBe(true);
  });

  it('has a test file that runs the RuleTester on it', () => {
    const testFile = `${root}tests/rules/${name}.test.ts`;
    expect(existsSync(testFile)).toBe(true);
    expect(readFileSync(testFile, 'utf8')).toContain(`ruleTester.run('${name}'`);
  });

  it('names the RFC requirement it enforces', () => {
    const docs = rule().meta.docs;
    expect(['MUST', 'SHOULD']).toContain(docs?.requirement);
    expect(docs?.specification).toMatch(/\S/);
    expect(typeof docs?.recommended).toBe('boolean');
  });

  it('ends every message with a period', () => {
    const messages = Object.entries(rule().meta.messages);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.filter(([, message]) => !message.endsWith('.')).map(([id]) => id)).toEqual([]);
  });

  it('describes every schema property, and declares defaultOptions when it has options', () => {
    const { schema, defaultOptions } = rule().meta;
    expect(propertiesWithoutDescription(schema)).toEqual([]);
    if (hasProperties(schema)) expect(defaultOptions).toBeInstanceOf(Array);
  });
});
