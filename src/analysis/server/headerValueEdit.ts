import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { unwrap } from '../ast/unwrap.js';
import { addProperty, headerKey, quote } from './edits.js';
import type { AddHeaderFix } from './ResponseSite.js';

/** `'WWW-Authenticate': 'Bearer'`: one header as an object property. */
export const headerProperty = (name: string, value: string): string => `${headerKey(name)}: ${quote(value)}`;

/** `{ 'WWW-Authenticate': 'Bearer' }`: a headers object holding one header. */
export const headersObject = (name: string, value: string): string => `{ ${headerProperty(name, value)} }`;

/**
 * The edit that adds a header to a headers value written in place, or null when the value is not written
 * there (a variable, a call, a spread of something else):
 * - `{ 'Content-Type': 'x' }` gets a property;
 * - `new Headers({ … })` gets a property inside, `new Headers()` gets an object;
 * - `[['Content-Type', 'x']]` (pairs) gets a pair.
 */
export function headerValueEdit(value: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): AddHeaderFix | null {
  const node = unwrap(value);
  if (node.type === AST_NODE_TYPES.ObjectExpression) {
    return (fixer, name, header) => addProperty(fixer, node, headerProperty(name, header), sourceCode);
  }
  if (node.type === AST_NODE_TYPES.ArrayExpression) {
    if (!node.elements.every((element) => element?.type === AST_NODE_TYPES.ArrayExpression)) return null;
    return (fixer, name, header) => addElement(fixer, node, `[${quote(name)}, ${quote(header)}]`);
  }
  if (node.type === AST_NODE_TYPES.NewExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'Headers') {
    if (node.arguments.length === 0) {
      // `new Headers()` → `new Headers({ … })`: the object goes between the parentheses.
      const closing = sourceCode.getLastToken(node);
      if (closing?.value !== ')') return null;
      return (fixer, name, header) => fixer.insertTextBefore(closing, headersObject(name, header));
    }
    const [init] = node.arguments;
    if (node.arguments.length === 1 && init && init.type !== AST_NODE_TYPES.SpreadElement) return headerValueEdit(init, sourceCode);
  }
  return null;
}

/** Appends `text` as the last element of an array literal. */
function addElement(fixer: TSESLint.RuleFixer, array: TSESTree.ArrayExpression, text: string): TSESLint.RuleFix {
  const last = array.elements.at(-1);
  return last ? fixer.insertTextAfter(last, `, ${text}`) : fixer.replaceText(array, `[${text}]`);
}
