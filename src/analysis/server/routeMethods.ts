import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { constantInitializer } from '../ast/constantInitializer.js';
import { findVariable } from '../ast/findVariable.js';
import { enclosingFunction, isFunction, type FunctionNode } from '../ast/functions.js';
import { calleeMethod, chainCalls, chainTop } from '../ast/methodChain.js';
import { memberName } from '../ast/memberName.js';
import { resolveString } from '../ast/resolveString.js';
import { someNode } from '../ast/someNode.js';
import { statementOf } from '../ast/statementOf.js';
import { unwrap } from '../ast/unwrap.js';
import { resolveStatusSyntactically } from '../status/resolveStatus.js';
import { HTTP_METHODS as METHODS, HTTP_METHOD_SET as METHOD_SET, ROUTER_METHODS, routeRegistrations, type RouteRegistration } from './routeRegistration.js';

/** A Next.js App Router route file (`app/api/items/route.ts`), whose exported `GET`/`POST`/… are the methods it serves. */
const ROUTE_FILE = /(?:^|[\\/])route\.[cm]?[jt]sx?$/;

/**
 * The request method of the route whose handler holds `node`, when the code says so: the function is passed
 * to `x.get/post/put/patch/delete(path, …, handler)`, or it is a route file's exported `POST`/`PUT`/….
 */
export function handlerMethod(node: TSESTree.Node, context: Context): string | undefined {
  for (let fn = enclosingFunction(node); fn; fn = enclosingFunction(fn)) {
    const parent = fn.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.Expression)) {
      const method = calleeMethod(parent);
      if (method && ROUTER_METHODS.has(method) && parent.arguments.length >= 2) return method.toUpperCase();
    }
    const exported = exportedName(fn);
    if (exported && METHOD_SET.has(exported) && ROUTE_FILE.test(context.filename)) return exported;
  }
  return undefined;
}

/**
 * The methods the resource answering at `node` serves, when the file says so (`Allow`'s value), else undefined:
 * - the branch a method test excludes: `if (req.method !== 'POST')`, `if (!['GET', 'POST'].includes(req.method))`,
 *   the `else` of `if (req.method === 'GET') … else if (req.method === 'POST') …`, a `switch (req.method)`'s
 *   `default`, the code after `if (req.method === 'GET') return …` statements of the handler's body;
 * - a handler given to `.all(…)` after `.get(…)`/`.post(…)` in a chain (`app.route('/items').get(list).all(h)`);
 * - the other routes of the same router and path in the same block (`app.get('/items', list);
 *   app.all('/items', h)`);
 * - a Next.js route file's exported method handlers, other than the one `node` stands in.
 */
export function servedMethods(node: TSESTree.Node, context: Context): string[] | undefined {
  const served =
    methodsOfBranch(node, context) ??
    methodsOfEarlierReturns(node, context) ??
    methodsOfChain(node) ??
    methodsOfSiblingRoutes(node, context) ??
    methodsOfRouteFile(node, context);
  return served && withLoader(served, node, context);
}

/**
 * A Remix or React Router route module answers GET with its exported `loader` and the other methods with its
 * `action`: a 405 in the `action` (`if (request.method !== 'POST')`) leaves GET served when the file exports a
 * `loader` (seen on trigger.dev, whose admin routes export both); a 405 in the `loader` leaves the action's
 * methods served, which this does not read: no suggestion then.
 */
function withLoader(served: string[], node: TSESTree.Node, context: Context): string[] | undefined {
  const holder = outermostFunction(node);
  if (!holder) return served;
  // `export const action = dashboardAction(async ({ request }) => …)`, or `const loader = builder(…)` exported
  // by `export { action, loader }`: a builder around the function.
  const wrapper = holder.parent?.type === AST_NODE_TYPES.CallExpression ? holder.parent.parent : undefined;
  const program = context.sourceCode.ast;
  const declared = wrapper?.type === AST_NODE_TYPES.VariableDeclarator && wrapper.id.type === AST_NODE_TYPES.Identifier ? wrapper.id.name : undefined;
  const name = exportedName(holder) ?? (declared !== undefined && exportsFunction(program, declared) ? declared : undefined);
  if (name === 'loader') return exportsFunction(program, 'action') ? undefined : served;
  if (name !== 'action' || served.includes('GET')) return served;
  return exportsFunction(program, 'loader') ? ordered([...served, 'GET']) : served;
}

