import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { findVariable } from '../ast/findVariable.js';
import { memberName } from '../ast/memberName.js';
import { propertyKeyName } from '../ast/propertyKeyName.js';
import { resolveString } from '../ast/resolveString.js';
import { unwrap } from '../ast/unwrap.js';
import { resolveStatus } from '../status/resolveStatus.js';
import { bindValue } from './bindCall.js';
import { findDefinition, type ClassNode } from './findDefinition.js';
import { forEachOwnNode } from './forEachOwnNode.js';
import { libraryError } from './libraryErrors.js';
import { paramRef } from './paramRef.js';
import { isParamRef, type ErrorClassSummary, type ParamRef } from './Summary.js';

/** Properties the error handlers of Express (finalhandler), Koa and Fastify read the status from. */
const STATUS_PROPERTIES = new Set(['status', 'statusCode']);
/**
 * Base classes followed: `TokenError extends AuthError extends ApiError extends Error` is three. Classes
 * cost one pass over their body each, so the bound is only there to end cycles across modules.
 */
const MAX_CLASS_DEPTH = 4;

export const NOT_AN_ERROR: ErrorClassSummary = { isError: false, framework: 'error-class', status: undefined, opaque: false };

const memo = new WeakMap<ClassNode, ErrorClassSummary>();

/**
 * What an error class makes of its instances (see {@link ErrorClassSummary}), read from the class and its
 * bases: `status = 401`, `this.status = status`, `constructor(public status: number)`, `super(401, …)`,
 * `super({ status: 401 })`, `extends UnauthorizedException`. Constructor order counts: `super(…)`, then
 * fields, then the constructor's own assignments.
 */
export function summariseErrorClass(node: ClassNode, context: Context, depth = 0): ErrorClassSummary {
  const cached = memo.get(node);
  if (cached) return cached;
  memo.set(node, NOT_AN_ERROR); // a class cycle through modules ends here
  const summary = depth > MAX_CLASS_DEPTH ? NOT_AN_ERROR : summarise(node, context, depth);
  memo.set(node, summary);
  return summary;
}

function summarise(node: ClassNode, context: Context, depth: number): ErrorClassSummary {
  const base = baseSummary(node, context, depth);
  if (!base.isError) return NOT_AN_ERROR;
  let opaque = base.opaque;
  let field: { status: number | undefined; node: TSESTree.Node } | undefined;
  let constructor: TSESTree.FunctionExpression | undefined;
  for (const member of node.body.body) {
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor' && member.value.type === AST_NODE_TYPES.FunctionExpression) constructor = member.value;
    if ((member.type !== AST_NODE_TYPES.PropertyDefinition && member.type !== AST_NODE_TYPES.MethodDefinition) || member.static) continue;
    const name = propertyKeyName(member, context);
    if (name === 'headers') opaque = true;
    else if (name !== undefined && STATUS_PROPERTIES.has(name)) {
      // `get status() { … }`: not followed; `declare status: number` sets nothing.
      if (member.type === AST_NODE_TYPES.MethodDefinition) opaque = true;
      else if (member.value) field = { status: resolveStatus(member.value, context), node: member.value };
    }
  }
  // A library base with a constant status (`extends UnauthorizedException`): this class is where it is chosen.
  let status = base.status;
  let statusNode: TSESTree.Node | undefined = base.library && !isParamRef(base.status) && base.status !== undefined ? node.superClass! : undefined;
  if (constructor?.body) {
    const scan = scanConstructor(constructor, context);
    opaque ||= scan.opaque;
    if (scan.superCall && isParamRef(base.status)) {
      const value = bindValue(base.status, scan.superCall.arguments, context, constructor);
      if (value.kind === 'ref') [status, statusNode] = [value.ref, undefined];
      else if (value.kind === 'node') [status, statusNode] = [resolveStatus(value.node, context), value.node];
      else [status, statusNode] = [undefined, undefined];
    } else if (!scan.superCall && isParamRef(base.status)) {
      [status, statusNode] = [undefined, undefined];
    }
    if (field) [status, statusNode] = [field.status, field.node];
    if (scan.assigned) [status, statusNode] = [scan.assigned.status, scan.assigned.node];
  } else {
    if (field) [status, statusNode] = [field.status, field.node];
    if (isParamRef(status)) statusNode = undefined;
  }
  if (isParamRef(status) || status === undefined) statusNode = undefined;
  return { isError: true, framework: base.framework, status, ...(statusNode ? { statusNode } : {}), opaque };
}

