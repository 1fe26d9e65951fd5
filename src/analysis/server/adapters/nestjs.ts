import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { caughtNearby } from '../caughtNearby.js';
import type { Context } from '../../ast/Context.js';
import { importedBinding, moduleImports } from '../../ast/moduleImports.js';
import { resolveString } from '../../ast/resolveString.js';
import { resolveStatus } from '../../status/resolveStatus.js';
import { readBody } from '../bodyEvidence.js';
import type { Adapter } from '../AdapterApi.js';
import { indentOf, quote } from '../edits.js';
import { headerNamed, mergeHeaderEvidence } from '../headerEvidence.js';
import { NO_BODY, NO_HEADERS, UNKNOWN_BODY, UNKNOWN_HEADERS, type AddHeaderFix, type BodyEvidence, type HeaderEvidence } from '../ResponseSite.js';

const NEST = '@nestjs/common';

/**
 * NestJS (names trusted only when imported from `@nestjs/common` or a module under it):
 * - `@HttpCode(n)` on a handler; `@Header(name, value)` on the same method are its headers (`@Redirect()` sets
 *   `Location`). Nest sets both
 *   before it calls the handler, also when the handler injects the platform response with `@Res()` /
 *   `@Response()` (passthrough or not): headers set on that parameter (`res.header(…)`, `res.set(…)`,
 *   recorded by the express adapter) join through the parameter. The body is what the handler returns,
 *   when every `return` gives a literal.
 * - `new UnauthorizedException(…)`, `new MethodNotAllowedException(…)` and `new HttpException(body, status)`: Nest's exception filter sends
 *   JSON and no challenge. No edit is sound there (an exception filter or a `@Res()` call is the fix), so
 *   the report has no suggestion.
 * Edit for `@HttpCode(401)`: a `@Header('WWW-Authenticate', …)` line above it, and `Header` added to the
 * `@nestjs/common` import when it is not imported yet.
 */
export const nestjsAdapter: Adapter = (api) => {
  const decorated = (method: TSESTree.MethodDefinition) => {
    // Only TypeScript's parser sets `decorators`; espree (plain JavaScript) leaves it out.
    const decorators = method.decorators as TSESTree.Decorator[] | undefined;
    if (!decorators?.length) return;
    let httpCode: { decorator: TSESTree.Decorator; call: TSESTree.CallExpression } | undefined;
    const headers: HeaderEvidence[] = [];
    for (const decorator of decorators) {
      const call = decorator.expression;
      if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.Identifier) continue;
      const name = nestName(call.callee, api.context);
      if (name === 'HttpCode') httpCode = { decorator, call };
      else if (name === 'Header') {
        const header = resolveString(call.arguments[0], api.context);
        headers.push(header === undefined ? UNKNOWN_HEADERS : headerNamed(header));
      } else if (name === 'Redirect') {
        // `@Redirect(url?, code?)` sets Location (from its URL or the handler's returned `{ url }`).
        headers.push(headerNamed('location'));
      }
    }
    if (!httpCode) return;
    const statusNode = httpCode.call.arguments[0];
    const status = resolveStatus(statusNode, api.context);
    if (!api.wants(status) || !statusNode) return;
    const site = {
      framework: 'nestjs' as const,
      status,
      node: statusNode,
      headers: mergeHeaderEvidence(NO_HEADERS, ...headers),
      body: returnedBody(method.value, api.context),
      addHeader: headerDecoratorEdit(httpCode.decorator, api.context),
    };
    const response = responseParameter(method.value, api.context);
    // Nest sets the status before the handler runs: headers set anywhere on `@Res()` count.
    if (response) api.receiverStatus(response, { ...site, order: 'union' });
    else api.site(site);
  };
  const exception = (node: TSESTree.NewExpression) => {
    const callee = node.callee;
    if (callee.type !== AST_NODE_TYPES.Identifier || (callee.name !== 'UnauthorizedException' && callee.name !== 'MethodNotAllowedException' && callee.name !== 'HttpException')) {
      // Aliased imports are rare; the cheap name test comes first.
      return;
    }
    const name = nestName(callee, api.context);
    if (node.parent.type === AST_NODE_TYPES.ThrowStatement && caughtNearby(node)) return;
    if (name === 'UnauthorizedException') {
      if (!api.wants(401)) return;
      api.site({ framework: 'nestjs', status: 401, node: callee, headers: NO_HEADERS, body: UNKNOWN_BODY, addHeader: null });
    } else if (name === 'MethodNotAllowedException') {
      // Nest's filter sends the exception's body only: no `Allow`, and no argument to give one.
      if (!api.wants(405)) return;
      api.site({ framework: 'nestjs', status: 405, node: callee, headers: NO_HEADERS, body: UNKNOWN_BODY, addHeader: null });
    } else if (name === 'HttpException') {
      const [body, statusNode] = node.arguments;
      const status = resolveStatus(statusNode, api.context);
      if (!api.wants(status) || !statusNode) return;
      api.site({
        framework: 'nestjs',
        status,
        node: statusNode,
        headers: NO_HEADERS,
        body: body && body.type !== AST_NODE_TYPES.SpreadElement ? readBody(body, api.context) : UNKNOWN_BODY,
        addHeader: null,
      });
    }
  };
  return { listeners: { MethodDefinition: decorated }, news: { UnauthorizedException: exception, MethodNotAllowedException: exception, HttpException: exception } };
};

/** The name `identifier` has in `@nestjs/common`, when it is imported from there. */
function nestName(identifier: TSESTree.Identifier, context: Context): string | undefined {
  const binding = importedBinding(identifier, context);
  return binding && isNestModule(binding.source) ? binding.imported : undefined;
}

