import { AST_NODE_TYPES, ESLintUtils } from '@typescript-eslint/utils';

import { readBody, readElsewhere, sendsContent } from '../../../../src/analysis/server/bodyEvidence.js';
import { ruleTester } from '../../../ruleTester.js';

/** Reports what `readBody` makes of the argument of every `probe(x)` call: its kind, `present`, `empty`. */
const bodyProbe = ESLintUtils.RuleCreator.withoutDocs<[], 'body'>({
  meta: { type: 'problem', messages: { body: '{{summary}}' }, schema: [] },
  defaultOptions: [],
  create(context) {
    return {
      CallExpression(call) {
        if (call.callee.type !== AST_NODE_TYPES.Identifier || call.callee.name !== 'probe') return;
        const body = readBody(call.arguments[0], context);
        const flags = [body.present ? 'present' : '', body.kind === 'text' && body.empty ? 'empty' : ''].filter(Boolean);
        const content = `express:${sendsContent(body, 'express')} web:${sendsContent(body, 'web-response')} elsewhere:${sendsContent(readElsewhere(body), 'web-response')}`;
        context.report({ node: call, messageId: 'body', data: { summary: `${[body.kind, ...flags].join(' ')} ${content}` } });
      },
    };
  },
});

const read = (code: string, summary: string) => ({ code, errors: [{ messageId: 'body' as const, data: { summary } }] });
const none = 'none express:false web:false elsewhere:false';
const unknown = 'unknown express:false web:false elsewhere:false';
const present = (kind: string) => `${kind} present express:true web:true elsewhere:false`;

// What counts as content sent with a status: any value that is not null/undefined; '' only for Fetch.
ruleTester.run('readBody: present and empty', bodyProbe, {
  valid: [],
  invalid: [
    read('probe();', none),
    read('probe(null);', none),
    read('probe(undefined);', none),
    read('const x = null; probe(x);', none),
    read(`probe({ ok: true });`, present('object')),
    read(`probe('done');`, present('text')),
    read('probe(`${a}`);', present('unknown')),
    read('probe(42);', present('unknown')),
    read(`probe('');`, 'text present empty express:false web:true elsewhere:false'),
    read('probe(data);', present('unknown')),
    read('probe(await load());', present('unknown')),
    read('probe(result.items);', present('unknown')),
    read('probe(a || b);', present('unknown')),
    // Maybe nothing.
    read('probe(ok ? data : null);', unknown),
    read('probe(ok && data);', unknown),
    read('probe(void 0);', unknown),
    read('probe(a?.b);', unknown),
    read('let body; probe(body);', unknown),
    read('let body = data; if (x) body = null; probe(body);', unknown),
    read('function f(body = null) { probe(body); }', unknown),
    read('function f(body?: string) { probe(body); }', unknown),
    read('function f(body: string | undefined) { probe(body); }', unknown),
    read('function f(body: string) { probe(body); }', present('unknown')),
    read('for (const item of items) probe(item);', present('unknown')),
  ],
});
