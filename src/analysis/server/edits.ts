import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/** A single-quoted JavaScript string literal for `value`. */
export const quote = (value: string): string => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/** An object key for a header name: bare when it is an identifier (`Location`), quoted otherwise. */
export const headerKey = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name));

/** The leading white space of the line `node` starts on. */
export function indentOf(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  return /^\s*/.exec(line)?.[0] ?? '';
}

/**
 * Inserts `text` as a new statement after `statement`, on its own line with the same indentation.
 * Returns null when `statement` is not in a statement list (e.g. the body of an arrow without braces or
 * an `if` without braces), where a second statement would change the meaning.
 */
export function insertStatementAfter(
  fixer: TSESLint.RuleFixer,
  statement: TSESTree.Node,
  text: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.RuleFix | null {
  const parent = statement.parent;
  if (
    !parent ||
    (parent.type !== AST_NODE_TYPES.BlockStatement && parent.type !== AST_NODE_TYPES.Program && parent.type !== AST_NODE_TYPES.SwitchCase) ||
    (parent.type === AST_NODE_TYPES.SwitchCase && !parent.consequent.includes(statement as TSESTree.Statement))
  ) {
    return null;
  }
  const last = sourceCode.getLastToken(statement);
  // A statement without its own semicolon (ASI style) gets none added either.
  const needsSemicolon = last?.value === ';';
  return fixer.insertTextAfter(statement, `\n${indentOf(statement, sourceCode)}${text}${needsSemicolon ? ';' : ''}`);
}

/**
 * Adds `key: value` to an object literal: after its last property (with a comma that respects a trailing
 * one), or as the only property of `{}`. Only for objects without spreads after which order would matter.
 */
export function addProperty(
  fixer: TSESLint.RuleFixer,
  object: TSESTree.ObjectExpression,
  text: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.RuleFix {
  const last = object.properties.at(-1);
  if (!last) return fixer.replaceText(object, `{ ${text} }`);
  const after = sourceCode.getTokenAfter(last);
  const trailingComma = after?.value === ',';
  // One property per line stays so: `{\n  a: 1,\n}` → `{\n  a: 1,\n  b: 2,\n}`.
  if (last.loc.start.line !== object.loc.start.line) {
    const line = `\n${indentOf(last, sourceCode)}${text}`;
    return trailingComma ? fixer.insertTextAfter(after, `${line},`) : fixer.insertTextAfter(last, `,${line}`);
  }
  return trailingComma ? fixer.insertTextAfter(after, ` ${text},`) : fixer.insertTextAfter(last, `, ${text}`);
}

/**
 * Removes `property` from its object literal with the comma that joins it to a neighbour: the one after it,
 * or, for the last property without a trailing comma, the one before it. The only property leaves `{}`.
 */
export function removeProperty(fixer: TSESLint.RuleFixer, property: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.RuleFix {
  const object = property.parent;
  if (object?.type === AST_NODE_TYPES.ObjectExpression && object.properties.length === 1) return fixer.replaceText(object, '{}');
  const after = sourceCode.getTokenAfter(property);
  if (after?.value === ',') {
    const next = sourceCode.getTokenAfter(after, { includeComments: true });
    if (next && next.loc.start.line === after.loc.end.line) return fixer.removeRange([property.range[0], next.range[0]]);
    // On a line of its own: the line goes, from the end of what comes before it.
    const previous = sourceCode.getTokenBefore(property, { includeComments: true });
    return fixer.removeRange([previous ? previous.range[1] : property.range[0], after.range[1]]);
  }
  const before = sourceCode.getTokenBefore(property);
  return before?.value === ',' ? fixer.removeRange([before.range[0], property.range[1]]) : fixer.remove(property);
}

/** Removes a statement; on a line of its own, the line goes with it, from the end of what comes before. */
export function removeStatement(fixer: TSESLint.RuleFixer, statement: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.RuleFix {
  const previous = sourceCode.getTokenBefore(statement, { includeComments: true });
  const next = sourceCode.getTokenAfter(statement, { includeComments: true });
  const ownLine = previous && previous.loc.end.line < statement.loc.start.line && (!next || next.loc.start.line > statement.loc.end.line);
  return ownLine ? fixer.removeRange([previous.range[1], statement.range[1]]) : fixer.remove(statement);
}
