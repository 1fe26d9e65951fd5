import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { constantInitializer } from '../ast/constantInitializer.js';
import { findVariable } from '../ast/findVariable.js';
import { propertyKeyName } from '../ast/propertyKeyName.js';
import { resolveString } from '../ast/resolveString.js';
import { unwrap } from '../ast/unwrap.js';
import { NO_HEADERS, UNKNOWN_HEADERS, type HeaderEvidence } from './ResponseSite.js';

/** Joins evidence from several sources of one response: names add up, one unknown source makes it incomplete. */
export function mergeHeaderEvidence(...parts: HeaderEvidence[]): HeaderEvidence {
  const names = new Set<string>();
  let complete = true;
  for (const part of parts) {
    for (const name of part.names) names.add(name);
    complete &&= part.complete;
  }
  return { names, complete };
}

export const headerNamed = (name: string): HeaderEvidence => ({ names: new Set([name.toLowerCase()]), complete: true });

/**
 * Reads a headers value as written in code:
 * - `{ 'WWW-Authenticate': 'Bearer', Location }` (an unknowable computed key: incomplete; a spread as
 *   `readSpread` reads it: `{ ...corsHeaders, Location }` with `const corsHeaders = {…}` is complete);
 * - `new Headers({…})`, `new Headers([['Location', url]])`, `new Map([...])`;
 * - `[['Location', url], …]` (pairs, as `Response`/Hono accept);
 * - a `const` bound to one of these, with `h.set('X', …)`, `h.append`, `h['X'] = …` on it counted, and any other
 *   use of the binding (passed to a function, reassigned member via a variable key) making it incomplete;
 *   being spread into another object literal is a read.
 * Anything else (a call, a parameter, `req.headers`) is unknown.
 */
export function readHeaders(node: TSESTree.Node | null | undefined, context: Context, depth = 0): HeaderEvidence {
  if (!node) return NO_HEADERS;
  if (depth > 4) return UNKNOWN_HEADERS;
  const expr = unwrap(node);
  switch (expr.type) {
    case AST_NODE_TYPES.ObjectExpression:
      return readObjectHeaders(expr, context, depth);
    case AST_NODE_TYPES.ArrayExpression:
      return readPairHeaders(expr, context);
    case AST_NODE_TYPES.NewExpression:
      if (expr.callee.type === AST_NODE_TYPES.Identifier && (expr.callee.name === 'Headers' || expr.callee.name === 'Map')) {
        if (expr.arguments.length === 0) return NO_HEADERS;
        if (expr.arguments.length === 1) return readHeaders(expr.arguments[0], context, depth + 1);
      }
      return UNKNOWN_HEADERS;
    case AST_NODE_TYPES.Identifier:
      if (expr.name === 'undefined') return NO_HEADERS;
      return readHeadersBinding(expr, context, depth);
    default:
      return UNKNOWN_HEADERS;
  }
}

function readObjectHeaders(object: TSESTree.ObjectExpression, context: Context, depth: number): HeaderEvidence {
  const names = new Set<string>();
  let complete = true;
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      const spread = readSpread(property.argument, context, depth + 1);
      for (const name of spread.names) names.add(name);
      complete &&= spread.complete;
      continue;
    }
    const name = propertyKeyName(property, context);
    if (name === undefined) complete = false;
    else names.add(name.toLowerCase());
  }
  return { names, complete };
}

/**
 * The headers a spread adds to a headers object:
 * - a literal object, or a `const` bound to one (changes to it through `h.X = …` count): its names;
 * - `cond ? a : b`: the names both branches set (`{}`, `undefined` and `null` set none), complete when both are;
 * - `cond && obj`: no name for sure (a false `cond` spreads nothing), complete when `obj` is;
 * - `undefined`, `null`: nothing. Anything else (a call, a parameter, `a || b`) is unknown.
 * A name a conditional spread may add is not set on every path, as a header set under an `if` is not (see
 * docs/architecture.md, "The response's life"): `{ ...(isApi && { 'WWW-Authenticate': 'Bearer' }) }` is a
 * bare 401 when `isApi` is false. `{ ...(cors && corsHeaders) }` without a challenge is a 401 without one on
 * every path.
 */