/** `@nestjs/common`, or a deep import such as `@nestjs/common/exceptions/http.exception`. */
const isNestModule = (source: string): boolean => source === NEST || source.startsWith(`${NEST}/`);

/** The handler's `@Res()` / `@Response()` parameter, on which the platform's header setters may run. */
function responseParameter(fn: TSESTree.FunctionExpression | TSESTree.TSEmptyBodyFunctionExpression, context: Context): TSESTree.Identifier | undefined {
  for (const param of fn.params) {
    if (param.type !== AST_NODE_TYPES.Identifier) continue;
    for (const decorator of (param.decorators as TSESTree.Decorator[] | undefined) ?? []) {
      const call = decorator.expression;
      if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.Identifier) continue;
      const name = nestName(call.callee, context);
      if (name === 'Res' || name === 'Response') return param;
    }
  }
  return undefined;
}

/**
 * The body a handler returns: the literal objects of its `return`s (outside nested functions), or their
 * literal texts, none when it returns nothing, unknown when any `return` gives something else or some
 * return an object and others text.
 */
function returnedBody(fn: TSESTree.FunctionExpression | TSESTree.TSEmptyBodyFunctionExpression, context: Context): BodyEvidence {
  if (!fn.body) return UNKNOWN_BODY;
  const returns: TSESTree.ReturnStatement[] = [];
  collectReturns(fn.body, returns);
  const keys = new Set<string>();
  let complete = true;
  let sawObject = false;
  let text: { hasLink: boolean; empty: boolean } | undefined;
  for (const statement of returns) {
    const body = readBody(statement.argument, context);
    if (body.kind === 'unknown') return UNKNOWN_BODY;
    if (body.kind === 'object') {
      sawObject = true;
      complete &&= body.complete;
      for (const key of body.keys) keys.add(key);
    } else if (body.kind === 'text') {
      text = { hasLink: (text?.hasLink ?? false) || body.hasLink, empty: (text?.empty ?? true) && body.empty === true };
    }
  }
  if (sawObject && text) return UNKNOWN_BODY;
  // Some `return` hands Nest a literal value, which it sends on that path.
  if (text) return text.empty ? { kind: 'text', hasLink: false, empty: true, present: true } : { kind: 'text', hasLink: text.hasLink, present: true };
  return sawObject ? { kind: 'object', keys, complete, present: true } : NO_BODY;
}

/** The `return` statements of a function body, not of the functions nested in it. */
function collectReturns(node: TSESTree.Node, returns: TSESTree.ReturnStatement[]): void {
  switch (node.type) {
    case AST_NODE_TYPES.ReturnStatement:
      returns.push(node);
      return;
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.StaticBlock:
      for (const statement of node.body) collectReturns(statement, returns);
      return;
    case AST_NODE_TYPES.IfStatement:
      collectReturns(node.consequent, returns);
      if (node.alternate) collectReturns(node.alternate, returns);
      return;
    case AST_NODE_TYPES.TryStatement:
      collectReturns(node.block, returns);
      if (node.handler) collectReturns(node.handler.body, returns);
      if (node.finalizer) collectReturns(node.finalizer, returns);
      return;
    case AST_NODE_TYPES.SwitchStatement:
      for (const switchCase of node.cases) for (const statement of switchCase.consequent) collectReturns(statement, returns);
      return;
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.LabeledStatement:
      collectReturns(node.body, returns);
      return;
    default:
      return;
  }
}

/**
 * `@Header('WWW-Authenticate', 'Bearer')` before `@HttpCode(401)`: on a line of its own with the same
 * indentation when the decorator starts its line, else on the same line. When `Header` is not imported yet,
 * it joins the named imports of `@nestjs/common`; when that cannot be done soundly (only a namespace or a
 * type-only import, or `Header` already names something else), there is no edit.
 */
function headerDecoratorEdit(decorator: TSESTree.Decorator, context: Context): AddHeaderFix | null {
  const { sourceCode } = context;
  const imports = moduleImports(sourceCode);
  let local: string | undefined;
  for (const [name, binding] of imports.bindings) {
    if (isNestModule(binding.source) && binding.imported === 'Header') local = name;
  }
  let addImport: ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined;
  if (local === undefined) {
    if (imports.bindings.has('Header') || isDeclaredInModule('Header', sourceCode)) return null;
    const declaration = sourceCode.ast.body.find(
      (statement): statement is TSESTree.ImportDeclaration =>
        statement.type === AST_NODE_TYPES.ImportDeclaration &&
        statement.source.value === NEST &&
        statement.importKind !== 'type' &&
        statement.specifiers.some((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier),
    );
    const last = declaration?.specifiers.at(-1);
    if (!last || last.type !== AST_NODE_TYPES.ImportSpecifier) return null;
    addImport = (fixer) => fixer.insertTextAfter(last, ', Header');
    local = 'Header';
  }
  const line = sourceCode.lines[decorator.loc.start.line - 1] ?? '';
  const ownLine = line.slice(0, decorator.loc.start.column).trim() === '';
  const name = local;
  return (fixer, header, value) => {
    const text = `@${name}(${quote(header)}, ${quote(value)})`;
    const insert = fixer.insertTextBefore(decorator, ownLine ? `${text}\n${indentOf(decorator, sourceCode)}` : `${text} `);
    return addImport ? [addImport(fixer), insert] : insert;
  };
}

/** Whether a top-level declaration of the module already uses `name`. */
function isDeclaredInModule(name: string, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const scope = sourceCode.scopeManager?.globalScope;
  if (!scope) return true;
  if (scope.set.has(name)) return true;
  return scope.childScopes.some((child) => child.type === TSESLint.Scope.ScopeType.module && child.set.has(name));
}
