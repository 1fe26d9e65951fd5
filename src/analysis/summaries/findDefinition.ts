import { AST_NODE_TYPES, TSESLint, type ParserServicesWithTypeInformation, type TSESTree } from '@typescript-eslint/utils';

import { constantInitializer } from '../ast/constantInitializer.js';
import type { Context } from '../ast/Context.js';
import { findVariable } from '../ast/findVariable.js';
import { isFunction, type FunctionNode } from '../ast/functions.js';
import { memberName } from '../ast/memberName.js';
import { moduleImports, type ModuleBinding } from '../ast/moduleImports.js';
import { propertyKeyName } from '../ast/propertyKeyName.js';
import { unwrap } from '../ast/unwrap.js';
import { loadModule } from './loadModule.js';
import { isSourceFile, resolveModulePath } from './resolveModulePath.js';

export type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/**
 * What a name stands for: a function or class of the project (in this file or another module, with the
 * context to read it in), another module's namespace, or an export of a package, which is modelled by
 * its name (`@nestjs/common`'s `UnauthorizedException`) and never read from `node_modules`.
 */
export type Definition =
  | { readonly kind: 'function'; readonly node: FunctionNode; readonly context: Context }
  | { readonly kind: 'class'; readonly node: ClassNode; readonly context: Context }
  | { readonly kind: 'namespace'; readonly context: Context }
  | { readonly kind: 'library'; readonly source: string; readonly imported: string };

/** Modules followed for one name: `export { x } from './a'` → `export * from './b'` → … Real barrels are two or three deep. */
const MAX_HOPS = 6;

/**
 * The definition a callee or a class reference names: `f`, `ns.f` (a namespace import or a required
 * module), `Errors.Unauthorized` of a package. Follows `const f = () => …`, imports from relative paths
 * (and, with type information, any path TypeScript resolves outside `node_modules`), re-exports,
 * `export *`, `export default`, and CommonJS' `module.exports`/`exports.x`. Undefined when unknown.
 */
export function findDefinition(node: TSESTree.Node, context: Context): Definition | undefined {
  const expr = unwrap(node);
  if (expr.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(expr, context);
    return variable ? definitionOfVariable(variable, context, 0, new Set()) : undefined;
  }
  if (expr.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(expr);
    const object = unwrap(expr.object);
    if (name === undefined || object.type !== AST_NODE_TYPES.Identifier) return undefined;
    const owner = findDefinition(object, context);
    if (owner?.kind === 'namespace') return findExport(owner.context, name, 1, new Set());
    if (owner?.kind === 'library' && (owner.imported === '*' || owner.imported === 'default')) return { kind: 'library', source: owner.source, imported: name };
  }
  return undefined;
}

function definitionOfVariable(variable: TSESLint.Scope.Variable, context: Context, hops: number, seen: Set<string>): Definition | undefined {
  const binding = moduleImports(context.sourceCode).bindings.get(variable.name);
  if (binding && variable.identifiers[0] === binding.local) return followImport(binding, context, hops, seen);
  // `function f(a): X; function f(a) { … }`: the overloads are declarations, the last one has the body.
  const defs = variable.defs.filter((def) => !(def.node.type === AST_NODE_TYPES.TSDeclareFunction));
  if (defs.length !== 1) return undefined;
  const def = defs[0]!;
  if (def.type === TSESLint.Scope.DefinitionType.FunctionName && isFunction(def.node)) return { kind: 'function', node: def.node, context };
  if (def.type === TSESLint.Scope.DefinitionType.ClassName) return { kind: 'class', node: def.node, context };
  const init = constantInitializer(variable);
  return init ? definitionOfExpression(init, context, hops, seen) : undefined;
}

function definitionOfExpression(node: TSESTree.Node, context: Context, hops: number, seen: Set<string>): Definition | undefined {
  const expr = unwrap(node);
  if (isFunction(expr)) return { kind: 'function', node: expr, context };
  if (expr.type === AST_NODE_TYPES.ClassExpression || expr.type === AST_NODE_TYPES.ClassDeclaration) return { kind: 'class', node: expr, context };
  if (expr.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(expr, context);
    return variable ? definitionOfVariable(variable, context, hops, seen) : undefined;
  }
  return undefined;
}

function followImport(binding: ModuleBinding, context: Context, hops: number, seen: Set<string>): Definition | undefined {
  const file = resolveModulePath(binding.source, context.filename) ?? typeResolvedPath(binding, context);
  if (!file) {
    // A relative path that names no source file (missing, or only a `.d.ts`): unknown, never a package.
    return /^\.\.?(?:\/|$)/.test(binding.source) ? undefined : { kind: 'library', source: binding.source, imported: binding.imported };
  }
  const module = file === context.filename ? context : loadModule(file, context);
  if (!module) return undefined;
  if (binding.imported === '*') return { kind: 'namespace', context: module };
  const found = findExport(module, binding.imported, hops + 1, seen);
  // `const utils = require('./utils'); utils.send(…)`: a CommonJS module's exports object.
  return found ?? (binding.imported === 'default' ? { kind: 'namespace', context: module } : undefined);
}

/**
 * With type information, the file TypeScript resolves an import to (a `paths` alias such as `@/lib/http`):
 * read from the checker's symbol of the module specifier, so no resolution rules are copied here.
 */
