import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { constantInitializer } from '../ast/constantInitializer.js';
import { constantNames } from '../ast/constantNames.js';
import type { Context } from '../ast/Context.js';
import { findVariable } from '../ast/findVariable.js';
import type { FunctionNode } from '../ast/functions.js';
import { propertyKeyName } from '../ast/propertyKeyName.js';
import { resolveString } from '../ast/resolveString.js';
import { unwrap } from '../ast/unwrap.js';
import { resolveStatus } from '../status/resolveStatus.js';
import { readBody } from '../server/bodyEvidence.js';
import { headerNamed, mergeHeaderEvidence, readHeaders } from '../server/headerEvidence.js';
import { isMessage } from '../server/isMessage.js';
import { NO_BODY, NO_HEADERS, UNKNOWN_BODY, UNKNOWN_HEADERS, type BodyEvidence, type HeaderEvidence } from '../server/ResponseSite.js';
import { paramRef } from './paramRef.js';
import { isParamRef, type HeaderSource, type HeaderTemplate, type ParamRef, type SummaryEntry } from './Summary.js';

/**
 * What a call passes for a parameter: an expression to read in the caller, the caller's own parameter
 * (when the caller is itself being summarised), nothing at all, or something we cannot tell (a spread).
 */
export type BoundValue =
  | { readonly kind: 'node'; readonly node: TSESTree.Node; readonly context?: Context }
  | { readonly kind: 'ref'; readonly ref: ParamRef }
  | { readonly kind: 'omitted' }
  | { readonly kind: 'unknown' };

const OMITTED: BoundValue = { kind: 'omitted' };
const UNKNOWN: BoundValue = { kind: 'unknown' };

/** The argument `ref` names in a call's arguments, read in `context`; `caller`: the function being summarised around the call. */
export function bindValue(ref: ParamRef, args: readonly TSESTree.CallExpressionArgument[], context: Context, caller?: FunctionNode, useDefault = false): BoundValue {
  for (let index = 0; index <= ref.index && index < args.length; index++) if (args[index]!.type === AST_NODE_TYPES.SpreadElement) return UNKNOWN;
  const arg = args[ref.index];
  const fallback = (): BoundValue => {
    if (!ref.hasDefault) return OMITTED;
    // `headers = {}`: read in the helper, where the default is written.
    return useDefault && ref.defaultValue ? { kind: 'node', node: ref.defaultValue.node, context: ref.defaultValue.context } : UNKNOWN;
  };
  if (!arg) return fallback();
  let node: TSESTree.Node = arg;
  if (ref.property !== undefined) {
    const object = objectLiteral(arg, context);
    if (!object) {
      const outer = caller && paramRef(arg, caller, context);
      return outer && outer.property === undefined && !outer.hasDefault ? { kind: 'ref', ref: { index: outer.index, property: ref.property } } : UNKNOWN;
    }
    const found = propertyOf(object, ref.property, context);
    if (found === 'unknown') return UNKNOWN;
    if (found === undefined) return fallback();
    node = found;
  }
  const outer = caller && paramRef(node, caller, context);
  return outer ? { kind: 'ref', ref: outer } : { kind: 'node', node };
}

/** An object literal, or a `const` bound to one. */
export function objectLiteral(node: TSESTree.Node, context: Context): TSESTree.ObjectExpression | undefined {
  const expr = unwrap(node);
  if (expr.type === AST_NODE_TYPES.ObjectExpression) return expr;
  if (expr.type !== AST_NODE_TYPES.Identifier || !constantNames(context.sourceCode).has(expr.name)) return undefined;
  const variable = findVariable(expr, context);
  const init = variable ? constantInitializer(variable) : undefined;
  const value = init && unwrap(init);
  return value?.type === AST_NODE_TYPES.ObjectExpression ? value : undefined;
}

/** The value of property `name` (last one wins), `unknown` when a spread or unknowable key after it may set it. */
function propertyOf(object: TSESTree.ObjectExpression, name: string, context: Context): TSESTree.Node | 'unknown' | undefined {
  let found: TSESTree.Node | 'unknown' | undefined;
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) {
      found = 'unknown';
      continue;
    }
    const key = propertyKeyName(property, context);
    if (key === undefined) found = 'unknown';
    else if (key === name) found = property.value;
  }
  return found;
}

