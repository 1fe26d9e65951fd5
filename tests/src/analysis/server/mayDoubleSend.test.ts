import { describe, expect, it } from 'vitest';

import { mayDoubleSend } from '../../../../src/analysis/server/mayDoubleSend.js';

describe('mayDoubleSend', () => {
  it('wakes for a send and one more event on a response', () => {
    expect(mayDoubleSend('(req, res) => { if (e) res.json(e); res.json(d); }')).toBe(true);
    expect(mayDoubleSend('(req, res) => { res.end(); res.setHeader("a", "b"); }')).toBe(true);
    expect(mayDoubleSend('(req, res) => { res.end("x"); res.statusCode = 500; }')).toBe(true);
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
