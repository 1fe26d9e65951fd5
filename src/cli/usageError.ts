/** A mistake in how the CLI was called (unknown flag, bad value, missing path): exit code 2, no stack. */
export class UsageError extends Error {
  override name = 'UsageError';
}
