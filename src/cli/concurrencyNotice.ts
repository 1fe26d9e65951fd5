/** The warning type ESLint (9.34+) emits when worker threads cost more than they saved. */
const POOR_CONCURRENCY = 'ESLintPoorConcurrencyWarning';

/**
 * Runs `work` with ESLint's poor-concurrency warning turned into one line for `write`: Node would print it as
 * "(node:1234) ESLintPoorConcurrencyWarning: You may disable concurrency…" plus a `--trace-warnings` hint.
 * ESLint keeps the `process.emitWarning` it finds when an instance is created, so the instance must be
 * created inside `work`. Other warnings pass through untouched.
 */
export async function withConcurrencyNotice<T>(write: (line: string) => void, work: () => Promise<T>): Promise<T> {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with `this` below, and put back on `process`.
  const emitWarning = process.emitWarning;
  let noticed = false;
  process.emitWarning = function (this: NodeJS.Process, warning: string | Error, ...rest: unknown[]) {
    const [typeOrOptions] = rest;
    const type = typeof typeOrOptions === 'string' ? typeOrOptions : (typeOrOptions as { type?: string } | undefined)?.type;
    if (type === POOR_CONCURRENCY) {
      if (!noticed) write('--concurrency did not pay off here: worker threads help from a few hundred files; lint without it.');
      noticed = true;
      return;
    }
    return (emitWarning as (...args: unknown[]) => void).call(this, warning, ...rest);
  };
  try {
    return await work();
  } finally {
    process.emitWarning = emitWarning;
  }
}
