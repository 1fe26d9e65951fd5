import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { caughtNearby } from '../caughtNearby.js';
import { isMessage } from '../isMessage.js';
import { memberName } from '../../ast/memberName.js';
import type { Context } from '../../ast/Context.js';
import { constantInitializer } from '../../ast/constantInitializer.js';
import { findVariable } from '../../ast/findVariable.js';
import { importedBinding, type ModuleBinding } from '../../ast/moduleImports.js';
import { propertyKeyName } from '../../ast/propertyKeyName.js';
import { unwrap } from '../../ast/unwrap.js';
import { resolveStatus } from '../../status/resolveStatus.js';
import { statusCodeForName } from '../../../http/statusRegistry.js';
import type { Adapter, AdapterApi } from '../AdapterApi.js';
import { addProperty } from '../edits.js';
import { readHeaders } from '../headerEvidence.js';
import { headersObject, headerValueEdit } from '../headerValueEdit.js';
import { NO_HEADERS, UNKNOWN_BODY, UNKNOWN_HEADERS, type AddHeaderFix, type HeaderEvidence } from '../ResponseSite.js';

const MODULE = 'http-errors';

/**
 * http-errors, thrown (`throw …`), forwarded (`next(…)`) or rejected (`reject(…)`, `Promise.reject(…)`):
 * Express' final handler and Koa's `ctx.onerror` copy `err.headers` onto the response, so headers come
 * from the `headers` of a properties object.
 * - the factory `createError(n, message?, props?)` under any local name of the module's default export
 *   (`createHttpError`, `httpErrors`); http-errors takes a props object in any position after the status,
 *   so the edit appends `{ headers: { … } }` when there is none. An argument that is neither a string nor
 *   an object literal (`createError(401, err)`) may be an `Error` whose status and headers win: silence.
 * - the constructors `new createError.Unauthorized(msg?)`, `createError.Unauthorized(msg?)`,
 *   `createError[401]`, `import { Unauthorized } from 'http-errors'`: they take a message only, so the edit
 *   rewrites them to the equivalent `createError(401, msg, { headers: { … } })` when the factory is in scope.
 * An error kept in a variable or returned by a helper is not followed.
 */
export const httpErrorsAdapter: Adapter = (api) => {
  const visit = (node: TSESTree.CallExpression | TSESTree.NewExpression) => {
    const callee = node.callee;
    if (callee.type !== AST_NODE_TYPES.Identifier && callee.type !== AST_NODE_TYPES.MemberExpression) return;
    if (!isRaised(node) || (node.parent.type === AST_NODE_TYPES.ThrowStatement && caughtNearby(node))) return;
    if (callee.type === AST_NODE_TYPES.Identifier) {
      const binding = importedBinding(callee, api.context);
      if (binding?.source !== MODULE) return;
      if (binding.imported === 'default' || binding.imported === '*') factory(node, api);
      else namedError(node, statusOfName(binding.imported), callee, undefined, api);
      return;
    }
    const object = unwrap(callee.object);
    if (object.type !== AST_NODE_TYPES.Identifier) return;
    const name = memberName(callee);
    if (name === undefined) return;
    const status = statusOfName(name);
    if (status === undefined) return;
    const binding = importedBinding(object, api.context);
    if (binding?.source !== MODULE || (binding.imported !== 'default' && binding.imported !== '*')) return;
    namedError(node, status, callee.property, { object, binding }, api);
  };
  return { anyCall: visit, anyNew: visit };
};

/** `throw x`, `next(x)`, `reject(x)`, `Promise.reject(x)`: the error becomes the response. */
export function isRaised(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.ThrowStatement) return true;
  if (parent?.type !== AST_NODE_TYPES.CallExpression || parent.arguments[0] !== node) return false;
  const callee = parent.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name === 'next' || callee.name === 'reject';
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Promise' &&
    memberName(callee) === 'reject'
  );
}

/** `Unauthorized` → 401, `401` → 401; only error statuses have constructors. */
function statusOfName(name: string): number | undefined {
  const status = /^\d{3}$/.test(name) ? Number(name) : statusCodeForName(name);
  return status !== undefined && status >= 400 && status < 600 ? status : undefined;
}

