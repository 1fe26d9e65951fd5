import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { constantInitializer } from '../ast/constantInitializer.js';
import { findVariable } from '../ast/findVariable.js';
import { propertyKeyName } from '../ast/propertyKeyName.js';
import { unwrap } from '../ast/unwrap.js';
import { resolveStatusCandidates, type StatusCandidate } from '../status/statusCandidates.js';
import { addProperty } from './edits.js';
import { readHeaders } from './headerEvidence.js';
import { headersObject, headerValueEdit } from './headerValueEdit.js';
import { NO_HEADERS, UNKNOWN_HEADERS, type AddHeaderFix, type HeaderEvidence } from './ResponseSite.js';

/** What a `ResponseInit` (or a bare status where one is accepted) says about the response. */
export interface ResponseInitEvidence {
  /** `number`: a bare status (`json(body, 401)`, Hono's `c.json(body, 401, headers)`); `object`: an init object. */
  readonly kind: 'number' | 'object';
  /**
   * The statuses the init may give, each with its expression, where a report goes: one, or a branch each of
   * `{ status: authed ? 403 : 401 }` (the edit at the init is sound for both, see the express adapter).
   */
  readonly candidates: readonly StatusCandidate[];
  /** The init's own headers; for a bare status there are none. */
  readonly headers: HeaderEvidence;
  /** Adds a header inside the init; null when the init is not written in place (a `const init`, `{ headers }`). */
  readonly addHeader: AddHeaderFix | null;
}

/**
 * Reads the `init` argument of `new Response(body, init)`, `Response.json(body, init)` and their kin:
 * an object literal `{ status, headers, statusText }` (or a `const` bound to one), or, with `allowNumber`,
 * a bare status (React Router's `data(body, 401)`, Remix' `json(body, 401)`, Hono's `c.json(body, 401)`).
 * `cond ? 403 : 401` gives both. Returns undefined when no status is known: no init (200), `{ ...init, headers }` where a spread may
 * set it, a parameter, a call.
 */
export function readResponseInit(
  init: TSESTree.Node | undefined,
  context: Context,
  allowNumber: boolean,
): ResponseInitEvidence | undefined {
  if (!init || init.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const node = unwrap(init);
  if (node.type === AST_NODE_TYPES.ObjectExpression) return readInitObject(node, context, true);
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(node, context);
    const bound = variable ? constantInitializer(variable) : undefined;
    const value = bound ? unwrap(bound) : undefined;
    // `const init = { status: 401 }` may serve several responses: read, but never edited.
    if (value?.type === AST_NODE_TYPES.ObjectExpression) return readInitObject(value, context, false);
  }
  if (!allowNumber) return undefined;
  const candidates = resolveStatusCandidates(init, context);
  if (candidates.length === 0) return undefined;
  const { sourceCode } = context;
  return {
    kind: 'number',
    candidates,
    headers: NO_HEADERS,
    // json(body, 401) → json(body, { status: 401, headers: { … } })
    addHeader: (fixer, name, value) => fixer.replaceText(init, `{ status: ${sourceCode.getText(init)}, headers: ${headersObject(name, value)} }`),
  };
}

function readInitObject(object: TSESTree.ObjectExpression, context: Context, editable: boolean): ResponseInitEvidence | undefined {
  let lastSpread = -1;
  let status: { property: TSESTree.Property; index: number } | undefined;
  let headers: { property: TSESTree.Property; index: number } | undefined;
  for (const [index, property] of object.properties.entries()) {
    if (property.type !== AST_NODE_TYPES.Property) {
      lastSpread = index;
      continue;
    }
    const key = propertyKeyName(property, context);
    if (key === 'status') status = { property, index };
    else if (key === 'headers') headers = { property, index };
    else if (key === undefined) lastSpread = index; // an unknowable computed key may be either
  }
  // `{ ...init, status }` is known; `{ status: 401, ...init }` may be overridden.
  if (!status || status.index < lastSpread) return undefined;
  const candidates = resolveStatusCandidates(status.property.value, context);
  if (candidates.length === 0) return undefined;
  const headerEvidence = headers && headers.index > lastSpread ? readHeaders(headers.property.value, context) : lastSpread >= 0 ? UNKNOWN_HEADERS : NO_HEADERS;
  let addHeader: AddHeaderFix | null = null;
  if (editable) {
    if (headers) addHeader = headers.property.shorthand ? null : headerValueEdit(headers.property.value, context.sourceCode);
    else if (lastSpread < 0) addHeader = (fixer, name, value) => addProperty(fixer, object, `headers: ${headersObject(name, value)}`, context.sourceCode);
  }
  return { kind: 'object', candidates, headers: headerEvidence, addHeader };
}
