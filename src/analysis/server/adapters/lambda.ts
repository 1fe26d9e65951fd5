import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { enclosingFunction, type FunctionNode } from '../../ast/functions.js';
import type { Context } from '../../ast/Context.js';
import { findVariable } from '../../ast/findVariable.js';
import { moduleImports } from '../../ast/moduleImports.js';
import { propertyKeyName } from '../../ast/propertyKeyName.js';
import { unwrap } from '../../ast/unwrap.js';
import { resolveStatusCandidates } from '../../status/statusCandidates.js';
import { readBody } from '../bodyEvidence.js';
import type { Adapter, AdapterApi } from '../AdapterApi.js';
import { addProperty } from '../edits.js';
import { mergeHeaderEvidence, readHeaders } from '../headerEvidence.js';
import { headersObject, headerValueEdit } from '../headerValueEdit.js';
import { isTestDouble } from '../isTestDouble.js';
import { NO_BODY, NO_HEADERS, type AddHeaderFix, type Framework } from '../ResponseSite.js';


/** The keys of an API Gateway (REST and HTTP API) / ALB / Lambda function URL proxy result. */
export const LAMBDA_KEYS = new Set(['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded', 'cookies', 'statusDescription']);
/** Keys besides `statusCode` that only a result has. */
export const LAMBDA_RESULT_KEYS = ['headers', 'multiValueHeaders', 'body', 'isBase64Encoded', 'cookies'];
/** The keys of Azure Functions' `HttpResponseInit` (v4) and of v3's `context.res`. */
const AZURE_KEYS = new Set(['status', 'headers', 'body', 'jsonBody', 'cookies', 'enableContentNegotiation']);
/** Types of the `aws-lambda` package that mark a handler. */
const LAMBDA_TYPE = /\b(?:APIGateway|ALB|LambdaFunctionURL)\w*/;

/**
 * AWS Lambda (API Gateway, ALB, function URLs; also Netlify and Vercel functions, which share the shape) and
 * Azure Functions results: an object literal that is the result of a function — `return {…}`, an arrow's
 * `=> ({…})`, Lambda's `callback(null, {…})`, Azure v3's `context.res = {…}` — read as a response only when
 * all of these hold:
 * - Lambda: it has `statusCode` and no key outside the proxy result's (`headers`, `multiValueHeaders`,
 *   `body`, `isBase64Encoded`, `cookies`, `statusDescription`), its `body` is not an object or array literal
 *   (a proxy result's body is a string; `{ statusCode, body: {…} }` is a mocked client response), and
 *   either another result key is present or the function looks like a handler: named or exported as
 *   `handler` (and not `(req, …)`), parameters `(event, context…)`, typed with an `aws-lambda` type, or the
 *   file imports from `aws-lambda` or `@middy/…`.
 * - Azure: it has `status`, no key outside `HttpResponseInit`'s, and either the file imports from
 *   `@azure/functions`, or it has `jsonBody`, or it is assigned to `x.res` where `x` is a function's first
 *   parameter named `context` or `ctx` (any name when the file imports `@azure/functions`).
 *   Without these `{ status, body }` is too common a shape (service results, old SvelteKit endpoints).
 * So `return { statusCode: 401, message: 'x' }` (an error descriptor) and a `{ statusCode: 401 }` returned
 * by a helper are no responses, and neither is a test's stand-in for a remote server
 * (`mockResolvedValue({ statusCode: 401, body: '' })`). Any spread or computed key: not read.
 */
