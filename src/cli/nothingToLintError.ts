/**
 * A named path or glob that gave no file to lint. Exit code 2, as ESLint's own "No files matching …": a CI
 * step that lints nothing must not pass. Unlike a {@link UsageError}, the flags were fine, so no `--help` hint.
 */
export class NothingToLintError extends Error {
  override name = 'NothingToLintError';
}
