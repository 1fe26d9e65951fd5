import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { someNode } from '../ast/someNode.js';
import type { StatusSubject } from './StatusCheck.js';
import { subjectKey } from './subjectKey.js';

/**
 * Whether `root` replaces the checked response, after which a body read is another response's:
 *
 *     res = await fetch(location);                       ← `res`
 *     ({ status, data } = await axios.get(monitor));     ← the destructured status
 *     this.response = await http.get(next);              ← `this.response` for `this.response.status`
 */
export function reassignsResponse(root: TSESTree.Node, subject: StatusSubject, context: Context): boolean {
  const names = replaceable(subject);
  if (names.size === 0) return false;
  return someNode(root, context, (node) => node.type === AST_NODE_TYPES.AssignmentExpression && assigns(node.left, names, context));
}

/** The response's access path and every prefix of it (`error`, `error.response`), and a status held in a binding. */
function replaceable(subject: StatusSubject): Set<string> {
  const names = new Set<string>();
  if (!subject.key.includes('.')) names.add(subject.key);
  const parts = subject.responseKey?.split('.') ?? [];
  for (let length = 1; length <= parts.length; length++) names.add(parts.slice(0, length).join('.'));
  names.delete('this');
  return names;
}

function assigns(target: TSESTree.Node, names: ReadonlySet<string>, context: Context): boolean {
  if (target.type === AST_NODE_TYPES.ObjectPattern || target.type === AST_NODE_TYPES.ArrayPattern) {
    return someNode(target, context, (node) => node.type === AST_NODE_TYPES.Identifier && names.has(node.name));
  }
  const key = subjectKey(target);
  return key !== undefined && names.has(key);
}