export const lambdaAdapter: Adapter = (api) => ({
  listeners: {
    ReturnStatement(statement) {
      const object = statement.argument && objectOf(statement.argument);
      if (!object || !hasStatusKey(object)) return;
      // A top-level return (a snippet, CommonJS) has no function to look at: the object must speak for itself.
      result(object, enclosingFunction(statement), 'return', api);
    },
    ArrowFunctionExpression(fn) {
      const object = fn.expression ? objectOf(fn.body) : undefined;
      if (object && hasStatusKey(object)) result(object, fn, 'return', api);
    },
  },
  // The callback is the handler's parameter, under any name.
  anyCall(call) {
    // callback(null, { statusCode: 401, … }), the callback being a parameter of the handler
    if (call.callee.type !== AST_NODE_TYPES.Identifier || call.arguments.length !== 2) return;
    const [error, value] = call.arguments;
    if (error?.type !== AST_NODE_TYPES.Literal || error.value !== null || !value) return;
    const object = objectOf(value);
    if (!object || !hasStatusKey(object)) return;
    const def = findVariable(call.callee, api.context)?.defs[0];
    if (def?.type !== TSESLint.Scope.DefinitionType.Parameter) return;
    const fn = def.node;
    if (fn.type === AST_NODE_TYPES.ArrowFunctionExpression || fn.type === AST_NODE_TYPES.FunctionDeclaration || fn.type === AST_NODE_TYPES.FunctionExpression) {
      result(object, fn, 'callback', api);
    }
  },
  assignments: {
    res(assignment) {
      // Azure Functions v3: context.res = { status: 401, body }
      const left = assignment.left as TSESTree.MemberExpression;
      if (left.object.type !== AST_NODE_TYPES.Identifier) return;
      const object = objectOf(assignment.right);
      if (!object || !hasStatusKey(object)) return;
      const def = findVariable(left.object, api.context)?.defs[0];
      if (def?.type !== TSESLint.Scope.DefinitionType.Parameter) return;
      if (!/^(?:context|ctx)$/.test(left.object.name) && !importsFrom(api.context, isAzure)) return;
      const fn = def.node;
      if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionDeclaration && fn.type !== AST_NODE_TYPES.FunctionExpression) return;
      if (fn.params[0] === def.name) result(object, fn, 'context.res', api);
    },
  },
});

function objectOf(node: TSESTree.Node): TSESTree.ObjectExpression | undefined {
  const expr = unwrap(node);
  return expr.type === AST_NODE_TYPES.ObjectExpression ? expr : undefined;
}

/** The cheap first filter: a `statusCode` or `status` key written as such. */
function hasStatusKey(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some(
    (property) =>
      property.type === AST_NODE_TYPES.Property &&
      !property.computed &&
      property.key.type === AST_NODE_TYPES.Identifier &&
      (property.key.name === 'statusCode' || property.key.name === 'status'),
  );
}

function result(object: TSESTree.ObjectExpression, fn: FunctionNode | undefined, position: 'return' | 'callback' | 'context.res', api: AdapterApi): void {
  const properties = new Map<string, TSESTree.Property>();
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) return;
    const key = propertyKeyName(property, api.context);
    if (key === undefined) return;
    properties.set(key, property);
  }
  let framework: Framework;
  let statusProperty: TSESTree.Property;
  if (properties.has('statusCode')) {
    if (position === 'context.res' || ![...properties.keys()].every((key) => LAMBDA_KEYS.has(key))) return;
    const body = properties.get('body');
    if (body && isLiteralStructure(body.value)) return;
    if (!LAMBDA_RESULT_KEYS.some((key) => properties.has(key)) && !looksLikeLambdaHandler(fn, api.context)) return;
    framework = 'lambda';
    statusProperty = properties.get('statusCode')!;
  } else {
    if (position === 'callback' || ![...properties.keys()].every((key) => AZURE_KEYS.has(key))) return;
    if (position !== 'context.res' && !properties.has('jsonBody') && !importsFrom(api.context, isAzure)) return;
    framework = 'azure-functions';
    statusProperty = properties.get('status')!;
  }
  // { statusCode: authed ? 403 : 401 }: a site per branch; adding the header to the result is sound for both
  // (RFC 9110 §11.6.1 allows WWW-Authenticate in any response).
  const candidates = resolveStatusCandidates(statusProperty.value, api.context).filter(({ status }) => api.wants(status));
  if (candidates.length === 0 || isTestDouble(object)) return;

  const headers = properties.get('headers');
  const multiValueHeaders = properties.get('multiValueHeaders');
  const headerEvidence = mergeHeaderEvidence(
    headers ? readHeaders(headers.value, api.context) : NO_HEADERS,
    multiValueHeaders ? readHeaders(multiValueHeaders.value, api.context) : NO_HEADERS,
  );
  const bodySource = properties.get('jsonBody') ?? properties.get('body');
  const { sourceCode } = api.context;
  let addHeader: AddHeaderFix | null;
  if (!headers) addHeader = (fixer, name, value) => addProperty(fixer, object, `headers: ${headersObject(name, value)}`, sourceCode);
  else addHeader = headers.shorthand ? null : headerValueEdit(headers.value, sourceCode);
  for (const { status, node } of candidates) api.site({
    framework,
    status,
    node,
    headers: headerEvidence,
    body: bodySource ? readBody(bodySource.value, api.context) : NO_BODY,
    addHeader,
  });
}

