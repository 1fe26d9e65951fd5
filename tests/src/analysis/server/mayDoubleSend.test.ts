import { describe, expect, it } from 'vitest';

import { mayDoubleSend } from '../../../../src/analysis/server/mayDoubleSend.js';

describe('mayDoubleSend', () => {
  it('wakes for a send and one more event on a response', () => {
    expect(mayDoubleSend('(req, res) => { if (e) res.json(e); res.json(d); }')).toBe(true);
    expect(mayDoubleSend('(req, res) => { res.end(); res.setHeader("a", "b"); }')).toBe(true);
    expect(mayDoubleSend('(req, res) => { res.end("x"); res.statusCode = 500; }')).toBe(true);
  });

  it('counts events on a response name and down a chain, across lines and casts', () => {
    expect(mayDoubleSend('(req, res) => { res\n  .status(500)\n  .json(e); res.end(); }')).toBe(true);
    expect(mayDoubleSend('(req, reply) => { (reply as FastifyReply).send(a); reply?.send(b); }')).toBe(true);
    expect(mayDoubleSend('(req, _res) => { _res!.end(); _res.setHeader("a", "b"); }')).toBe(true);
  });

  it('does not count events on other names: a map, a client, a property', () => {
    expect(mayDoubleSend('(req, res) => { cache.set(k, v); channel.send(x); }')).toBe(false);
    expect(mayDoubleSend('const data = await fetch(u).then((r) => r.json()); store.set(u, data); // res')).toBe(false);
    expect(mayDoubleSend('function f(ctx) { ctx.res.end(); this.res.write(x); } const res = 1;')).toBe(false);
  });

  it('wakes for one send in a loop', () => {
    expect(mayDoubleSend('(req, res) => { for (const r of rows) res.send(r); }')).toBe(true);
  });

  it('stays asleep for one send, for events without a send, and without a response name', () => {
    expect(mayDoubleSend('(req, res) => res.json(x);')).toBe(false);
    expect(mayDoubleSend('(req, res) => { res.set("a", "b"); res.status(401); }')).toBe(false);
    expect(mayDoubleSend('ws.send(a); ws.send(b);')).toBe(false);
    expect(mayDoubleSend('if (res.statusCode == 200) res.end();')).toBe(false);
  });
});