function readSpread(node: TSESTree.Node, context: Context, depth: number): HeaderEvidence {
  if (depth > 4) return UNKNOWN_HEADERS;
  const expr = unwrap(node);
  switch (expr.type) {
    case AST_NODE_TYPES.ObjectExpression:
      return readObjectHeaders(expr, context, depth);
    case AST_NODE_TYPES.Literal:
      return expr.value === null ? NO_HEADERS : UNKNOWN_HEADERS;
    case AST_NODE_TYPES.Identifier: {
      if (expr.name === 'undefined') return NO_HEADERS;
      // Spreading a `Headers`, a `Map` or an array copies no header names: only a plain object is read.
      const variable = findVariable(expr, context);
      const init = variable ? constantInitializer(variable) : undefined;
      return init && unwrap(init).type === AST_NODE_TYPES.ObjectExpression ? readHeaders(expr, context, depth) : UNKNOWN_HEADERS;
    }
    case AST_NODE_TYPES.ConditionalExpression: {
      const consequent = readSpread(expr.consequent, context, depth + 1);
      const alternate = readSpread(expr.alternate, context, depth + 1);
      return { names: new Set([...consequent.names].filter((name) => alternate.names.has(name))), complete: consequent.complete && alternate.complete };
    }
    case AST_NODE_TYPES.LogicalExpression: {
      if (expr.operator !== '&&') return UNKNOWN_HEADERS;
      return { names: new Set(), complete: readSpread(expr.right, context, depth + 1).complete };
    }
    default:
      return UNKNOWN_HEADERS;
  }
}

function readPairHeaders(array: TSESTree.ArrayExpression, context: Context): HeaderEvidence {
  const names = new Set<string>();
  let complete = true;
  for (const element of array.elements) {
    const name =
      element?.type === AST_NODE_TYPES.ArrayExpression && element.elements[0] ? resolveString(element.elements[0], context) : undefined;
    if (name === undefined) complete = false;
    else names.add(name.toLowerCase());
  }
  return { names, complete };
}

const MUTATORS = new Set(['set', 'append']);

function readHeadersBinding(identifier: TSESTree.Identifier, context: Context, depth: number): HeaderEvidence {
  const variable = findVariable(identifier, context);
  const init = variable ? constantInitializer(variable) : undefined;
  if (!variable || !init) return UNKNOWN_HEADERS;
  const parts = [readHeaders(init, context, depth + 1)];
  for (const reference of variable.references) {
    const use = reference.identifier;
    if (use === identifier || reference.init) continue;
    const parent = use.parent;
    // headers.set('WWW-Authenticate', …) / headers.append(…)
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === use) {
      const call = parent.parent;
      const method = !parent.computed && parent.property.type === AST_NODE_TYPES.Identifier ? parent.property.name : undefined;
      if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === parent && method !== undefined) {
        if (MUTATORS.has(method)) {
          const name = resolveString(call.arguments[0], context);
          parts.push(name === undefined ? UNKNOWN_HEADERS : headerNamed(name));
        }
        continue; // has(), get(), forEach() … read only
      }
      // headers['WWW-Authenticate'] = … / headers.Location = …
      if (call?.type === AST_NODE_TYPES.AssignmentExpression && call.left === parent) {
        const name = parent.computed ? resolveString(parent.property, context) : (parent.property as TSESTree.Identifier).name;
        parts.push(name === undefined ? UNKNOWN_HEADERS : headerNamed(name));
        continue;
      }
      continue; // headers.Location read
    }
    // Used as a headers value elsewhere (`{ headers }`, `new Response(b, { headers })`): still read only.
    if (parent?.type === AST_NODE_TYPES.Property && parent.value === use && !parent.computed) continue;
    // Spread into an object literal (`{ ...cors, Location }`, `{ ...(on && cors) }`): copied, not changed.
    if (isSpreadIntoObject(use)) continue;
    // Anything else — passed to a function, spread into another object — may add headers we cannot see.
    return UNKNOWN_HEADERS;
  }
  return mergeHeaderEvidence(...parts);
}

/** Whether `node` is spread into an object literal, directly or as a branch: `{ ...x }`, `{ ...(c ? x : y) }`, `{ ...(c && x) }`. */
function isSpreadIntoObject(node: TSESTree.Node): boolean {
  let current = node;
  let parent = current.parent;
  while (
    parent &&
    ((parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== current) ||
      parent.type === AST_NODE_TYPES.LogicalExpression ||
      unwrap(parent) !== parent)
  ) {
    current = parent;
    parent = current.parent;
  }
  return parent?.type === AST_NODE_TYPES.SpreadElement && parent.parent?.type === AST_NODE_TYPES.ObjectExpression;
}
