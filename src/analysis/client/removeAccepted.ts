import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import type { RemoveAcceptedFix } from './StatusCheck.js';

type Range = [number, number];

/**
 * Drops one operand of a logical expression with its operator: `s === 200 || s === 202` → `s === 200`.
 * The sibling keeps its own text and parentheses, so the result parses; null when a comment would be lost.
 */
export function removeOperandFix(operand: TSESTree.Node, context: Context): RemoveAcceptedFix | null {
  const parent = operand.parent;
  if (parent?.type !== AST_NODE_TYPES.LogicalExpression) return null;
  const source = context.sourceCode;
  const self = outerRange(operand, parent, source);
  const sibling = outerRange(parent.left === operand ? parent.right : parent.left, parent, source);
  const range: Range = parent.left === operand ? [self[0], sibling[0]] : [sibling[1], self[1]];
  return removeRange(range, source);
}

/** Drops one element of an array literal with its comma: `[200, 202, 204]` → `[200, 204]`. */
export function removeElementFix(array: TSESTree.ArrayExpression, element: TSESTree.Node, context: Context): RemoveAcceptedFix | null {
  const index = array.elements.indexOf(element as TSESTree.Expression);
  if (index < 0 || array.elements.length < 2) return null;
  const source = context.sourceCode;
  const next = array.elements[index + 1];
  const previous = array.elements[index - 1];
  const self = outerRange(element, array, source);
  const range: Range | undefined = next
    ? [self[0], outerRange(next, array, source)[0]]
    : previous
      ? [outerRange(previous, array, source)[1], self[1]]
      : undefined;
  return range ? removeRange(range, source) : null;
}

/**
 * Drops the label `case 202:` and the space before it, keeping its statements (if any) in the flow of the
 * case before: only when there is one, since a switch body cannot start with a statement.
 */
export function removeCaseLabelFix(switchCase: TSESTree.SwitchCase, context: Context): RemoveAcceptedFix | null {
  const source = context.sourceCode;
  const cases = switchCase.parent.cases;
  if (switchCase.consequent.length > 0 && cases.indexOf(switchCase) === 0) return null;
  const before = source.getTokenBefore(switchCase);
  const colon = switchCase.test && source.getTokenAfter(switchCase.test, { filter: (token) => token.value === ':' });
  if (!before || !colon) return null;
  return removeRange([before.range[1], colon.range[1]], source);
}

/**
 * Keeps one operand of a slip and drops the rest: `status === 200 | 202` → `status === 200`. The kept text
 * loses its parentheses (`(s === 200) | 202` → `s === 200`); null when a comment outside it would be lost.
 */
export function keepOperandFix(node: TSESTree.Node, operand: TSESTree.Node, context: Context): RemoveAcceptedFix | null {
  const source = context.sourceCode;
  const lost = source.getAllComments().some(
    (comment) => comment.range[0] < node.range[1] && comment.range[1] > node.range[0] && (comment.range[0] < operand.range[0] || comment.range[1] > operand.range[1]),
  );
  if (lost) return null;
  const text = source.getText(operand);
  return (fixer) => fixer.replaceText(node, text);
}

function removeRange(range: Range, source: Readonly<TSESLint.SourceCode>): RemoveAcceptedFix | null {
  if (source.getAllComments().some((comment) => comment.range[0] < range[1] && comment.range[1] > range[0])) return null;
  return (fixer) => fixer.removeRange(range);
}

/** A child's range with the parentheses wrapped around it inside `parent`: `(a || b)` rather than `a || b`. */
function outerRange(node: TSESTree.Node, parent: TSESTree.Node, source: Readonly<TSESLint.SourceCode>): Range {
  let range: Range = [node.range[0], node.range[1]];
  for (;;) {
    const before = source.getTokenBefore({ range } as TSESTree.Node);
    const after = source.getTokenAfter({ range } as TSESTree.Node);
    if (before?.value !== '(' || after?.value !== ')' || before.range[0] < parent.range[0] || after.range[1] > parent.range[1]) return range;
    range = [before.range[0], after.range[1]];
  }
}
