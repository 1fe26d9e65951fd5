import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import type { HeaderEvidence, ResponseSite } from './ResponseSite.js';

/** A status set on a long-lived response object (`res`, `ctx`, `reply`, `c`), waiting for its headers. */
export type PendingStatus = Omit<ResponseSite, 'headers'> & {
  /** Header evidence known at the site itself (`writeHead`'s object, a chain's own `.set(…)`). */
  readonly headers?: HeaderEvidence;
  /**
   * The call that hands the receiver to a summarised helper which sets this status itself
   * (`sendError(res, 401, msg)`): that hand-over is the status, not an escape of the response.
   */
  readonly via?: TSESTree.CallExpression;
  /**
   * Whether setting this status also sends the response (`res.status(401).json(x)`, `sendStatus`,
   * `writeHead`, Hono's `c.json(x, 401)`): headers set after it never reach the client.
   */
  readonly sends?: boolean;
  /**
   * `union` for a status that is on no code path of its receiver (Nest's `@HttpCode` applies before the
   * handler runs): every header set on the receiver anywhere counts, as in version 0.1.
   */
  readonly order?: 'union';
};

/** What an adapter reports to the collector. Adapters stay syntactic: they never join evidence themselves. */
export interface AdapterApi {
  readonly context: Context;
  /** Whether a rule asked about this status: adapters skip header and body reading for the rest. */
  wants(status: number | undefined): status is number;
  /** A response fully described where it stands (a `Response` init, a Lambda result, a thrown error). */
  site(site: ResponseSite): void;
  /**
   * A status set on a receiver; at the end of the file it gets the headers set on every code path through
   * it (see docs/architecture.md, "The response's life").
   */
  receiverStatus(receiver: TSESTree.Node, status: PendingStatus): void;
  /**
   * Header evidence for a receiver, set by the node `at` (the call), where the traversal is. Pass a function to defer the reading:
   * most `.set(…)` calls in a file are `Map#set`s on objects that never get a status.
   */
  receiverHeaders(receiver: TSESTree.Node, evidence: HeaderEvidence | (() => HeaderEvidence), at: TSESTree.Node): void;
  /** The receiver's response is sent here (`res.json(x)`, `res.end()`, `reply.send()`, `c.body(null)`). */
  receiverSend(receiver: TSESTree.Node, node: TSESTree.Node): void;
  /**
   * A status of any value is set on the receiver by `node` (`res.status(code)`, `res.sendStatus(n)`,
   * `res.writeHead(n)`, `reply.code(n)`, `res.statusCode = n`), whether or not it resolves or is wanted.
   * Call it before filtering by `wants`; it costs nothing unless a rule reads every receiver's record.
   */
  receiverSetsStatus(receiver: TSESTree.Node, node: TSESTree.Node): void;
  /** The request is handed to the error handler (`next(err)`), which answers on the receiver; as cheap as the above. */
  receiverHandsOff(receiver: TSESTree.Node, call: TSESTree.CallExpression): void;
  /** The project's helper sends the receiver's response on every call (`sendError(res, 500, msg)`); as cheap. */
  receiverSentByHelper(receiver: TSESTree.Node, call: TSESTree.CallExpression): void;
  /** Whether a rule reads every receiver's record: otherwise the two events above are not recorded. */
  readonly readsRecords: boolean;
}

type Handler<T> = (node: T) => void;

/**
 * What one framework's recogniser handles. The collector has one listener per node type and hands each
 * node to the handlers declared for its name (docs/architecture.md, "One dispatcher"), so a call is looked
 * at once, not once per adapter, and each adapter says which names it reads.
 */
export interface AdapterHandlers {
  // The names in `calls`, `news` and `assignments` are the same in every file: the dispatcher reads them once
  // (`dispatchHandlers.ts`). A name that depends on the file (a local name an import is bound to) is handled
  // in `anyCall`/`anyNew`.
  /** Calls by their callee's name (`calleeName`): `status` for `res.status(…)`, `createError` for `createError(…)`, `super`. */
  readonly calls?: Readonly<Record<string, Handler<TSESTree.CallExpression>>>;
  /** `new` expressions by their callee's name: `Response`, `HttpException`, `Boom` for `new Boom.Boom(…)`. */
  readonly news?: Readonly<Record<string, Handler<TSESTree.NewExpression>>>;
  /** Assignments `x.name = v` (operator `=`, name not computed) by the property's name: `statusCode`, `status`. */
  readonly assignments?: Readonly<Record<string, Handler<TSESTree.AssignmentExpression>>>;
  /**
   * Every call and `new`, for what may be bound under any local name: a project's helpers and error classes,
   * http-errors' default export (`createHttpError`), a Lambda handler's callback parameter. Filter cheaply first.
   */
  readonly anyCall?: Handler<TSESTree.CallExpression>;
  readonly anyNew?: Handler<TSESTree.NewExpression>;
  /** Listeners for other node types (returns, classes, decorated methods). */
  readonly listeners?: TSESLint.RuleListener;
}

/** One framework's recogniser: the names it handles, each handler filtering cheaply on syntax first. */
export type Adapter = (api: AdapterApi) => AdapterHandlers;
