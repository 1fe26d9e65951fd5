import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { findVariable } from '../ast/findVariable.js';
import type { FunctionNode } from '../ast/functions.js';

/**
 * Type names that describe an unfinished operation: `FeedbackProcessing`, `PendingReport`, `AcceptedResponse`,
 * `ExportJob`, `TaskStatus` — not `JobResult`.
 */
const PENDING_TYPE = /pending|processing|accepted|queued|inprogress|running|(?:job|task|operation)(?:status|state|info|ref|handle|receipt|ticket)?$/i;

/** String literal types that mark an unfinished operation: `{ status: 'pending' }`. */
const PENDING_LITERAL = /^(?:pending|processing|queued|accepted|running|in[_ -]?progress)$/i;

const MAX_DEPTH = 4;

/**
 * Whether the code types the returned 202 body as an unfinished operation, so that the caller is told it is
 * not the result: a cast (`return res.json() as Promise<FeedbackProcessing>`) or the function's declared
 * return type (`Promise<Report | PendingReport>`, or a local `type ReportResponse = Report | { status:
 * 'pending' }`). Type names are read in this file only.
 */
export function typedAsPending(returned: TSESTree.Node, fn: FunctionNode | undefined, context: Context): boolean {
  let expr = returned;
  for (;;) {
    if (expr.type === AST_NODE_TYPES.TSAsExpression || expr.type === AST_NODE_TYPES.TSTypeAssertion || expr.type === AST_NODE_TYPES.TSSatisfiesExpression) {
      if (namesPending(expr.typeAnnotation, context, 0)) return true;
      expr = expr.expression;
    } else if (expr.type === AST_NODE_TYPES.AwaitExpression) {
      expr = expr.argument;
    } else if (expr.type === AST_NODE_TYPES.TSNonNullExpression) {
      expr = expr.expression;
    } else {
      break;
    }
  }
  const declared = fn?.returnType?.typeAnnotation;
  return declared !== undefined && namesPending(declared, context, 0);
}

function namesPending(type: TSESTree.TypeNode, context: Context, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  const next = (inner: TSESTree.TypeNode) => namesPending(inner, context, depth + 1);
  switch (type.type) {
    case AST_NODE_TYPES.TSUnionType:
      return type.types.some(next);
    case AST_NODE_TYPES.TSLiteralType:
      return type.literal.type === AST_NODE_TYPES.Literal && typeof type.literal.value === 'string' && PENDING_LITERAL.test(type.literal.value);
    case AST_NODE_TYPES.TSTypeLiteral:
      return type.members.some(
        (member) => member.type === AST_NODE_TYPES.TSPropertySignature && member.typeAnnotation !== undefined && next(member.typeAnnotation.typeAnnotation),
      );
    case AST_NODE_TYPES.TSTypeReference: {
      if (type.typeName.type !== AST_NODE_TYPES.Identifier) return false;
      if (PENDING_TYPE.test(type.typeName.name)) return true;
      // Promise<…>, Array<…>: what they wrap; a local alias: what it stands for.
      if (type.typeArguments?.params.some(next)) return true;
      const def = findVariable(type.typeName, context)?.defs[0];
      return def?.node.type === AST_NODE_TYPES.TSTypeAliasDeclaration && next(def.node.typeAnnotation);
    }
    default:
      return false;
  }
}
