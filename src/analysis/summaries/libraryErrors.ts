import type { Framework } from '../server/ResponseSite.js';
import type { ParamRef } from './Summary.js';

/**
 * A package's error class or factory, modelled by name because `node_modules` is never read:
 * `status` is a constant or the argument that carries it; `props` the first argument after which
 * http-errors-style factories take a message or a props object with `headers`.
 */
export interface LibraryError {
  readonly kind: 'class' | 'factory';
  readonly framework: Framework;
  readonly status: number | ParamRef;
  readonly props?: number;
}

const NEST: Record<string, LibraryError> = {
  UnauthorizedException: { kind: 'class', framework: 'nestjs', status: 401 },
  // new HttpException(body, status)
  HttpException: { kind: 'class', framework: 'nestjs', status: { index: 1 } },
};

/** Feathers' REST transports answer with `error.code` and never add a header of the error's. */
const FEATHERS: Record<string, LibraryError> = {
  NotAuthenticated: { kind: 'class', framework: 'feathers', status: 401 },
};

/** Every modelled class with a constant status, by name: what a file must spell to raise one. */
export const libraryErrorClasses = (): Array<{ name: string; status: number }> =>
  Object.entries({ ...NEST, ...FEATHERS }).flatMap(([name, { status }]) => (typeof status === 'number' ? [{ name, status }] : []));

/** http-errors' factory, and look-alikes with its signature `(status, message?, props?)`. */
const HTTP_ERRORS_FACTORY: LibraryError = { kind: 'factory', framework: 'http-errors', status: { index: 0 }, props: 1 };

/**
 * The model of `imported` (`default`/`*` for the module itself) from package `source`, or undefined. Nest's
 * are also known under deep imports (`@nestjs/common/exceptions`); http-errors' own uses are the
 * http-errors adapter's, listed here so that helpers built on them are summarised.
 */
export function libraryError(source: string, imported: string): LibraryError | undefined {
  if (source === '@nestjs/common' || source.startsWith('@nestjs/common/')) return Object.hasOwn(NEST, imported) ? NEST[imported] : undefined;
  if (source === '@feathersjs/errors' || source === 'feathers-errors') return Object.hasOwn(FEATHERS, imported) ? FEATHERS[imported] : undefined;
  if (source === '@middy/util' && imported === 'createError') return HTTP_ERRORS_FACTORY;
  if (source === 'http-errors' && (imported === 'default' || imported === '*')) return HTTP_ERRORS_FACTORY;
  return undefined;
}
