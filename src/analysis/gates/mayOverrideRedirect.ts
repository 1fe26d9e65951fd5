import type { Context } from '../ast/Context.js';
import { readCode } from './codePass.js';

/**
 * Decided once per file in `create()`: whether its code calls a `.status(` and after it a `.redirect(`, as
 * every override `no-redirect-status-override` reports does (read in the pass all gates share,
 * `codePass.ts`). A parser that gives no tokens makes it look.
 */
export function mayOverrideRedirect(context: Context): boolean {
  return readCode(context.sourceCode)?.statusThenRedirect ?? true;
}