interface BaseSummary extends ErrorClassSummary {
  /** The base is a library's class, so a constant status it carries is chosen by this class's `extends`. */
  readonly library?: boolean;
}

function baseSummary(node: ClassNode, context: Context, depth: number): BaseSummary {
  const superClass = node.superClass && unwrap(node.superClass);
  if (!superClass) return NOT_AN_ERROR;
  if (superClass.type === AST_NODE_TYPES.Identifier && superClass.name === 'Error' && !findVariable(superClass, context)?.defs.length) {
    return { isError: true, framework: 'error-class', status: undefined, opaque: false };
  }
  const definition = findDefinition(superClass, context);
  if (definition?.kind === 'class') return summariseErrorClass(definition.node, definition.context, depth + 1);
  if (definition?.kind === 'library') {
    const model = libraryError(definition.source, definition.imported);
    if (model?.kind === 'class') return { isError: true, framework: model.framework, status: model.status, opaque: false, library: true };
  }
  return NOT_AN_ERROR;
}

interface ConstructorScan {
  superCall?: TSESTree.CallExpression;
  assigned?: { status: number | ParamRef | undefined; node: TSESTree.Node };
  opaque: boolean;
}

/**
 * The constructor's `super(…)`, its `this.status = …` (a second one makes the status unknown), and whether
 * it sets headers or hands `this` to other code (`Object.assign(this, options)`), which may set anything.
 */
function scanConstructor(constructor: TSESTree.FunctionExpression, context: Context): ConstructorScan {
  const scan: ConstructorScan = { opaque: false };
  let assignments = 0;
  for (const param of constructor.params) {
    if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
    const inner = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
    if (inner.type !== AST_NODE_TYPES.Identifier) continue;
    if (inner.name === 'headers') scan.opaque = true;
    if (STATUS_PROPERTIES.has(inner.name)) {
      assignments++;
      scan.assigned = { status: paramRef(inner, constructor, context), node: inner };
    }
  }
  forEachOwnNode(constructor.body, context, (node) => {
    if (node.type === AST_NODE_TYPES.CallExpression) {
      if (node.callee.type === AST_NODE_TYPES.Super) scan.superCall = node;
      if (node.arguments.some((arg) => unwrap(arg).type === AST_NODE_TYPES.ThisExpression) && !isBookkeeping(node, context)) scan.opaque = true;
    }
    if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.MemberExpression && unwrap(node.left.object).type === AST_NODE_TYPES.ThisExpression) {
      const name = memberName(node.left);
      if (name === undefined || name === 'headers') scan.opaque = true;
      else if (STATUS_PROPERTIES.has(name)) {
        assignments++;
        const ref = paramRef(node.right, constructor, context);
        scan.assigned = { status: ref ?? resolveStatus(node.right, context), node: node.right };
      }
    }
  }, true);
  if (assignments > 1) scan.assigned = { status: undefined, node: constructor };
  return scan;
}

/**
 * Calls that take `this` without setting a status or headers on it, in almost every hand-written error
 * class: `Error.captureStackTrace(this, this.constructor)`, `Object.setPrototypeOf(this, X.prototype)`,
 * `Object.defineProperty(this, 'name', …)` for another property.
 */
function isBookkeeping(call: TSESTree.CallExpression, context: Context): boolean {
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier) return false;
  const name = `${callee.object.name}.${memberName(callee) ?? ''}`;
  if (name === 'Error.captureStackTrace' || name === 'Object.setPrototypeOf') return true;
  if (name !== 'Object.defineProperty') return false;
  const key = call.arguments[1] && resolveString(call.arguments[1], context);
  return key !== undefined && key !== 'headers' && !STATUS_PROPERTIES.has(key);
}
