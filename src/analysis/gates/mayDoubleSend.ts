import type { Context } from '../ast/Context.js';
import { readCode } from './codePass.js';

/**
 * Whether a file's code may hold a response used after its send: a response's name, at least one send on a
 * response, and one more event (`res.json(a); res.json(b)`, `res.end(); res.setHeader(…)`,
 * `res.statusCode = 500`) or a loop (`for (…) res.send(x)`). Decided in `create()`, once per file, so that
 * most files register no listener at all; read in the pass all gates share (`codePass.ts`), so comments and
 * strings count for nothing and a comment inside a chain breaks nothing. An event counts on a response's
 * name or down a chain from one (`res.status(500).json(`), so `cache.set(k, v)` and a client's `r.json()`
 * wake nothing. At least one event must be the response's own (a method or `statusCode`): a file whose
 * events are all calls it is passed to (`sendError(res, …)`, `next(err)`) stays asleep, as Node's callback
 * style (`callback(err, res)`) looks the same. A parser that gives no tokens makes it look.
 */
export function mayDoubleSend(context: Context): boolean {
  return readCode(context.sourceCode)?.doubleSend ?? true;
}