export function isLiteralStructure(node: TSESTree.Node): boolean {
  const expr = unwrap(node);
  return expr.type === AST_NODE_TYPES.ObjectExpression || expr.type === AST_NODE_TYPES.ArrayExpression;
}

const isAzure = (source: string): boolean => source === '@azure/functions';

function importsFrom(context: Context, accept: (source: string) => boolean): boolean {
  for (const source of moduleImports(context.sourceCode).sources) if (accept(source)) return true;
  return false;
}

/**
 * A Lambda handler: named or exported as `handler` (not an Express/Fastify-style `(req, …)` one),
 * `(event, context…)` parameters, an `aws-lambda` type on it, or any function of a file that imports from
 * `aws-lambda` or `@middy/…`.
 */
export function looksLikeLambdaHandler(fn: FunctionNode | undefined, context: Context): boolean {
  if (!fn) return importsFrom(context, (source) => source === 'aws-lambda' || source.startsWith('@middy/'));
  const [first, second] = fn.params;
  const firstName = first?.type === AST_NODE_TYPES.Identifier ? first.name : undefined;
  const secondName = second?.type === AST_NODE_TYPES.Identifier ? second.name : undefined;
  if (firstName !== undefined && /^_?(?:event|evt)$/.test(firstName) && secondName !== undefined && /^_?(?:context|ctx)$/.test(secondName)) return true;
  if (handlerName(fn) === 'handler' && !(firstName !== undefined && /^(?:req|request)$/.test(firstName))) return true;
  const { sourceCode } = context;
  const typed = [fn.returnType, first?.type === AST_NODE_TYPES.Identifier ? first.typeAnnotation : undefined, declaratorOf(fn)?.id.typeAnnotation];
  if (typed.some((annotation) => annotation && LAMBDA_TYPE.test(sourceCode.getText(annotation)))) return true;
  return importsFrom(context, (source) => source === 'aws-lambda' || source.startsWith('@middy/'));
}

/** `handler` for `function handler`, `const handler = …`, `exports.handler = …`, `module.exports.handler = …`. */
function handlerName(fn: FunctionNode): string | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id?.name;
  const declarator = declaratorOf(fn);
  if (declarator?.id.type === AST_NODE_TYPES.Identifier) return declarator.id.name;
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left.type === AST_NODE_TYPES.MemberExpression && !parent.left.computed) {
    return parent.left.property.type === AST_NODE_TYPES.Identifier ? parent.left.property.name : undefined;
  }
  return undefined;
}

/** The declarator a function is the initialiser of, through wrappers like `middy(async (event) => …)`. */
function declaratorOf(fn: FunctionNode): TSESTree.VariableDeclarator | undefined {
  let node: TSESTree.Node | undefined = fn.parent;
  if (node?.type === AST_NODE_TYPES.CallExpression && node.arguments[0] === fn) node = node.parent;
  return node?.type === AST_NODE_TYPES.VariableDeclarator ? node : undefined;
}
