import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** Which adapter recognised a response; used in messages and to pick the suggestion's edit. */
export type Framework =
  | 'express'
  | 'node-http'
  | 'http2'
  | 'koa'
  | 'fastify'
  | 'hapi'
  | 'boom'
  | 'web-response'
  | 'hono'
  | 'nestjs'
  | 'http-errors'
  | 'lambda'
  | 'azure-functions'
  | 'feathers'
  | 'error-class';

/**
 * What is known of a response's headers: the names known to be set (lower-cased), and whether that list is
 * complete. It is incomplete when any header source cannot be read (a variable object, a spread, a call,
 * the response handed to another function): rules then stay silent about missing headers.
 */
export interface HeaderEvidence {
  readonly names: ReadonlySet<string>;
  readonly complete: boolean;
}

/**
 * What is known of a response's body. `object` lists the keys of a literal object body (nested keys too);
 * `text` is a body of literal text (`'queued'`, a template without expressions, a `const` string), with
 * whether it holds something link-like (`https://…`, `/jobs/1`; see `textHasLink`) and whether it is `''`.
 *
 * `present` says that a value is sent as the body on the status's own path (`res.status(204).json(data)`,
 * `new Response(text, init)`, `{ statusCode, body }`): an argument that is not `null`/`undefined`. Without
 * it the body was read from elsewhere on the response (another statement's send, which may be on another
 * path), or it may be absent: `unknown` alone is "we do not know whether there is one".
 */
export type BodyEvidence =
  | { readonly kind: 'none'; readonly present?: never }
  | { readonly kind: 'object'; readonly keys: ReadonlySet<string>; readonly complete: boolean; readonly present?: true }
  | { readonly kind: 'text'; readonly hasLink: boolean; readonly empty?: true; readonly present?: true }
  | { readonly kind: 'unknown'; readonly present?: true };

/** Builds the edit that adds header `name: value` to this response. */
export type AddHeaderFix = (fixer: TSESLint.RuleFixer, name: string, value: string) => TSESLint.RuleFix | TSESLint.RuleFix[];

/** One place where server code decides a response's status (docs/architecture.md, "One recogniser per side"). */
export interface ResponseSite {
  readonly framework: Framework;
  /** The resolved status code. Sites whose status does not resolve are never reported to rules. */
  readonly status: number;
  /** Where to report: the status argument, or the expression that creates the response or error. */
  readonly node: TSESTree.Node;
  readonly headers: HeaderEvidence;
  readonly body: BodyEvidence;
  /** The adapter's sound edit that adds a header, or null when none exists. */
  readonly addHeader: AddHeaderFix | null;
  /**
   * The one header `addHeader` can add, lower-cased, when it cannot add any other: Boom writes only the
   * `WWW-Authenticate` challenge, through its scheme argument.
   */
  readonly addsOnly?: string;
}

export const UNKNOWN_HEADERS: HeaderEvidence = { names: new Set(), complete: false };
export const NO_HEADERS: HeaderEvidence = { names: new Set(), complete: true };
export const UNKNOWN_BODY: BodyEvidence = { kind: 'unknown' };
export const NO_BODY: BodyEvidence = { kind: 'none' };
/** A body that is sent but cannot be read: `res.status(204).json(data)`. */
export const PRESENT_BODY: BodyEvidence = { kind: 'unknown', present: true };
