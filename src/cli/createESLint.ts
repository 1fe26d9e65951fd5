import { ESLint } from 'eslint';

import { eslintOptions, type LintSettings } from './eslintOptions.js';

/** The built options module, next to the built CLI (`dist/eslint-options.js`). */
const OPTIONS_MODULE = new URL('./eslint-options.js', import.meta.url);

/**
 * ESLint 9.34 added multithreaded linting (`concurrency` and `ESLint.fromOptionsModule`). Older versions
 * reject the option, so it is only passed where it exists.
 */
export function supportsConcurrency(version: string = ESLint.version): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > 9 || (major === 9 && minor >= 34);
}

/**
 * An ESLint instance for the run. In one thread the options are passed directly; with worker threads
 * they come from the options module (built next to the CLI), which every worker imports with the same
 * settings.
 */
export async function createESLint(settings: LintSettings, optionsModule: URL = OPTIONS_MODULE): Promise<ESLint> {
  return withoutIgnoreFileWarning(() => {
    if (settings.concurrency === 'off') return new ESLint(eslintOptions(settings));
    const url = new URL(optionsModule);
    url.searchParams.set('settings', JSON.stringify(settings));
    return ESLint.fromOptionsModule(url);
  });
}

/**
 * ESLint warns on stderr when the folder it runs in has an `.eslintignore`, which flat config no longer reads.
 * The run reads it itself (`ignorePatterns.ts`), so the warning would only tell users to change a file that
 * works. ESLint's warning service keeps the `process.emitWarning` it finds when an instance is made: this lends
 * it one that drops that warning alone and passes every other on.
 */
async function withoutIgnoreFileWarning(create: () => ESLint | Promise<ESLint>): Promise<ESLint> {
  // Read and put back as a value: it is called with `process` as `this` below.
  const emitWarning = Reflect.get(process, 'emitWarning');
  const filtered = (warning: string | Error, ...rest: unknown[]): void => {
    const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: unknown } | undefined)?.type;
    if (type !== 'ESLintIgnoreWarning') Reflect.apply(emitWarning, process, [warning, ...rest]);
  };
  process.emitWarning = filtered;
  try {
    return await create();
  } finally {
    process.emitWarning = emitWarning;
  }
}
