import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../../ast/Context.js';
import { findVariable } from '../../ast/findVariable.js';
import { propertyKeyName } from '../../ast/propertyKeyName.js';
import { unwrap } from '../../ast/unwrap.js';
import { resolveStatus } from '../../status/resolveStatus.js';
import type { Adapter, AdapterApi } from '../AdapterApi.js';
import { quote } from '../edits.js';
import { headerNamed } from '../headerEvidence.js';
import { NO_HEADERS, UNKNOWN_BODY, UNKNOWN_HEADERS, type HeaderEvidence, type ResponseSite } from '../ResponseSite.js';

const { DefinitionType } = TSESLint.Scope;

const BOOM_MODULES = new Set(['@hapi/boom', 'boom']);

/**
 * @hapi/boom errors, which Hapi (and the Boom-aware plugins of other frameworks) send as responses:
 * - `Boom.unauthorized(message?, scheme?, attributes?)`: with a scheme (a string or an array of challenges)
 *   Boom writes `WWW-Authenticate` itself; without one the 401 goes out bare, and the edit adds the
 *   challenge as `['Bearer']`;
 * - `new Boom.Boom(message, { statusCode: 401 })` and `Boom.boomify(err, { statusCode: 401 })`, which
 *   never carry a challenge (boomify resets `output.headers`) and have no simple edit.
 * `Boom` is trusted under that name or when imported from `@hapi/boom`/`boom`; so is a named import
 * (`import { unauthorized } from '@hapi/boom'`). An error whose `output` is changed afterwards is unknown.
 */
export const boomAdapter: Adapter = (api) => ({
  calls: {
    unauthorized(call) {
      if (boomFunction(call.callee, api.context) === 'unauthorized') unauthorized(call, api);
    },
    boomify(call) {
      if (boomFunction(call.callee, api.context) === 'boomify') withStatusCode(call, call.arguments[1], api);
    },
    ...Object.fromEntries(
      Object.entries(HEADERLESS_FACTORIES).map(([name, status]) => [
        name,
        (call: TSESTree.CallExpression) => {
          if (boomFunction(call.callee, api.context) === name) headerless(call, status, api);
        },
      ]),
    ),
  },
  // `new B(…)` with `B` any local name of Boom 5–7's namespace: not keyed by name.
  anyNew(node) {
    // new Boom.Boom(message, { statusCode }) — and `new Boom(…)` of Boom 5–7, where the namespace was the class.
    const callee = unwrap(node.callee);
    const isClass =
      boomFunction(callee, api.context) === 'Boom' || (callee.type === AST_NODE_TYPES.Identifier && boomBinding(callee, api.context) === '*');
    if (isClass) withStatusCode(node, node.arguments[1], api);
  },
});

/** The Boom function a callee names: `unauthorized` for `Boom.unauthorized` or an imported `unauthorized`. */
function boomFunction(callee: TSESTree.Node, context: Context): string | undefined {
  const expr = unwrap(callee);
  if (expr.type === AST_NODE_TYPES.MemberExpression) {
    if (expr.computed || expr.property.type !== AST_NODE_TYPES.Identifier) return undefined;
    const name = expr.property.name;
    // Cheap first: only the names we read.
    if (name !== 'unauthorized' && name !== 'boomify' && name !== 'Boom' && !Object.hasOwn(HEADERLESS_FACTORIES, name)) return undefined;
    const object = unwrap(expr.object);
    return object.type === AST_NODE_TYPES.Identifier && (object.name === 'Boom' || boomBinding(object, context) === '*') ? name : undefined;
  }
  if (
    expr.type !== AST_NODE_TYPES.Identifier ||
    (expr.name !== 'unauthorized' && expr.name !== 'boomify' && expr.name !== 'Boom' && !Object.hasOwn(HEADERLESS_FACTORIES, expr.name))
  ) {
    return undefined;
  }
  const binding = boomBinding(expr, context);
  return binding === '*' ? undefined : binding;
}

