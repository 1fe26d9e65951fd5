import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../../ast/Context.js';
import { constantInitializer } from '../../ast/constantInitializer.js';
import { findVariable } from '../../ast/findVariable.js';
import { calleeMethod } from '../../ast/methodChain.js';
import { propertyKeyName } from '../../ast/propertyKeyName.js';
import { resolveString } from '../../ast/resolveString.js';
import { unwrap } from '../../ast/unwrap.js';
import { resolveStatus } from '../../status/resolveStatus.js';
import { resolveStatusCandidates } from '../../status/statusCandidates.js';
import { callReceiver } from '../callReceiver.js';
import type { Adapter, AdapterApi } from '../AdapterApi.js';
import { addProperty, headerKey, quote } from '../edits.js';
import { mergeHeaderEvidence, readHeaders } from '../headerEvidence.js';
import { sentBody } from '../sentBody.js';
import { NO_BODY, NO_HEADERS, UNKNOWN_BODY, UNKNOWN_HEADERS, type AddHeaderFix, type HeaderEvidence } from '../ResponseSite.js';

/**
 * Node's `http` and `http2` core APIs:
 * - `res.writeHead(401, headers?)` and `res.writeHead(401, 'Unauthorized', headers?)`, the headers an object, a
 *   flat array (`['Location', url]`, as `request.rawHeaders`) or an array of pairs; joined with every
 *   `res.setHeader(…)` on the same `res`, which the express adapter records;
 * - http2's `stream.respond({ ':status': 202, location: url })`, where the object holds every header.
 * `res.statusCode = n` is the express adapter's.
 */
export const nodeHttpAdapter: Adapter = (api) => ({
  calls: {
    writeHead: (call) => calleeMethod(call) && writeHead(call, api),
    respond: (call) => calleeMethod(call) && respond(call, api),
  },
});

function writeHead(call: TSESTree.CallExpression, api: AdapterApi): void {
  const args = call.arguments;
  if (args.length === 0 || args.length > 3 || args.some((arg) => arg.type === AST_NODE_TYPES.SpreadElement)) return;
  const receiver = callReceiver(call);
  if (!receiver) return;
  api.receiverSetsStatus(receiver, call);
  // writeHead(authed ? 403 : 401): a site per branch; the edit at the response is sound for both (see express).
  const candidates = resolveStatusCandidates(args[0], api.context).filter(({ status }) => api.wants(status));
  if (candidates.length === 0) return;
  // writeHead(n, message, headers) or writeHead(n, headers); a second argument that is a string is the message.
  const headersArg = args.length === 3 ? args[2] : args.length === 2 && !isString(args[1]!, api.context) ? args[1] : undefined;
  for (const { status, node } of candidates) api.receiverStatus(receiver, {
    framework: 'node-http',
    status,
    node,
    headers: writeHeadHeaders(headersArg, api.context),
    // Node writes the head here: a `setHeader` after it throws ERR_HTTP_HEADERS_SENT.
    sends: true,
    body: sentBody(call, receiver, api.context, NO_BODY),
    addHeader: writeHeadEdit(call, headersArg, api.context.sourceCode),
  });
}

const isString = (node: TSESTree.Node, context: Context): boolean => {
  const expr = unwrap(node);
  return expr.type === AST_NODE_TYPES.TemplateLiteral || resolveString(expr, context) !== undefined;
};

/** `writeHead`'s headers: like any headers value, plus Node's flat `[name, value, name, value]` array. */
function writeHeadHeaders(node: TSESTree.Node | undefined, context: Context): HeaderEvidence {
  if (!node) return NO_HEADERS;
  const expr = unwrap(node);
  if (expr.type !== AST_NODE_TYPES.ArrayExpression || expr.elements.every((element) => element?.type === AST_NODE_TYPES.ArrayExpression)) {
    return readHeaders(expr, context);
  }
  if (expr.elements.length % 2 !== 0) return UNKNOWN_HEADERS;
  const parts: HeaderEvidence[] = [];
  for (let index = 0; index < expr.elements.length; index += 2) {
    const element = expr.elements[index];
    const name = element && element.type !== AST_NODE_TYPES.SpreadElement ? resolveString(element, context) : undefined;
    parts.push(name === undefined ? UNKNOWN_HEADERS : { names: new Set([name.toLowerCase()]), complete: true });
  }
  return mergeHeaderEvidence(...parts);
}

/**
 * Adds the header where `writeHead` takes it: a property of its literal object, two elements of its literal
 * array, or a new last argument `{ 'WWW-Authenticate': 'Bearer' }` when there is none.
 */