/** `export function name`, `export const name = …`, `export { name }`. */
function exportsFunction(program: TSESTree.Program, name: string): boolean {
  return program.body.some((statement) => {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration) return false;
    const declaration = statement.declaration;
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration) return declaration.id?.name === name;
    if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      return declaration.declarations.some((declarator) => declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === name);
    }
    return statement.specifiers.some((specifier) => specifier.exported.type === AST_NODE_TYPES.Identifier && specifier.exported.name === name);
  });
}

const ordered = (methods: Iterable<string>): string[] => {
  const set = new Set(methods);
  return METHODS.filter((method) => set.has(method));
};

/**
 * `req.method`, `request.method`, `ctx.method`, `event.httpMethod`, `req.method.toUpperCase()` (or
 * `.toLowerCase()`, compared with `'post'`), or a `const`
 * holding one (`const method = req.method; switch (method) …`).
 */
function isMethodRead(node: TSESTree.Node, context: Context, depth = 0): boolean {
  let expr = unwrap(node);
  if (expr.type === AST_NODE_TYPES.Identifier && depth === 0) {
    const variable = findVariable(expr, context);
    const init = variable && constantInitializer(variable);
    return init !== undefined && isMethodRead(init, context, depth + 1);
  }
  const method = expr.type === AST_NODE_TYPES.CallExpression ? calleeMethod(expr) : undefined;
  if (expr.type === AST_NODE_TYPES.CallExpression && (method === 'toUpperCase' || method === 'toLowerCase') && expr.arguments.length === 0) {
    expr = unwrap((expr.callee as TSESTree.MemberExpression).object);
  }
  if (expr.type === AST_NODE_TYPES.ChainExpression) expr = expr.expression;
  return expr.type === AST_NODE_TYPES.MemberExpression && ['method', 'httpMethod'].includes(memberName(expr) ?? '');
}

/** `'POST'`, or Hapi's lower-case `'post'` (its `request.method` is lower case). */
const methodLiteral = (node: TSESTree.Node, context: Context): string | undefined => {
  const value = resolveString(node, context)?.toUpperCase();
  return value !== undefined && METHOD_SET.has(value) ? value : undefined;
};

/**
 * The methods a test lets through when it is true (`positive`) or false: `m === 'GET'` lets GET through when
 * true; `m !== 'POST'` lets POST through when false; `||` and `&&` chains of those; `[…].includes(m)`, `!…`.
 * Undefined when the test is anything else.
 */
function testMethods(test: TSESTree.Node, whenTrue: boolean, context: Context): string[] | undefined {
  const expr = unwrap(test);
  if (expr.type === AST_NODE_TYPES.UnaryExpression && expr.operator === '!') return testMethods(expr.argument, !whenTrue, context);
  if (expr.type === AST_NODE_TYPES.BinaryExpression && ['===', '==', '!==', '!='].includes(expr.operator)) {
    const [read, literal] = isMethodRead(expr.left, context) ? [expr.left, expr.right] : [expr.right, expr.left];
    if (!isMethodRead(read, context)) return undefined;
    const method = methodLiteral(literal, context);
    if (!method) return undefined;
    const equality = expr.operator === '===' || expr.operator === '==';
    // `m === 'GET'` true, or `m !== 'GET'` false: the method is GET.
    return equality === whenTrue ? [method] : undefined;
  }
  if (expr.type === AST_NODE_TYPES.LogicalExpression) {
    // `a || b` true: either lets its methods through; `a && b` false (`m !== 'GET' && m !== 'HEAD'`): either fails.
    if ((expr.operator === '||' && whenTrue) || (expr.operator === '&&' && !whenTrue)) {
      const left = testMethods(expr.left, whenTrue, context);
      const right = left && testMethods(expr.right, whenTrue, context);
      return right && [...left, ...right];
    }
    return undefined;
  }
  if (whenTrue && expr.type === AST_NODE_TYPES.CallExpression && calleeMethod(expr) === 'includes' && expr.arguments.length === 1) {
    const list = unwrap((expr.callee as TSESTree.MemberExpression).object);
    if (list.type !== AST_NODE_TYPES.ArrayExpression || !isMethodRead(expr.arguments[0]!, context)) return undefined;
    const methods = list.elements.map((element) => (element && element.type !== AST_NODE_TYPES.SpreadElement ? methodLiteral(element, context) : undefined));
    return methods.every((method) => method !== undefined) ? (methods) : undefined;
  }
  return undefined;
}