/** A status the call decides: a literal or constant at the call, or the caller's parameter. */
export function bindStatus(status: number | ParamRef, args: readonly TSESTree.CallExpressionArgument[], context: Context, caller?: FunctionNode): { status: number | ParamRef; node?: TSESTree.Node } | undefined {
  if (!isParamRef(status)) return { status };
  const value = bindValue(status, args, context, caller);
  if (value.kind === 'ref') return { status: value.ref };
  if (value.kind !== 'node') return undefined;
  const code = resolveStatus(value.node, context);
  return code === undefined ? undefined : { status: code, node: value.node };
}

export function bindBody(body: BodyEvidence | ParamRef, args: readonly TSESTree.CallExpressionArgument[], context: Context, caller?: FunctionNode): BodyEvidence | ParamRef {
  if (!isParamRef(body)) return body;
  const value = bindValue(body, args, context, caller, true);
  if (value.kind === 'ref') return value.ref;
  if (value.kind === 'omitted') return NO_BODY;
  return value.kind === 'node' ? readBody(value.node, value.context ?? context) : UNKNOWN_BODY;
}

export function bindHeaders(template: HeaderTemplate, args: readonly TSESTree.CallExpressionArgument[], context: Context, caller?: FunctionNode): HeaderTemplate {
  const fixed: HeaderEvidence[] = [template.fixed];
  const fromCall: HeaderSource[] = [];
  for (const source of template.fromCall) {
    const value = bindValue(source.ref, args, context, caller, true);
    if (value.kind === 'ref') fromCall.push({ ref: value.ref, as: source.as });
    else if (value.kind === 'unknown') fixed.push(UNKNOWN_HEADERS);
    else if (value.kind === 'omitted') fixed.push(source.as === 'name' ? UNKNOWN_HEADERS : NO_HEADERS);
    else fixed.push(readHeaderSource(value.node, source.as, value.context ?? context));
  }
  return { fixed: mergeHeaderEvidence(...fixed), fromCall };
}

/** Header evidence of one expression read as a headers object, a header name, or http-errors' message-or-props. */
export function readHeaderSource(node: TSESTree.Node, as: HeaderSource['as'], context: Context): HeaderEvidence {
  if (as === 'object') return readHeaders(node, context);
  if (as === 'name') {
    const name = resolveString(node, context);
    return name === undefined ? UNKNOWN_HEADERS : headerNamed(name);
  }
  return propsHeaders(node, context);
}

/**
 * The headers an http-errors-style argument gives its error: none for a message, the `headers` of a props
 * object; anything else (an `Error` whose own status and headers win, a variable) is unknown.
 */
export function propsHeaders(node: TSESTree.Node, context: Context): HeaderEvidence {
  if (node.type === AST_NODE_TYPES.SpreadElement) return UNKNOWN_HEADERS;
  if (isMessage(node, context)) return NO_HEADERS;
  const object = unwrap(node);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return UNKNOWN_HEADERS;
  const headers = propertyOf(object, 'headers', context);
  if (headers === 'unknown') return UNKNOWN_HEADERS;
  return headers === undefined ? NO_HEADERS : readHeaders(headers, context);
}

/**
 * A summary entry as seen from a call: every value the call decides is read at the call (or becomes the
 * caller's parameter, when the caller is summarised in turn). Undefined when the status cannot be known.
 */
export function bindEntry(entry: SummaryEntry, call: TSESTree.CallExpression | TSESTree.NewExpression, context: Context, caller?: FunctionNode): (SummaryEntry & { statusNode?: TSESTree.Node }) | undefined {
  const status = bindStatus(entry.status, call.arguments, context, caller);
  if (!status) return undefined;
  return {
    ...entry,
    status: status.status,
    ...(status.node ? { statusNode: status.node } : {}),
    headers: bindHeaders(entry.headers, call.arguments, context, caller),
    body: bindBody(entry.body, call.arguments, context, caller),
  };
}

export const mergeTemplates = (...templates: HeaderTemplate[]): HeaderTemplate => ({
  fixed: mergeHeaderEvidence(...templates.map((template) => template.fixed)),
  fromCall: templates.flatMap((template) => template.fromCall),
});

export const fixedHeaders = (evidence: HeaderEvidence): HeaderTemplate => ({ fixed: evidence, fromCall: [] });
