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

  it('starts every message with a short clause that fits a terminal line', () => {
    // The detail belongs on the rule's page; the first clause (up to `;`) is what a terminal shows first.
    const long = Object.entries(rule().meta.messages).filter(([, message]) => message.split(/; |\. /)[0]!.length > 100);
    expect(long.map(([id]) => id)).toEqual([]);
  });

  it('describes every schema property, and declares defaultOptions when it has options', () => {
    const { schema, defaultOptions } = rule().meta;
    expect(propertiesWithoutDescription(schema)).toEqual([]);
    if (hasProperties(schema)) expect(defaultOptions).toBeInstanceOf(Array);
  });
});

/** Every module under src/ and rules/ with the relative modules it imports (type-only imports too). */
function moduleGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(`${root}${dir}`, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts')) {
        const text = readFileSync(`${root}${path}`, 'utf8');
        const imports = [...text.matchAll(/^(?:import|export)\b[^;]*?from '(\.[^']+)\.js';/gms)].map(([, target]) =>
          new URL(`${target}.ts`, `file:///${path}`).pathname.slice(1),
        );
        graph.set(path, imports);
      }
    }
  };
  visit('src');
  visit('rules');
  return graph;
}

describe('module layout', () => {
  const graph = moduleGraph();

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const walk = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) walk(target, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) walk(file, []);
    expect(cycles).toEqual([]);
  });

  it('points arrows down only: ast knows no domain, the server floor never imports the client floor, the gates sit above both', () => {
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      for (const target of imports) {
        if (file.startsWith('src/analysis/ast/') && !target.startsWith('src/analysis/ast/')) wrong.push(`${file} → ${target}`);
        if (file.startsWith('src/analysis/server/') && target.startsWith('src/analysis/client/')) wrong.push(`${file} → ${target}`);
        if (file.startsWith('src/analysis/client/') && target.startsWith('src/analysis/server/')) wrong.push(`${file} → ${target}`);
        if (file.startsWith('src/analysis/') && target.startsWith('rules/')) wrong.push(`${file} → ${target}`);
        // The per-file gates read what the floors below know; the floors decide nothing per file themselves.
        if (!file.startsWith('src/analysis/gates/') && file.startsWith('src/analysis/') && target.startsWith('src/analysis/gates/')) wrong.push(`${file} → ${target}`);
        if (file.startsWith('src/analysis/gates/') && target.startsWith('src/analysis/client/')) wrong.push(`${file} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives every framework adapter a test file of its own', () => {
    const adapters = readdirSync(`${root}src/analysis/server/adapters`).filter((file) => file.endsWith('.ts') && file !== 'index.ts');
    expect(adapters.length).toBeGreaterThan(0);
    const missing = adapters.filter((file) => !existsSync(`${root}tests/src/analysis/server/adapters/${file.replace(/\.ts$/, '.test.ts')}`));
    expect(missing).toEqual([]);
  });
});
