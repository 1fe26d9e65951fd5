import type { TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import type { BodyEvidence, Framework, HeaderEvidence } from '../server/ResponseSite.js';

/**
 * Where a summarised function takes a value from its call: argument `index`, or the property `property`
 * of that argument when the call passes an object literal (`successResponse(body, { status: 202 })`,
 * `new RequestError({ code, status: 401 })`). `hasDefault`: the parameter has a default value, so an
 * omitted argument is not `undefined`.
 */
export interface ParamRef {
  readonly index: number;
  readonly property?: string;
  readonly hasDefault?: boolean;
  /**
   * The default value and the context to read it in, when the call omits the argument: headers and bodies
   * only (`headers = {}`); a status default is the helper's own constant, not the call's.
   */
  readonly defaultValue?: { readonly node: TSESTree.Node; readonly context: Context };
}

/**
 * Header evidence that comes from the call: a headers object (`respond(401, body, { 'WWW-Authenticate': … })`),
 * one header's name (`res.set(name, value)`), or http-errors' trailing arguments, each a message or a props
 * object whose `headers` count (`createError(status, msg)` with `msg` a parameter).
 */
export interface HeaderSource {
  readonly ref: ParamRef;
  readonly as: 'object' | 'name' | 'props';
}

/** What a summarised function's response gets as headers: what its own code sets, plus what each call passes. */
export interface HeaderTemplate {
  readonly fixed: HeaderEvidence;
  readonly fromCall: readonly HeaderSource[];
}

/**
 * One response a function makes, with every value either known in the function or taken from its call:
 * - `receiver`: it sets the status on its parameter `receiver` (`res.status(code).json(…)`);
 * - `returns-response`: it returns a response (`Response.json(…, { status })`, a Lambda result);
 * - `returns-error`: it returns an error that becomes a response once raised (`return createError(status)`);
 * - `throws`: it throws such an error itself.
 */
export interface SummaryEntry {
  readonly kind: 'receiver' | 'returns-response' | 'returns-error' | 'throws';
  readonly framework: Framework;
  readonly status: number | ParamRef;
  readonly headers: HeaderTemplate;
  readonly body: BodyEvidence | ParamRef;
  /** For `receiver`: the index of the parameter the status is set on. */
  readonly receiver?: number;
  /**
   * For `receiver`: whether the function sends the response it is given (`res.status(code).json(…)`), so that
   * for its caller the call is the send too and a header set after it never reaches the client.
   */
  readonly sends?: boolean;
  /** For a returned Lambda result: whether it has a key only results have (`body`, `headers`, …). */
  readonly resultKeys?: boolean;
}

/** A function's responses that depend on its call; a response fully known in the function is its own site. */
export interface FunctionSummary {
  readonly entries: readonly SummaryEntry[];
}

export const EMPTY_SUMMARY: FunctionSummary = { entries: [] };

export const isParamRef = (value: unknown): value is ParamRef =>
  typeof value === 'object' && value !== null && typeof (value as { index?: unknown }).index === 'number';

/** Whether an entry depends on its call at all: otherwise it is reported where the function makes it. */
export const dependsOnCall = (entry: SummaryEntry): boolean =>
  isParamRef(entry.status) || isParamRef(entry.body) || entry.headers.fromCall.length > 0;

/**
 * What an error class makes of the errors it creates, for the error handlers of Express, Koa, Fastify (which
 * read `err.status ?? err.statusCode` and send `err.headers`) and Nest (which sends its exceptions):
 * - `isError`: it extends `Error`, directly or through classes we can read, or a library's error class;
 * - `status`: set by the class or its bases, from a constant or from a constructor argument;
 * - `statusNode`: where this class itself sets a constant status (a field, `this.status =`, `super(401)`,
 *   `extends UnauthorizedException`), the one place to fix; absent when it inherits the status;
 * - `opaque`: it sets headers (`headers` field, `this.headers =`, a getter) or hands `this` to code we cannot
 *   see (`Object.assign(this, options)`): the framework may send a challenge, so its uses stay silent.
 */
export interface ErrorClassSummary {
  readonly isError: boolean;
  readonly framework: Framework;
  readonly status: number | ParamRef | undefined;
  readonly statusNode?: TSESTree.Node;
  readonly opaque: boolean;
}
