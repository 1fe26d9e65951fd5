import { describe, expect, it } from 'vitest';

import { mayCheckAccepted } from '../../../../src/analysis/gates/mayCheckAccepted.js';
import { parsedContext } from '../parsedContext.js';

const wakes = (code: string): boolean => mayCheckAccepted(parsedContext(code));

describe('mayCheckAccepted', () => {
  it('wakes for 202 where a client may test a status for it', () => {
    expect(wakes('if (res.status === 202) poll(res);')).toBe(true);
    expect(wakes('if (202 === res.status) poll(res);')).toBe(true);
    expect(wakes('switch (res.status) { case 202: poll(res); }')).toBe(true);
    expect(wakes('if ([200, 202].includes(res.status)) done(await res.json());')).toBe(true);
    expect(wakes('const ok = new Set([202, 200]); if (ok.has(res.status)) done();')).toBe(true);
    expect(wakes('if (res.status === 200 || 202) done();')).toBe(true);
    expect(wakes('if (res.status === (200 | 202)) done();')).toBe(true);
    expect(wakes('expect(res.status).toBe(202);')).toBe(true);
  });

  it('wakes for 202 by a name, and for a constant compared by its name', () => {
    expect(wakes('if (res.status === StatusCodes.ACCEPTED) poll(res);')).toBe(true);
    expect(wakes('res.status(HttpStatus.ACCEPTED).json(job);')).toBe(true);
    expect(wakes('const PENDING = 202; if (res.status === PENDING) poll(res);')).toBe(true);
    expect(wakes('const codes = { accepted: 202 }; if (res.status === codes.accepted) poll(res);')).toBe(true);
  });

  it('stays asleep where a server sets 202, or where 202 is no code', () => {
    expect(wakes('app.post("/jobs", (req, res) => res.status(202).json({ id }));')).toBe(false);
    expect(wakes('reply.code(202).send(); res.sendStatus(202); res.writeHead(202, { Location: u });')).toBe(false);
    expect(wakes('class C { @HttpCode(202) create() {} }')).toBe(false);
    expect(wakes('return new Response(null, { status: 202 }); const r = { body: "", statusCode: 202 };')).toBe(false);
    expect(wakes('ctx.status = 202; res.statusCode = 202;')).toBe(false);
    expect(wakes('return c.json({ id }, 202);')).toBe(false);
    expect(wakes('// if (res.status === 202)\nlog("202 accepted"); const size = 2020;')).toBe(false);
  });
});
