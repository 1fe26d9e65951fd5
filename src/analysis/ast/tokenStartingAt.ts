import type { TSESTree } from '@typescript-eslint/utils';

/**
 * The token of `tokens` (the parser's, sorted by position, comments not among them) that starts at `offset`,
 * if one does; a binary search, no allocation. Text tests in `create()` use it to tell code from prose: an
 * offset inside a comment, a string or a template's text starts no token of its own.
 */
export function tokenStartingAt(tokens: readonly TSESTree.Token[], offset: number): TSESTree.Token | undefined {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const start = tokens[middle]!.range[0];
    if (start === offset) return tokens[middle];
    if (start < offset) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}
