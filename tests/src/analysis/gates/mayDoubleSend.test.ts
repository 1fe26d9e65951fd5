import { describe, expect, it } from 'vitest';

import { mayDoubleSend } from '../../../../src/analysis/gates/mayDoubleSend.js';
import { parsedContext } from '../parsedContext.js';

const wakes = (code: string): boolean => mayDoubleSend(parsedContext(code));

describe('mayDoubleSend', () => {
  it('wakes for a send and one more event on a response', () => {
    expect(wakes('(req, res) => { if (e) res.json(e); res.json(d); }')).toBe(true);
    expect(wakes('(req, res) => { res.end(); res.setHeader("a", "b"); }')).toBe(true);
    expect(wakes('(req, res) => { res.end("x"); res.statusCode = 500; }')).toBe(true);
    // Methods that name their own header: `res.cookie`, `res.type`, `res.location`.
    expect(wakes('(req, res) => { res.json(u); res.cookie("seen", "1"); }')).toBe(true);
    // `next(err)` hands the request on: an event that finishes it, like a send.
    expect(wakes('(req, res, next) => { if (e) next(e); res.status(500); }')).toBe(true);
    expect(wakes('(req, res, next) => { if (e) next(); it.next(x); res.json(x); }')).toBe(false);
  });

  it('counts a response passed to a call, which a helper may send, but not a parameter list', () => {
    expect(wakes('(req, res) => { if (e) sendError(res, 500, e); res.json(x); }')).toBe(true);
    expect(wakes('(req, res) => { if (e) utils.fail(req, res); res.json(x); }')).toBe(true);
    expect(wakes("app.get('/', (req, res) => res.json(x));")).toBe(false);
    expect(wakes("app.post('/', async (req, res, next) => { res.end(); });")).toBe(false);
    expect(wakes('function h(req: Request, res: Response): void { res.json(x); }')).toBe(false);
    expect(wakes('class C { handle(req, res) { res.end(); } }')).toBe(false);
    expect(wakes('(req, res) => { if (res) res.json(x); }')).toBe(false);
  });

  it('stays asleep when every event is a call the response is passed to: Node callback style', () => {
    // esbuild's `main.js`: an IPC `response` handed on, and no method of a response anywhere.
    expect(wakes('(error, response) => { callback(error, response); sendResponse(id, response); }')).toBe(false);
    expect(wakes('(req, res, next) => { if (e) next(e); done(req, res); }')).toBe(false);
    expect(wakes('(req, res, next) => { if (e) next(e); done(req, res); res.end(); }')).toBe(true);
  });

  it('counts events on a response name and down a chain, across lines and casts', () => {
    expect(wakes('(req, res) => { res\n  .status(500)\n  .json(e); res.end(); }')).toBe(true);
    expect(wakes('(req, reply) => { (reply as FastifyReply).send(a); reply?.send(b); }')).toBe(true);
    expect(wakes('(req, _res) => { _res!.end(); _res.setHeader("a", "b"); }')).toBe(true);
  });

  it('does not count events on other names: a map, a client, a property', () => {
    expect(wakes('(req, res) => { cache.set(k, v); channel.send(x); }')).toBe(false);
    expect(wakes('const data = await fetch(u).then((r) => r.json()); store.set(u, data); // res')).toBe(false);
    expect(wakes('function f(ctx) { ctx.res.end(); this.res.write(x); } const res = 1;')).toBe(false);
  });

  it('does not count a Fetch client reading a body: `res.json()` without an argument', () => {
    expect(wakes('const res = await fetch(u); if (res.status === 202) return poll(await res.json()); return res.json();')).toBe(false);
    expect(wakes('(req, res) => { if (e) res.json(e); res.json(); res.end(); }')).toBe(true);
  });

  it('wakes for one send in a loop', () => {
    expect(wakes('(req, res) => { for (const r of rows) res.send(r); }')).toBe(true);
    expect(wakes('async (req, res) => { for await (const r of rows) res.write(r); }')).toBe(false);
    expect(wakes('async (req, res) => { for await (const r of rows) res.send(r); }')).toBe(true);
    expect(wakes('(req, res) => { while (more()) res.send(next()); }')).toBe(true);
  });

  it('reads code, not comments and strings: a chain broken by a comment still counts', () => {
    expect(wakes('(req, res) => { res\n  // the error\n  .status(500)\n  .json(e); res.end(); }')).toBe(true);
    expect(wakes('(req, res) => { res.json(x); /* then res.json(y) */ log("res.end()"); }')).toBe(false);
    expect(wakes('(req, res) => { res.send(x); } // for (;;) res.send(y)')).toBe(false);
  });

  it('stays asleep for one send, for events without a send, and without a response name', () => {
    expect(wakes('(req, res) => res.json(x);')).toBe(false);
    expect(wakes('(req, res) => { res.set("a", "b"); res.status(401); }')).toBe(false);
    expect(wakes('ws.send(a); ws.send(b);')).toBe(false);
    expect(wakes('if (res.statusCode == 200) res.end();')).toBe(false);
  });
});
