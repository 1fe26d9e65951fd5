import type { Adapter } from '../AdapterApi.js';
import { expressAdapter } from './express.js';
import { boomAdapter } from './boom.js';
import { fastifyAdapter } from './fastify.js';
import { hapiAdapter } from './hapi.js';
import { helpersAdapter } from './helpers.js';
import { honoAdapter } from './hono.js';
import { httpErrorsAdapter } from './httpErrors.js';
import { koaAdapter } from './koa.js';
import { lambdaAdapter } from './lambda.js';
import { nestjsAdapter } from './nestjs.js';
import { nodeHttpAdapter } from './nodeHttp.js';
import { webResponseAdapter } from './webResponse.js';

/** Every framework adapter; each recognises one API (docs/architecture.md, "One recogniser per side"). */
export const ADAPTERS: readonly Adapter[] = [expressAdapter, nodeHttpAdapter, koaAdapter, fastifyAdapter, hapiAdapter, boomAdapter, webResponseAdapter, honoAdapter, nestjsAdapter, httpErrorsAdapter, lambdaAdapter, helpersAdapter];
