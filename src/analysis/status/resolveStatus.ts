import { AST_NODE_TYPES, type ParserServicesWithTypeInformation, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { statusCodeForName } from '../../http/statusRegistry.js';
import { constantInitializer } from '../ast/constantInitializer.js';
import { constantNames } from '../ast/constantNames.js';
import type { Context } from '../ast/Context.js';
import { findVariable } from '../ast/findVariable.js';
import { memberName } from '../ast/memberName.js';
import { importedBinding, type ModuleBinding } from '../ast/moduleImports.js';
import { findProperty } from '../ast/propertyKeyName.js';
import { unwrap } from '../ast/unwrap.js';

const { DefinitionType } = TSESLint.Scope;

/**
 * Object names under which constant families keep status codes by name:
 * `StatusCodes.ACCEPTED` (http-status-codes), `HttpStatus.ACCEPTED` (NestJS), `HttpStatusCode.Accepted`
 * (axios), `constants.HTTP_STATUS_ACCEPTED` (node:http2), `httpStatus.ACCEPTED` / `status.ACCEPTED`
 * (http-status), `Status.Accepted` (Deno std). A member of an object we cannot see is only trusted under
 * such a name: `errors.UNAUTHORIZED` may well be a string.
 */
const FAMILY_OBJECT = /status|^(?:constants|codes?|http|http2|httpcodes?)$/i;

const MAX_DEPTH = 5;

/** Packages whose exports are status constants, under any local name, imported or required. */
const STATUS_PACKAGES = new Set(['http-status-codes', 'http-status', '@nestjs/common', 'axios', 'http2', 'node:http2']);

/** The legacy named constants' spelling: `ACCEPTED`, `HTTP_STATUS_ACCEPTED`. */
const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/;

/**
 * Resolves an expression to an HTTP status code, cheaply and conservatively: number literals, `const`
 * (and never-reassigned `let`) bindings, enum members and `const` object properties declared in the file,
 * named constants of the well-known families, and — only when the cheap checks fail and the file is
 * linted with type information — a number-literal TypeScript type. Anything else is `undefined`.
 */
export function resolveStatus(node: TSESTree.Node | null | undefined, context: Context): number | undefined {
  if (!node) return undefined;
  return resolveSyntactically(node, context, 0) ?? resolveFromType(node, context);
}

/** The syntactic part of {@link resolveStatus}: no type checker. */
export function resolveStatusSyntactically(node: TSESTree.Node, context: Context): number | undefined {
  return resolveSyntactically(node, context, 0);
}

function resolveSyntactically(node: TSESTree.Node, context: Context, depth: number): number | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const expr = unwrap(node);
  switch (expr.type) {
    case AST_NODE_TYPES.Literal:
      return typeof expr.value === 'number' && Number.isInteger(expr.value) ? expr.value : undefined;
    case AST_NODE_TYPES.Identifier:
      return resolveIdentifier(expr, context, depth);
    case AST_NODE_TYPES.MemberExpression:
      return resolveMember(expr, context, depth);
    default:
      return undefined;
  }
}

function resolveIdentifier(identifier: TSESTree.Identifier, context: Context, depth: number): number | undefined {
  // A parameter or a call's result holds no constant: skip the scope lookup for names no constant has.
  if (!constantNames(context.sourceCode).has(identifier.name)) return undefined;
  const variable = findVariable(identifier, context);
  if (!variable) return undefined;
  const def = variable.defs[0];
  if (!def) return undefined;
  // `import { ACCEPTED } from 'http-status-codes'` — the legacy named constants.
  if (def.type === DefinitionType.ImportBinding && def.node.type === AST_NODE_TYPES.ImportSpecifier) {
    const imported = def.node.imported;
    const name = imported.type === AST_NODE_TYPES.Identifier ? imported.name : String(imported.value);
    return CONSTANT_NAME.test(name) ? statusCodeForName(name) : undefined;
  }
  // `const { ACCEPTED } = require('http-status-codes')`, `const ACCEPTED = require('http-status-codes').ACCEPTED`.
  const required = def.type === DefinitionType.Variable ? statusPackageBinding(identifier, context) : undefined;
  if (required) return CONSTANT_NAME.test(required.imported) ? statusCodeForName(required.imported) : undefined;
  // `const { HTTP_STATUS_ACCEPTED } = http2.constants`, `const { ACCEPTED } = STATUS`: a member of the object.
  const destructured = destructuredMember(variable);
  if (destructured) return resolveMemberOf(destructured.object, destructured.name, context, depth + 1);
  const init = constantInitializer(variable);
  return init ? resolveSyntactically(init, context, depth + 1) : undefined;
}