/** `createError(401, 'Login first', { headers })`. */
function factory(node: TSESTree.CallExpression | TSESTree.NewExpression, api: AdapterApi): void {
  const [statusNode, ...rest] = node.arguments;
  const status = resolveStatus(statusNode, api.context);
  if (!api.wants(status) || !statusNode) return;
  let props: TSESTree.Node | undefined;
  for (const argument of rest) {
    if (argument.type === AST_NODE_TYPES.SpreadElement) return;
    if (isMessage(argument, api.context)) continue;
    if (!isObject(argument, api.context)) return;
    props = argument;
  }
  const { headers, addHeader } = props
    ? readProps(props, api.context)
    : {
        headers: NO_HEADERS,
        addHeader: ((fixer, name, value) =>
          fixer.insertTextAfter(node.arguments.at(-1)!, `, { headers: ${headersObject(name, value)} }`)) satisfies AddHeaderFix,
      };
  api.site({ framework: 'http-errors', status, node: statusNode, headers, body: UNKNOWN_BODY, addHeader });
}

/** `new createError.Unauthorized(msg)`: a message only, never headers. */
function namedError(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  status: number | undefined,
  reportNode: TSESTree.Node,
  factoryRef: { object: TSESTree.Identifier; binding: ModuleBinding } | undefined,
  api: AdapterApi,
): void {
  if (!api.wants(status)) return;
  const message = node.arguments[0];
  const { sourceCode } = api.context;
  // createError(401, msg, { headers }) does what the constructor does, plus the headers; `import * as` is not callable.
  const canRewrite =
    factoryRef !== undefined &&
    factoryRef.binding.imported !== '*' &&
    node.arguments.length <= 1 &&
    (message === undefined || (message.type !== AST_NODE_TYPES.SpreadElement && isMessage(message, api.context)));
  api.site({
    framework: 'http-errors',
    status,
    node: reportNode,
    headers: NO_HEADERS,
    body: UNKNOWN_BODY,
    addHeader: canRewrite
      ? (fixer, name, value) =>
          fixer.replaceText(
            node,
            `${factoryRef.object.name}(${status}, ${message ? `${sourceCode.getText(message)}, ` : ''}{ headers: ${headersObject(name, value)} })`,
          )
      : null,
  });
}

/** An object literal, or a `const` bound to one. */
function isObject(node: TSESTree.Node, context: Context): boolean {
  return literalObject(node, context) !== undefined;
}

function literalObject(node: TSESTree.Node, context: Context): TSESTree.ObjectExpression | undefined {
  const expr = unwrap(node);
  if (expr.type === AST_NODE_TYPES.ObjectExpression) return expr;
  if (expr.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = findVariable(expr, context);
  const init = variable ? constantInitializer(variable) : undefined;
  const value = init ? unwrap(init) : undefined;
  return value?.type === AST_NODE_TYPES.ObjectExpression ? value : undefined;
}

/** The headers of a props object; the edit only when the object is written in place. */
function readProps(props: TSESTree.Node, context: Context): { headers: HeaderEvidence; addHeader: AddHeaderFix | null } {
  const object = literalObject(props, context)!;
  const editable = unwrap(props) === object;
  let lastSpread = -1;
  let headers: { value: TSESTree.Node; index: number; shorthand: boolean } | undefined;
  for (const [index, property] of object.properties.entries()) {
    if (property.type !== AST_NODE_TYPES.Property) {
      lastSpread = index;
      continue;
    }
    const key = propertyKeyName(property, context);
    if (key === 'headers') headers = { value: property.value, index, shorthand: property.shorthand };
    else if (key === undefined) lastSpread = index;
  }
  if (headers && headers.index > lastSpread) {
    return {
      headers: readHeaders(headers.value, context),
      addHeader: editable && !headers.shorthand ? headerValueEdit(headers.value, context.sourceCode) : null,
    };
  }
  if (lastSpread >= 0) return { headers: UNKNOWN_HEADERS, addHeader: null };
  return {
    headers: NO_HEADERS,
    addHeader: editable ? (fixer, name, value) => addProperty(fixer, object, `headers: ${headersObject(name, value)}`, context.sourceCode) : null,
  };
}