/** The methods of the `if`/`switch` branches that `node` is excluded from, within its own function. */
function methodsOfBranch(node: TSESTree.Node, context: Context): string[] | undefined {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current && !isFunction(current); child = current, current = current.parent) {
    if (current.type === AST_NODE_TYPES.IfStatement && current.test !== child) {
      // In the consequent: the test is true here, so the methods that make it false are served elsewhere.
      const served = testMethods(current.test, current.alternate === child, context);
      // `if (req.headers.accept === 'text/html')` inside the method test's branch: the methods are the outer test's.
      if (!served && !someNode(current.test, context, (node) => isMethodRead(node, context))) continue;
      if (!served) return undefined;
      const methods = [...served];
      // `if (m === 'GET') … else if (m === 'POST') … else 405`: each earlier test of the chain serves its methods.
      let link: TSESTree.Node = current;
      while (link.parent?.type === AST_NODE_TYPES.IfStatement && link.parent.alternate === link) {
        const earlier = testMethods(link.parent.test, true, context);
        if (!earlier) return undefined;
        methods.push(...earlier);
        link = link.parent;
      }
      return ordered(methods);
    }
    if (current.type === AST_NODE_TYPES.SwitchCase && current.test === null && current.parent.type === AST_NODE_TYPES.SwitchStatement) {
      const switchNode = current.parent;
      if (!isMethodRead(switchNode.discriminant, context)) return undefined;
      const methods = switchNode.cases.map((other) => (other.test ? methodLiteral(other.test, context) : null));
      if (methods.some((method) => method === undefined)) return undefined;
      return ordered(methods.filter((method): method is string => typeof method === 'string'));
    }
  }
  return undefined;
}

/** Whether a branch always leaves: `return …`, `throw …`, a block that ends with one, a `try` whose block and `catch` both do. */
function exits(statement: TSESTree.Statement | undefined): boolean {
  const last = statement?.type === AST_NODE_TYPES.BlockStatement ? statement.body.at(-1) : statement;
  if (last?.type === AST_NODE_TYPES.TryStatement) return exits(last.block) && (!last.handler || exits(last.handler.body));
  return last?.type === AST_NODE_TYPES.ReturnStatement || last?.type === AST_NODE_TYPES.ThrowStatement;
}

/**
 * `if (req.method === 'GET') return list(res); if (req.method === 'POST') return create(res); res.status(405)…`:
 * the methods of the earlier `if`s that return, in the block that holds `node`'s statement and in every block
 * around it up to the handler's body (Workers' `if (url.pathname === '/api/chat') { if (request.method ===
 * 'POST') return …; return new Response(…, { status: 405 }); }`).
 */
function methodsOfEarlierReturns(node: TSESTree.Node, context: Context): string[] | undefined {
  const methods: string[] = [];
  let statement: TSESTree.Node = node;
  for (let parent = node.parent; parent && !isFunction(parent); statement = parent, parent = parent.parent) {
    if (parent.type !== AST_NODE_TYPES.BlockStatement) continue;
    for (const earlier of parent.body.slice(0, parent.body.indexOf(statement as TSESTree.Statement))) {
      if (earlier.type !== AST_NODE_TYPES.IfStatement) continue;
      const served = testMethods(earlier.test, true, context);
      if (served && !earlier.alternate && exits(earlier.consequent)) methods.push(...served);
      // A method test the rule cannot read (`ALLOWED.has(req.method)`) may serve anything.
      else if (someNode(earlier.test, context, (part) => isMethodRead(part, context))) return undefined;
    }
  }
  return methods.length > 0 ? ordered(methods) : undefined;
}

