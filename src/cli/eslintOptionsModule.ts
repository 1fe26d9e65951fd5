// The "options module" ESLint's worker threads import when `--concurrency` is on: options that hold a
// plugin object cannot be cloned into a worker, so each worker rebuilds them from the run's settings,
// which travel as JSON in this module's URL (`eslint-options.js?settings=…`, see `createESLint.ts`).
import { eslintOptions, type LintSettings } from './eslintOptions.js';

const encoded = new URL(import.meta.url).searchParams.get('settings');
if (encoded === null) {
  throw new Error('eslint-options.js must be imported with a ?settings=<JSON> query.');
}

export default eslintOptions(JSON.parse(encoded) as LintSettings);
