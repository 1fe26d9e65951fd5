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
