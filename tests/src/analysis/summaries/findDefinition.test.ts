import path from 'node:path';

import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { functionName, isFunction } from '../../../../src/analysis/ast/functions.js';
import { findDefinition, type Definition } from '../../../../src/analysis/summaries/findDefinition.js';
import { fixture } from './fixtureModule.js';

const root = fixture('imports.ts');
const lookups = new Map<string, Definition | undefined>();
for (const statement of root.sourceCode.ast.body) {
  if (statement.type === AST_NODE_TYPES.ExpressionStatement) lookups.set(root.sourceCode.getText(statement.expression), findDefinition(statement.expression, root));
}

/** What a definition is, readably: `function sendCycle in cycle-a.ts`, `class ApiError in errors.ts`, `library @nestjs/common UnauthorizedException`. */
function describeDefinition(definition: Definition | undefined): string {
  if (!definition) return 'unknown';
  if (definition.kind === 'library') return `library ${definition.source} ${definition.imported}`;
  if (definition.kind === 'namespace') return `namespace ${path.basename(definition.context.filename)}`;
  const node = definition.node as TSESTree.Node;
  const name = isFunction(node) ? functionName(node) : (node as TSESTree.ClassDeclaration).id?.name;
  return `${definition.kind} ${name} in ${path.basename(definition.context.filename)}`;
}

describe('findDefinition', () => {
  it.each([
    // A barrel's `export *`, `.js` written for `.ts`.
    ['sendNon200ResponseWithMessage', 'function sendNon200ResponseWithMessage in http.ts'],
    // `export { ApiError as HttpError } from './errors'`.
    ['HttpError', 'class ApiError in errors.ts'],
    // Through an import cycle: index → cycle-a ⇄ cycle-b.
    ['sendCycleAgain', 'function sendCycle in cycle-a.ts'],
    ['sendCycle', 'function sendCycle in cycle-a.ts'],
    // A namespace import's member.
    ['http.problemResponse', 'function problemResponse in http.ts'],
    // CommonJS: destructured require, a required module's member.
    ['sendJson', 'function sendJson in common.cjs'],
    ['common.throwHttp', 'function throwHttp in common.cjs'],
    // Packages are names, never files.
    ['UnauthorizedException', 'library @nestjs/common UnauthorizedException'],
    ['feathers.NotAuthenticated', 'library @feathersjs/errors NotAuthenticated'],
    ['local', 'function local in imports.ts'],
    // Missing module, a declaration file only, a name the cycle never exports: unknown, and no hang.
    ['sendMissing', 'unknown'],
    ['sendTyped', 'unknown'],
    ['notThere', 'unknown'],
  ])('%s is %s', (name, expected) => {
    expect(lookups.has(name)).toBe(true);
    expect(describeDefinition(lookups.get(name))).toBe(expected);
  });
});
