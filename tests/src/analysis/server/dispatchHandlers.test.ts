import { describe, expect, it } from 'vitest';

import type { AdapterApi, AdapterHandlers } from '../../../../src/analysis/server/AdapterApi.js';
import { ADAPTERS } from '../../../../src/analysis/server/adapters/index.js';
import { parsedContext } from '../parsedContext.js';

/** An API that records nothing: only the handlers' names are read here. */
const idleApi = (code: string): AdapterApi => ({
  context: parsedContext(code),
  wants: (status): status is number => status !== undefined,
  site: () => {},
  receiverStatus: () => {},
  receiverHeaders: () => {},
  receiverSend: () => {},
  receiverSetsStatus: () => {},
  receiverHandsOff: () => {},
  receiverSentByHelper: () => {},
  readsRecords: true,
});

const names = (handlers: AdapterHandlers) => ({
  calls: Object.keys(handlers.calls ?? {}).sort(),
  news: Object.keys(handlers.news ?? {}).sort(),
  assignments: Object.keys(handlers.assignments ?? {}).sort(),
});

// Files of every framework, and imports under local names of their own (`remixJson`, `kitText`).
const FILES = [
  '',
  `import express from 'express';\nconst app = express();\napp.get('/', (req, res) => res.status(401).json({}));`,
  `import { json as remixJson, data } from '@remix-run/node';\nexport const loader = () => remixJson({}, { status: 202 });`,
  `import { text as kitText, json } from '@sveltejs/kit';\nexport const GET = () => kitText('x', { status: 202 });`,
  `import Koa from 'koa';\nimport { Hono } from 'hono';\nimport Fastify from 'fastify';\nimport Boom from '@hapi/boom';\nimport createError from 'http-errors';`,
  `import { Controller, Get, HttpCode, UnauthorizedException } from '@nestjs/common';\n@Controller() export class A { @Get() @HttpCode(202) a() { throw new UnauthorizedException(); } }`,
  `import type { APIGatewayProxyHandler } from 'aws-lambda';\nexport const handler: APIGatewayProxyHandler = async () => ({ statusCode: 401, body: '' });`,
  `function sendError(res, status, message) { res.status(status).json({ message }); }\nexport { sendError };`,
];

describe('dispatchHandlers', () => {
  // The dispatcher reads the names once, from the first file: a name that depended on the file would be
  // missed in the others.
  it('gets the same handler names from every adapter in every file', () => {
    const [first, ...rest] = FILES.map((code) => ADAPTERS.map((adapter) => names(adapter(idleApi(code)))));
    for (const other of rest) expect(other).toEqual(first);
  });
});
