import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { parseForESLint } from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { receiverFramework } from '../../../../src/analysis/server/receiverFramework.js';

/** The framework of the receiver of the last `x.probe()` call in `code`. */
function ownerOf(code: string): string {
  let owner = 'none';
  const linter = new Linter();
  linter.verify(code, [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: { parseForESLint } },
      plugins: {
        probe: {
          rules: {
            owner: {
              create: (context) => ({
                CallExpression(node: TSESTree.CallExpression) {
                  const callee = node.callee;
                  if (callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier && callee.property.name === 'probe') {
                    owner = receiverFramework(callee.object, context as never);
                  }
                },
              }),
            },
          },
        },
      },
      rules: { 'probe/owner': 'error' },
    },
  ], 'file.ts');
  return owner;
}

describe('receiverFramework', () => {
  it('tells Hono contexts by import or by a route handler of at most two parameters', () => {
    expect(ownerOf(`import { Hono } from 'hono';\nconst f = (c) => c.probe();`)).toBe('hono');
    expect(ownerOf(`import { Hono } from 'hono';\nrouter.get('/', async (ctx, next) => ctx.probe());`)).toBe('hono');
    expect(ownerOf(`app.get('/', (c) => c.probe());`)).toBe('hono');
    // Express's (req, res): the response is the second parameter.
    expect(ownerOf(`app.get('/', (req, res) => res.probe());`)).toBe('express');
  });

  it("keeps Koa's context names before Hono's route shape", () => {
    expect(ownerOf(`router.get('/', async (ctx, next) => ctx.probe());`)).toBe('koa');
    expect(ownerOf(`function f(ctx) { ctx.response.probe(); }`)).toBe('koa');
    expect(ownerOf(`function f(ctx) { ctx.res.probe(); }`)).toBe('koa');
    expect(ownerOf(`class A { m() { this.ctx.probe(); } }`)).toBe('koa');
  });

  it('tells Fastify replies by type, by import, or by their Fastify-only `code` method; never by name', () => {
    expect(ownerOf(`import type { FastifyReply } from 'fastify';\nexport function f(reply: FastifyReply) { reply.probe(); }`)).toBe('fastify');
    expect(ownerOf(`function f(x: FastifyReply) { x.probe(); }`)).toBe('fastify');
    expect(ownerOf(`import fp from 'fastify-plugin';\nfastify.get('/', async (request, reply) => reply.probe());`)).toBe('fastify');
    expect(ownerOf(`fastify.setErrorHandler((error, request, reply) => { reply.code(500); reply.probe(); });`)).toBe('fastify');
    expect(ownerOf(`fastify.get('/', async (request, reply) => reply.probe());`)).toBe('express');
    expect(ownerOf(`function f(req, res) { res.probe(); }`)).toBe('express');
  });
});