/** The top-level import or require of a status-constant package that `identifier` names, if it is one. */
function statusPackageBinding(identifier: TSESTree.Identifier, context: Context): ModuleBinding | undefined {
  const binding = importedBinding(identifier, context);
  return binding && STATUS_PACKAGES.has(binding.source) ? binding : undefined;
}

/**
 * For a binding destructured once and for all from an object (`const { A: b } = object`, a `let` never
 * reassigned), the object and the member's name; undefined for defaults, nested or computed patterns.
 */
function destructuredMember(variable: TSESLint.Scope.Variable): { object: TSESTree.Node; name: string } | undefined {
  if (variable.defs.length !== 1) return undefined;
  const def = variable.defs[0]!;
  if (def.type !== DefinitionType.Variable || def.node.id.type !== AST_NODE_TYPES.ObjectPattern || !def.node.init) return undefined;
  if (def.parent.kind !== 'const' && variable.references.filter((reference) => reference.isWrite()).length !== 1) return undefined;
  for (const property of def.node.id.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.value !== def.name) continue;
    if (property.computed) return undefined;
    const key = property.key;
    const name = key.type === AST_NODE_TYPES.Identifier ? key.name : key.type === AST_NODE_TYPES.Literal ? String(key.value) : undefined;
    return name === undefined ? undefined : { object: def.node.init, name };
  }
  return undefined;
}

function resolveMember(member: TSESTree.MemberExpression, context: Context, depth: number): number | undefined {
  const name = memberName(member);
  return name === undefined ? undefined : resolveMemberOf(member.object, name, context, depth);
}

/** The status held by member `name` of `objectNode` (`StatusCodes` and `ACCEPTED` for `StatusCodes.ACCEPTED`). */
function resolveMemberOf(objectNode: TSESTree.Node, name: string, context: Context, depth: number): number | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const object = unwrap(objectNode);

  if (object.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(object, context);
    const def = variable?.defs[0];
    // enum Codes { Accepted = 202 }
    if (def?.node.type === AST_NODE_TYPES.TSEnumDeclaration) {
      const enumMember = (def.node.body?.members ?? (def.node as unknown as { members: TSESTree.TSEnumMember[] }).members).find(
        (m) => (m.id.type === AST_NODE_TYPES.Identifier ? m.id.name : String(m.id.value)) === name,
      );
      return enumMember?.initializer ? resolveSyntactically(enumMember.initializer, context, depth + 1) : undefined;
    }
    // `const { StatusCodes } = require('http-status-codes')`, `const httpStatus = require('http-status')`, or
    // any local name of an import from these packages.
    const binding = variable ? statusPackageBinding(object, context) : undefined;
    if (binding) {
      const family = binding.imported === 'default' || binding.imported === '*' || FAMILY_OBJECT.test(binding.imported);
      return family || name.startsWith('HTTP_STATUS_') ? statusCodeForName(name) : undefined;
    }
    // const STATUS = { ACCEPTED: 202 } as const
    const init = variable ? constantInitializer(variable) : undefined;
    if (init) {
      const objectLiteral = unwrap(init);
      if (objectLiteral.type === AST_NODE_TYPES.ObjectExpression) {
        const property = findProperty(objectLiteral, name);
        return property ? resolveSyntactically(property, context, depth + 1) : undefined;
      }
      return undefined;
    }
    // A local binding we could not read (a parameter, a `let`, a destructured value): not a family.
    if (variable && def && def.type !== DefinitionType.ImportBinding) return undefined;
    return FAMILY_OBJECT.test(object.name) || name.startsWith('HTTP_STATUS_') ? statusCodeForName(name) : undefined;
  }

  // http2.constants.HTTP_STATUS_ACCEPTED, require('http-status-codes').StatusCodes.ACCEPTED
  if (name.startsWith('HTTP_STATUS_')) return statusCodeForName(name);
  if (object.type === AST_NODE_TYPES.MemberExpression) {
    const objectName = memberName(object);
    return objectName !== undefined && FAMILY_OBJECT.test(objectName) ? statusCodeForName(name) : undefined;
  }
  return undefined;
}

/** The last resort: a number-literal type (`const s: 202 = …`, a `202` returned by a typed helper). */
function resolveFromType(node: TSESTree.Node, context: Context): number | undefined {
  // Read the services directly: getParserServices throws under espree, and a JS file must lint too.
  const services = context.sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) return undefined;
  const tsNode = services.esTreeNodeToTSNodeMap.get(node);
  if (!tsNode) return undefined;
  const type = services.program.getTypeChecker().getTypeAtLocation(tsNode);
  return type.isNumberLiteral() && Number.isInteger(type.value) ? type.value : undefined;
}