/** `router.route('/items').get(list).post(create).all(methodNotAllowed)`: the methods before `.all`. */
function methodsOfChain(node: TSESTree.Node): string[] | undefined {
  const fn = enclosingFunction(node);
  const call = fn?.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || calleeMethod(call) !== 'all' || !call.arguments.includes(fn as TSESTree.Expression)) return undefined;
  const methods: string[] = [];
  let current = unwrap((call.callee as TSESTree.MemberExpression).object);
  while (current.type === AST_NODE_TYPES.CallExpression) {
    const method = calleeMethod(current);
    if (method === 'route') break;
    if (!method || !ROUTER_METHODS.has(method)) return undefined;
    methods.push(method.toUpperCase());
    current = unwrap((current.callee as TSESTree.MemberExpression).object);
  }
  // Only a `.route(path)` chain names one resource; `app.get(…).all(…)` does not chain in Express.
  return current.type === AST_NODE_TYPES.CallExpression && methods.length > 0 ? ordered(methods) : undefined;
}

/**
 * The methods of the other routes at the path of the route whose inline handler holds `node`, registered on the
 * same router in the same block or chain:
 * - `app.get('/items', list); app.post('/items', create); app.all('/items', (req, res) => res.sendStatus(405));`:
 *   a catch-all takes only what the routes before it left, in routers that try routes in order (Express,
 *   koa-router, Hono); an earlier catch-all of the same path makes the methods unknown;
 * - a route for some methods (`app.put('/items', …)`, Hono's `app.on(['PUT', 'DELETE'], '/items', …)`, Fastify's
 *   `route({ method, url, handler })`, Hapi's `method: '*'`): every other route of the path, before or after.
 * Routes whose handler only answers 405 serve nothing.
 */
function methodsOfSiblingRoutes(node: TSESTree.Node, context: Context): string[] | undefined {
  const found = ownRoute(node, context);
  if (!found) return undefined;
  const { route: own, call } = found;
  const block = statementOf(chainTop(call))?.parent;
  if (!block || !('body' in block) || !Array.isArray(block.body)) return undefined;
  const start = own.handlers[0]!.range[0];
  const catchAll = own.methods === 'all';
  const methods: string[] = [];
  for (const sibling of block.body as TSESTree.Node[]) {
    const expression = sibling.type === AST_NODE_TYPES.ExpressionStatement ? unwrapAwait(sibling.expression) : undefined;
    if (expression?.type !== AST_NODE_TYPES.CallExpression) continue;
    for (const chained of chainCalls(expression)) {
      for (const route of routeRegistrations(chained, context)) {
        if (route.handlers[0] === own.handlers[0] || route.path !== own.path || route.router !== own.router) continue;
        const before = route.handlers[0]!.range[0] < start;
        // Express tries routes in order: a catch-all after the route is reached only by what it left.
        if (catchAll && own.ordered && !before) continue;
        // Another catch-all of the path may serve anything: methods unknown, unless it comes after this one.
        if (route.methods === 'all') {
          if (!catchAll || (own.ordered && before)) return undefined;
          continue;
        }
        if (!servesSomething(route, context)) continue;
        methods.push(...route.methods);
      }
    }
  }
  const served = catchAll ? methods : methods.filter((method) => !own.methods.includes(method));
  return served.length > 0 ? ordered(served) : undefined;
}

/** The registration whose inline handler holds `node`, and its call: `app.all('/x', (req, res) => …)`, `route({ handler() {} })`. */
function ownRoute(node: TSESTree.Node, context: Context): { route: RouteRegistration; call: TSESTree.CallExpression } | undefined {
  for (let fn = enclosingFunction(node); fn; fn = enclosingFunction(fn)) {
    let holder: TSESTree.Node | undefined = fn.parent;
    // Fastify's and Hapi's route objects: `{ method, url, handler: (request, reply) => … }`, maybe in an array.
    if (holder?.type === AST_NODE_TYPES.Property && holder.value === fn) holder = holder.parent?.parent;
    if (holder?.type === AST_NODE_TYPES.ArrayExpression) holder = holder.parent;
    if (holder?.type !== AST_NODE_TYPES.CallExpression) continue;
    const route = routeRegistrations(holder, context).find((candidate) => candidate.handlers.includes(fn));
    if (route) return { route, call: holder };
  }
  return undefined;
}