/**
 * What an identifier is bound to from a Boom module: `*` for the module itself (`import Boom from
 * '@hapi/boom'`, `import * as B from 'boom'`, `const B = require('@hapi/boom')`), or the imported name
 * (`import { unauthorized as u } from '@hapi/boom'`, `const { unauthorized } = require('boom')`).
 */
function boomBinding(identifier: TSESTree.Identifier, context: Context): string | undefined {
  const def = findVariable(identifier, context)?.defs[0];
  if (!def) return undefined;
  if (def.type === DefinitionType.ImportBinding) {
    if (def.parent.type !== AST_NODE_TYPES.ImportDeclaration || !BOOM_MODULES.has(def.parent.source.value)) return undefined;
    if (def.node.type !== AST_NODE_TYPES.ImportSpecifier) return '*';
    const imported = def.node.imported;
    return imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value;
  }
  if (def.type !== DefinitionType.Variable) return undefined;
  const init = def.node.init && unwrap(def.node.init);
  const isRequire =
    init?.type === AST_NODE_TYPES.CallExpression &&
    init.callee.type === AST_NODE_TYPES.Identifier &&
    init.callee.name === 'require' &&
    init.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    BOOM_MODULES.has(String(init.arguments[0].value));
  if (!isRequire) return undefined;
  if (def.node.id.type === AST_NODE_TYPES.Identifier) return '*';
  // const { unauthorized } = require('@hapi/boom')
  const property = def.node.id.type === AST_NODE_TYPES.ObjectPattern
    ? def.node.id.properties.find((p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && p.value.type === AST_NODE_TYPES.Identifier && p.value.name === identifier.name)
    : undefined;
  return property ? propertyKeyName(property, context) : undefined;
}

function unauthorized(call: TSESTree.CallExpression, api: AdapterApi): void {
  const args = call.arguments;
  if (args.some((arg) => arg.type === AST_NODE_TYPES.SpreadElement) || !api.wants(401)) return;
  const scheme = args[1] && unwrap(args[1]);
  const bare = !scheme || isFalsy(scheme);
  const challenge: HeaderEvidence = bare ? NO_HEADERS : isTruthy(scheme) ? headerNamed('www-authenticate') : UNKNOWN_HEADERS;
  const site: ResponseSite = {
    framework: 'boom',
    status: 401,
    node: call,
    headers: outputChanged(call, api.context) ? UNKNOWN_HEADERS : challenge,
    body: UNKNOWN_BODY,
    addsOnly: 'www-authenticate',
    addHeader: bare
      ? (fixer, _name, value) => {
          // Boom's array form writes the challenge exactly as given. Its string form would also append
          // `error="<message>"` to the challenge and `attributes` to the payload, or, without a message, set
          // `isMissing`, which changes Hapi's auth flow (the next strategy is tried; `optional` lets the
          // request through). Only attributes already written ask for the string form, which reads them.
          const text = args[2] ? quote(value) : `[${quote(value)}]`;
          if (scheme) return fixer.replaceText(scheme, text);
          if (args[0]) return fixer.insertTextAfter(args[0], `, ${text}`);
          const open = api.context.sourceCode.getTokenAfter(call.callee, { filter: (token) => token.value === '(' });
          return open ? fixer.insertTextAfter(open, `null, ${text}`) : [];
        }
      : null,
  };
  api.site(site);
}

/**
 * Boom factories of statuses that need a header Boom does not write, `(message?, data?)`, except
 * `methodNotAllowed(message?, data?, allow?)`, which writes `Allow` from a string or an array of methods.
 */
const HEADERLESS_FACTORIES: Record<string, number> = { methodNotAllowed: 405, proxyAuthRequired: 407, rangeNotSatisfiable: 416 };

function headerless(call: TSESTree.CallExpression, status: number, api: AdapterApi): void {
  const args = call.arguments;
  if (!api.wants(status) || args.some((arg) => arg.type === AST_NODE_TYPES.SpreadElement)) return;
  const allow = status === 405 && args[2] ? unwrap(args[2]) : undefined;
  const bare = !allow || isFalsy(allow);
  const headers: HeaderEvidence = bare ? NO_HEADERS : isTruthy(allow) ? headerNamed('allow') : UNKNOWN_HEADERS;
  api.site({
    framework: 'boom',
    status,
    node: call,
    headers: outputChanged(call, api.context) ? UNKNOWN_HEADERS : headers,
    body: UNKNOWN_BODY,
    ...(status === 405 ? { addsOnly: 'allow' } : {}),
    // `Boom.methodNotAllowed(msg, data, ['GET', 'POST'])`; the others have no argument for headers.
    addHeader:
      status === 405 && bare
        ? (fixer, _name, value) => {
            const text = `[${value.split(/,\s*/).map(quote).join(', ')}]`;
            if (allow) return fixer.replaceText(allow, text);
            if (args[1]) return fixer.insertTextAfter(args[1], `, ${text}`);
            if (args[0]) return fixer.insertTextAfter(args[0], `, undefined, ${text}`);
            const open = api.context.sourceCode.getTokenAfter(call.callee, { filter: (token) => token.value === '(' });
            return open ? fixer.insertTextAfter(open, `undefined, undefined, ${text}`) : [];
          }
        : null,
  });
}

/** `{ statusCode: 401 }` given to `boomify` or the `Boom` constructor. */
function withStatusCode(node: TSESTree.CallExpression | TSESTree.NewExpression, options: TSESTree.Node | undefined, api: AdapterApi): void {
  const object = options && unwrap(options);
  if (object?.type !== AST_NODE_TYPES.ObjectExpression || object.properties.some((p) => p.type !== AST_NODE_TYPES.Property)) return;
  const property = object.properties.find(
    (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyKeyName(p, api.context) === 'statusCode',
  );
  const status = property && resolveStatus(property.value, api.context);
  if (!api.wants(status)) return;
  const error = node.arguments[0] && unwrap(node.arguments[0]);
  const changed = outputChanged(node, api.context) || (error?.type === AST_NODE_TYPES.Identifier && referencesOutput(error, api.context));
  api.site({
    framework: 'boom',
    status,
    node,
    headers: changed ? UNKNOWN_HEADERS : NO_HEADERS,
    body: UNKNOWN_BODY,
    addHeader: null,
  });
}

const isFalsy = (node: TSESTree.Node): boolean =>
  (node.type === AST_NODE_TYPES.Literal && !node.value) || (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined');

const isTruthy = (node: TSESTree.Node): boolean =>
  (node.type === AST_NODE_TYPES.Literal && !!node.value) ||
  node.type === AST_NODE_TYPES.ArrayExpression ||
  (node.type === AST_NODE_TYPES.TemplateLiteral && node.quasis.some((quasi) => quasi.value.cooked !== ''));

/**
 * Whether the error's `output` may be changed after it is made: `Boom.unauthorized().output.headers[…] = …`,
 * or `const err = Boom.unauthorized(); err.output.headers[…] = …`.
 */
function outputChanged(node: TSESTree.Node, context: Context): boolean {
  let value = node;
  while (value.parent && (value.parent.type === AST_NODE_TYPES.AwaitExpression || unwrap(value.parent) !== value.parent)) value = value.parent;
  const parent = value.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === value) return true;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === value && parent.id.type === AST_NODE_TYPES.Identifier) {
    return referencesOutput(parent.id, context);
  }
  return false;
}

/** Any member access on the variable other than reading its message or status. */
function referencesOutput(identifier: TSESTree.Identifier, context: Context): boolean {
  const variable = findVariable(identifier, context);
  return (
    variable?.references.some((reference) => {
      const parent = reference.identifier.parent;
      return parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === reference.identifier && !/^(message|isBoom|stack)$/.test(propertyName(parent));
    }) ?? false
  );
}

const propertyName = (member: TSESTree.MemberExpression): string =>
  !member.computed && member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : '';