function writeHeadEdit(call: TSESTree.CallExpression, headersArg: TSESTree.Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): AddHeaderFix | null {
  if (!headersArg) {
    const last = call.arguments.at(-1)!;
    return (fixer, name, value) => fixer.insertTextAfter(last, `, { ${headerKey(name)}: ${quote(value)} }`);
  }
  const expr = unwrap(headersArg);
  if (expr.type === AST_NODE_TYPES.ObjectExpression) {
    return (fixer, name, value) => addProperty(fixer, expr, `${headerKey(name)}: ${quote(value)}`, sourceCode);
  }
  if (expr.type === AST_NODE_TYPES.Identifier && expr.name === 'undefined') {
    return (fixer, name, value) => fixer.replaceText(expr, `{ ${headerKey(name)}: ${quote(value)} }`);
  }
  if (expr.type === AST_NODE_TYPES.ArrayExpression) {
    const last = expr.elements.at(-1);
    const pairs = last?.type === AST_NODE_TYPES.ArrayExpression;
    if (!last) return (fixer, name, value) => fixer.replaceText(expr, `[${quote(name)}, ${quote(value)}]`);
    return (fixer, name, value) => fixer.insertTextAfter(last, pairs ? `, [${quote(name)}, ${quote(value)}]` : `, ${quote(name)}, ${quote(value)}`);
  }
  return null;
}

/**
 * http2's `stream.respond({ ':status': 401, … })`: a response fully described by its object (a literal, or a
 * `const` bound to one). `[HTTP2_HEADER_STATUS]` and the other `HTTP2_HEADER_*` constants name keys too.
 */
function respond(call: TSESTree.CallExpression, api: AdapterApi): void {
  const [first] = call.arguments;
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return;
  const arg = unwrap(first);
  let object: TSESTree.Node | undefined = arg;
  if (arg.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(arg, api.context);
    object = variable ? constantInitializer(variable) : undefined;
    object = object && unwrap(object);
  }
  if (object?.type !== AST_NODE_TYPES.ObjectExpression) return;
  const statusProperty = object.properties.find(
    (property): property is TSESTree.Property => property.type === AST_NODE_TYPES.Property && http2KeyName(property, api.context) === ':status',
  );
  if (!statusProperty) return;
  const status = resolveStatus(statusProperty.value, api.context);
  if (!api.wants(status)) return;
  const receiver = callReceiver(call);
  const literal = object;
  api.site({
    framework: 'http2',
    status,
    node: statusProperty.value,
    // A `const` headers object may be changed elsewhere (`headers.location = url`): read it as a binding.
    headers: arg === object ? respondHeaders(object, api.context) : withoutPseudoHeaders(mergeHeaderEvidence(respondHeaders(object, api.context), readHeaders(arg, api.context))),
    body: receiver ? sentBody(call, receiver, api.context, UNKNOWN_BODY) : UNKNOWN_BODY,
    // HTTP/2 header names are lower-case on the wire.
    addHeader: arg === object ? (fixer, name, value) => addProperty(fixer, literal, `${quote(name.toLowerCase())}: ${quote(value)}`, api.context.sourceCode) : null,
  });
}

function respondHeaders(object: TSESTree.ObjectExpression, context: Context): HeaderEvidence {
  const names = new Set<string>();
  let complete = true;
  for (const property of object.properties) {
    const name = property.type === AST_NODE_TYPES.Property ? http2KeyName(property, context) : undefined;
    if (name === undefined) complete = false;
    else if (!name.startsWith(':')) names.add(name.toLowerCase());
  }
  return { names, complete };
}

const withoutPseudoHeaders = (evidence: HeaderEvidence): HeaderEvidence => ({
  names: new Set([...evidence.names].filter((name) => !name.startsWith(':'))),
  complete: evidence.complete,
});

/** Node's `http2.constants.HTTP2_HEADER_*` names: `HTTP2_HEADER_STATUS` is `:status`, `HTTP2_HEADER_WWW_AUTHENTICATE` `www-authenticate`. */
const PSEUDO_HEADERS = new Set(['status', 'method', 'authority', 'scheme', 'path', 'protocol']);

function http2KeyName(property: TSESTree.Property, context: Context): string | undefined {
  const name = propertyKeyName(property, context);
  if (name !== undefined || !property.computed) return name;
  const key = unwrap(property.key);
  const constant =
    key.type === AST_NODE_TYPES.Identifier
      ? key.name
      : key.type === AST_NODE_TYPES.MemberExpression && !key.computed && key.property.type === AST_NODE_TYPES.Identifier
        ? key.property.name
        : undefined;
  if (!constant?.startsWith('HTTP2_HEADER_')) return undefined;
  const header = constant.slice('HTTP2_HEADER_'.length).toLowerCase();
  return PSEUDO_HEADERS.has(header) ? `:${header}` : header.replace(/_/g, '-');
}
