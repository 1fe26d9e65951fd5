import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from './Context.js';
import { findVariable } from './findVariable.js';

/**
 * A binding a file takes from a module: `import { json as j } from 'm'` is `{ source: 'm', imported: 'json' }`.
 * `imported` is `default` for a default import and for a whole-module `require` or `import x = require(…)`
 * (CommonJS' `module.exports`, callable when the module exports a function), `*` for a namespace import.
 */
export interface ModuleBinding {
  readonly source: string;
  readonly imported: string;
  /** The identifier that declares the local name, to tell it from a shadowing binding of the same name. */
  readonly local: TSESTree.Identifier;
}

/** What a file imports: its top-level bindings by local name, and every module it names. */
export interface ModuleImports {
  readonly bindings: ReadonlyMap<string, ModuleBinding>;
  readonly sources: ReadonlySet<string>;
}

const cache = new WeakMap<TSESTree.Program, ModuleImports>();

/**
 * The file's top-level imports and requires, read once per file (adapters share the result):
 * `import x, { a as b } from 'm'`, `import * as x from 'm'`, `import x = require('m')`,
 * `const x = require('m')`, `const { a: b } = require('m')`, `const a = require('m').a`.
 * A `require` inside a function is not read.
 */
export function moduleImports(sourceCode: Readonly<TSESLint.SourceCode>): ModuleImports {
  const program = sourceCode.ast;
  const cached = cache.get(program);
  if (cached) return cached;
  const bindings = new Map<string, ModuleBinding>();
  const sources = new Set<string>();
  const add = (local: TSESTree.Identifier, source: string, imported: string) => {
    bindings.set(local.name, { source, imported, local });
  };
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      const source = statement.source.value;
      sources.add(source);
      for (const specifier of statement.specifiers) {
        if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) add(specifier.local, source, 'default');
        else if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) add(specifier.local, source, '*');
        else {
          const imported = specifier.imported;
          add(specifier.local, source, imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value);
        }
      }
    } else if (
      statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
      statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference &&
      statement.moduleReference.expression.type === AST_NODE_TYPES.Literal
    ) {
      const source = String(statement.moduleReference.expression.value);
      sources.add(source);
      add(statement.id, source, 'default');
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) readRequire(declarator, sources, add);
    }
  }
  const result = { bindings, sources };
  cache.set(program, result);
  return result;
}

function readRequire(
  declarator: TSESTree.VariableDeclarator,
  sources: Set<string>,
  add: (local: TSESTree.Identifier, source: string, imported: string) => void,
): void {
  let init = declarator.init;
  let member: string | undefined;
  // const Unauthorized = require('http-errors').Unauthorized
  if (init?.type === AST_NODE_TYPES.MemberExpression && !init.computed && init.property.type === AST_NODE_TYPES.Identifier) {
    member = init.property.name;
    init = init.object;
  }
  const source = requiredModule(init);
  if (source === undefined) return;
  sources.add(source);
  if (declarator.id.type === AST_NODE_TYPES.Identifier) {
    add(declarator.id, source, member ?? 'default');
  } else if (declarator.id.type === AST_NODE_TYPES.ObjectPattern && member === undefined) {
    for (const property of declarator.id.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier) continue;
      if (property.value.type === AST_NODE_TYPES.Identifier) add(property.value, source, property.key.name);
    }
  }
}

/** `'m'` for `require('m')`. */
function requiredModule(node: TSESTree.Node | null | undefined): string | undefined {
  if (
    node?.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'require' &&
    node.arguments.length === 1 &&
    node.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    typeof node.arguments[0].value === 'string'
  ) {
    return node.arguments[0].value;
  }
  return undefined;
}

/**
 * The module binding `identifier` refers to, if it is one: the top-level import of that name, not shadowed
 * by a local binding (a parameter `json`, a local `function createError()`).
 */
export function importedBinding(identifier: TSESTree.Identifier, context: Context): ModuleBinding | undefined {
  const binding = moduleImports(context.sourceCode).bindings.get(identifier.name);
  if (!binding) return undefined;
  return findVariable(identifier, context)?.identifiers[0] === binding.local ? binding : undefined;
}