const unwrapAwait = (node: TSESTree.Node): TSESTree.Node => (node.type === AST_NODE_TYPES.AwaitExpression ? node.argument : node);

/** Whether a route's last handler may serve its methods: not when it is a function that only answers 405. */
function servesSomething(route: RouteRegistration, context: Context): boolean {
  const handler = unwrap(route.handlers.at(-1)!);
  if (isFunction(handler)) return !answersOnly405(handler, context);
  if (handler.type !== AST_NODE_TYPES.Identifier) return true;
  const definition = findVariable(handler, context)?.defs[0]?.node;
  if (definition?.type === AST_NODE_TYPES.FunctionDeclaration) return !answersOnly405(definition, context);
  const init = definition?.type === AST_NODE_TYPES.VariableDeclarator && definition.init ? unwrap(definition.init) : undefined;
  return !(init && isFunction(init) && answersOnly405(init, context));
}

/** A route file's exported `GET`/`POST`/…, other than the one that holds `node`. */
function methodsOfRouteFile(node: TSESTree.Node, context: Context): string[] | undefined {
  if (!ROUTE_FILE.test(context.filename)) return undefined;
  const program = context.sourceCode.ast;
  const holder = outermostFunction(node);
  const own = holder && exportedName(holder);
  const methods: string[] = [];
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration) continue;
    const declaration = statement.declaration;
    // A handler that only answers 405 (`export function PUT() { return new Response(null, { status: 405 }) }`)
    // serves nothing: seen on openstatus, where each of three such stubs listed the other two.
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) {
      if (!answersOnly405(declaration, context)) methods.push(declaration.id.name);
    } else if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type !== AST_NODE_TYPES.Identifier) continue;
        const init = declarator.init && unwrap(declarator.init);
        if (!(init && isFunction(init) && answersOnly405(init, context))) methods.push(declarator.id.name);
      }
    } else {
      for (const specifier of statement.specifiers) {
        const exported = specifier.exported;
        methods.push(exported.type === AST_NODE_TYPES.Identifier ? exported.name : String(exported.value));
      }
    }
  }
  const served = methods.filter((name) => METHOD_SET.has(name) && name !== own);
  return served.length > 0 ? ordered(served) : undefined;
}

/**
 * A function whose whole body returns one expression that names the status 405 (`{ status: 405 }`,
 * `StatusCodes.METHOD_NOT_ALLOWED`).
 */
function answersOnly405(fn: FunctionNode, context: Context): boolean {
  const body = fn.body;
  if (!body) return false;
  const only = body.type === AST_NODE_TYPES.BlockStatement && body.body.length === 1 ? body.body[0] : undefined;
  const returned = body.type !== AST_NODE_TYPES.BlockStatement ? body : only?.type === AST_NODE_TYPES.ReturnStatement ? only.argument : undefined;
  const namesStatus = (node: TSESTree.Node) =>
    (node.type === AST_NODE_TYPES.Literal || node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.MemberExpression) &&
    resolveStatusSyntactically(node, context) === 405;
  return !!returned && someNode(returned, context, namesStatus);
}

function outermostFunction(node: TSESTree.Node): FunctionNode | undefined {
  let found: FunctionNode | undefined;
  for (let fn = enclosingFunction(node); fn; fn = enclosingFunction(fn)) found = fn;
  return found;
}

/** `export function POST() {}` / `export const POST = () => …`: the exported name of a top-level function. */
function exportedName(fn: FunctionNode): string | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration ? fn.id?.name : undefined;
  const declarator = fn.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  return declarator.parent?.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration ? declarator.id.name : undefined;
}
