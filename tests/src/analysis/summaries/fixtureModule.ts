import path from 'node:path';

import * as tsParser from '@typescript-eslint/parser';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../../../../src/analysis/ast/Context.js';
import { loadModule } from '../../../../src/analysis/summaries/loadModule.js';

export const FIXTURES = path.join(import.meta.dirname, '../../../fixtures/summaries');

/** The language options a linted TypeScript file has: the context modules are parsed with. */
export const TS_CONTEXT = { languageOptions: { parser: tsParser, sourceType: 'module', parserOptions: {} }, filename: path.join(FIXTURES, 'routes.ts') } as unknown as Context;

/** A fixture module, parsed as the summaries parse the project's modules. */
export function fixture(relative: string): Context {
  const module = loadModule(path.join(FIXTURES, relative), TS_CONTEXT);
  if (!module) throw new Error(`fixture ${relative} does not parse`);
  return module;
}

/** The top-level function, arrow or class declared as `name` in a module. */
export function declared(module: Context, name: string): TSESTree.FunctionDeclaration | TSESTree.ArrowFunctionExpression | TSESTree.ClassDeclaration {
  for (const statement of module.sourceCode.ast.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if ((declaration?.type === AST_NODE_TYPES.FunctionDeclaration || declaration?.type === AST_NODE_TYPES.ClassDeclaration) && declaration.id?.name === name) return declaration;
    if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === name && declarator.init?.type === AST_NODE_TYPES.ArrowFunctionExpression) return declarator.init;
      }
    }
  }
  throw new Error(`${name} is not declared in ${module.filename}`);
}