function typeResolvedPath(binding: ModuleBinding, context: Context): string | undefined {
  const services = context.sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) return undefined;
  const declaration = binding.local.parent?.parent;
  if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
  const tsNode = services.esTreeNodeToTSNodeMap.get(declaration.source);
  const symbol = tsNode ? services.program.getTypeChecker().getSymbolAtLocation(tsNode) : undefined;
  const file = symbol?.valueDeclaration?.getSourceFile().fileName ?? symbol?.declarations?.[0]?.getSourceFile().fileName;
  return file && isSourceFile(file) ? file : undefined;
}

/** The module's export `name` (`default` for the default export). */
function findExport(module: Context, name: string, hops: number, seen: Set<string>): Definition | undefined {
  const key = `${module.filename}#${name}`;
  if (hops > MAX_HOPS || seen.has(key)) return undefined;
  seen.add(key);
  const local = (identifier: string) => {
    const variable = moduleVariable(identifier, module);
    return variable ? definitionOfVariable(variable, module, hops, seen) : undefined;
  };
  for (const statement of module.sourceCode.ast.body) {
    switch (statement.type) {
      case AST_NODE_TYPES.ExportNamedDeclaration: {
        const declaration = statement.declaration;
        if (declaration) {
          if ((declaration.type === AST_NODE_TYPES.FunctionDeclaration || declaration.type === AST_NODE_TYPES.ClassDeclaration) && declaration.id?.name === name) {
            return local(name);
          }
          if (declaration.type === AST_NODE_TYPES.VariableDeclaration && declaration.declarations.some((d) => d.id.type === AST_NODE_TYPES.Identifier && d.id.name === name)) {
            return local(name);
          }
          continue;
        }
        for (const specifier of statement.specifiers) {
          if (specifier.type !== AST_NODE_TYPES.ExportSpecifier || exportName(specifier.exported) !== name) continue;
          const localName = exportName(specifier.local);
          if (!statement.source) return local(localName);
          return followImport({ source: statement.source.value, imported: localName, local: specifier.local as TSESTree.Identifier }, module, hops, seen);
        }
        continue;
      }
      case AST_NODE_TYPES.ExportAllDeclaration: {
        const source = statement.source.value;
        if (statement.exported) {
          if (exportName(statement.exported) === name) return followImport({ source, imported: '*', local: statement.exported }, module, hops, seen);
        } else if (name !== 'default') {
          const found = followImport({ source, imported: name, local: statement.source as unknown as TSESTree.Identifier }, module, hops, seen);
          if (found && found.kind !== 'library') return found;
        }
        continue;
      }
      case AST_NODE_TYPES.ExportDefaultDeclaration:
        if (name === 'default') return definitionOfExpression(statement.declaration, module, hops, seen);
        continue;
      case AST_NODE_TYPES.TSExportAssignment:
        if (name === 'default') return definitionOfExpression(statement.expression, module, hops, seen);
        continue;
      case AST_NODE_TYPES.ExpressionStatement: {
        const found = commonJsExport(statement.expression, name, module, hops, seen);
        if (found) return found;
        continue;
      }
      default:
        continue;
    }
  }
  return undefined;
}

/** `module.exports = f`, `module.exports = { f, g: h }`, `exports.f = …`, `module.exports.f = …`. */
function commonJsExport(expression: TSESTree.Expression, name: string, module: Context, hops: number, seen: Set<string>): Definition | undefined {
  if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== '=' || expression.left.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const left = expression.left;
  if (isModuleExports(left)) {
    if (name === 'default') return definitionOfExpression(expression.right, module, hops, seen);
    const object = unwrap(expression.right);
    if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
    for (const property of object.properties) {
      if (property.type === AST_NODE_TYPES.Property && propertyKeyName(property, module) === name) return definitionOfExpression(property.value, module, hops, seen);
    }
    return undefined;
  }
  const owner = unwrap(left.object);
  const isExports = (owner.type === AST_NODE_TYPES.Identifier && owner.name === 'exports') || (owner.type === AST_NODE_TYPES.MemberExpression && isModuleExports(owner));
  return isExports && memberName(left) === name ? definitionOfExpression(expression.right, module, hops, seen) : undefined;
}

const isModuleExports = (member: TSESTree.MemberExpression): boolean =>
  member.object.type === AST_NODE_TYPES.Identifier && member.object.name === 'module' && memberName(member) === 'exports';

const exportName = (node: TSESTree.Identifier | TSESTree.StringLiteral): string => (node.type === AST_NODE_TYPES.Identifier ? node.name : node.value);

/** A top-level binding of the module by name: in its module scope (ESM), or the global/function scope of a script. */
function moduleVariable(name: string, module: Context): TSESLint.Scope.Variable | undefined {
  const globalScope = module.sourceCode.scopeManager?.globalScope;
  if (!globalScope) return undefined;
  for (const scope of [globalScope, ...globalScope.childScopes]) {
    if (scope !== globalScope && scope.block.type !== AST_NODE_TYPES.Program) continue;
    const variable = scope.set.get(name);
    if (variable && variable.defs.length > 0) return variable;
  }
  return undefined;
}
