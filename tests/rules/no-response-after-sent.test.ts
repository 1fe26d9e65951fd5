import rule from '../../rules/no-response-after-sent.js';
import { ruleTester } from '../ruleTester.js';
import { headerAfterSent, report, sentAgain, statusAfterSent } from './afterSentReports.js';

const js = 'routes/users.js';

// Express and Connect (and Nest's @Res): a response sent twice, or changed after its send, on one code path.
ruleTester.run('no-response-after-sent', rule, {
  valid: [
    // The idiom: return at the first send.
    `app.get('/u', (req, res) => { if (!req.user) return res.status(401).json({ error: 'login' }); res.json(req.user); });`,
    // if/else: one send per path.
    `app.get('/u', (req, res) => { if (err) { res.status(500).json(err); } else { res.json(data); } });`,
    `app.get('/u', (req, res) => { err ? res.status(500).json(err) : res.json(data); });`,
    // Sends in different callbacks: each runs on its own.
    `app.get('/u', (req, res) => { db.get(id, (e, r) => e ? res.status(500).end() : res.json(r)); });`,
    `app.get('/u', (req, res) => { load().then((r) => res.json(r)).catch((e) => res.status(500).json(e)); });`,
    // Status and headers before the send.
    `app.get('/u', (req, res) => { res.status(401); res.set('WWW-Authenticate', 'Bearer'); res.json({ error: 'login' }); });`,
    // Handed on to the error handler, and nothing else.
    `app.get('/u', (req, res, next) => { if (err) return next(err); res.json(data); });`,
    // switch with breaks, and with returns.
    `app.get('/u', (req, res) => { switch (req.query.f) { case 'csv': res.type('csv').send(csv); break; case 'json': res.json(data); break; default: res.sendStatus(406); } });`,
    // A guarded second send: the code knows the response may be gone.
    `app.get('/u', (req, res) => { res.json(a); if (!res.headersSent) res.json(x); });`,
    `app.use((err, req, res, next) => { if (res.headersSent) return next(err); res.status(500).json({ error: err.message }); });`,
    // A send in try, another in its catch: the first may have thrown before anything went out.
    `app.get('/u', async (req, res) => { try { res.json(await load()); } catch (e) { res.status(500).json({ error: e.message }); } });`,
    // A send in try, a cleanup in finally, another after: ESLint's paths through finally cannot be told apart.
    `app.get('/u', (req, res) => { try { if (a) res.json(a); } finally { release(); } res.json(b); });`,
    // sendFile, download and render write the head after reading the file or the view: a header or a status
    // set right after them still goes out.
    `app.get('/u', (req, res) => { res.sendFile(file); res.set('Cache-Control', 'max-age=60'); });`,
    `app.get('/u', (req, res) => { res.render('page', locals); res.status(201); });`,
    // A bare end() after a send: Node ignores it once the response is finished.
    `app.get('/u', (req, res) => { res.send('ok'); res.end(); });`,
    // The same for a send without a body (seen on etherpad-lite): it sets no header.
    `app.get('/u', (req, res) => { res.redirect(url); res.send(); return; });`,
    // render with a callback hands the page over instead of sending it.
    `app.get('/u', (req, res) => { res.render('page', (err, html) => { res.send(html); }); res.set('X-Page', '1'); });`,
    // Conditions that exclude each other: the code paths cannot tell, so silence.
    `app.get('/u', (req, res) => { if (!user) res.status(404).json({ error: 'gone' }); if (user) res.json(user); });`,
    `app.get('/u', (req, res) => { let sent = false; if (cached) { res.json(cached); sent = true; } if (!sent) res.json(fresh); });`,
    // A loop that may run once on purpose: the code paths cannot tell.
    `app.get('/u', (req, res) => { while (!done) { res.send(next()); done = true; } });`,
    // Loops whose send ends the handler.
    `app.get('/u', (req, res) => { for (const u of users) { if (u.id === id) return res.json(u); } res.sendStatus(404); });`,
    // Other objects that send many times: a WebSocket, a channel, a client reading a body.
    `wss.on('connection', (ws, req) => { ws.send('hello'); ws.send('again'); });`,
    `async function read(response) { const a = await response.json(); return response.json(); }`,
    `function notify(channel, text) { channel.send(text); channel.send('done'); }`,
    // A reassigned parameter may hold another object.
    `function h(req, res) { res.json(a); res = other; res.json(b); }`,
    // Koa sends at the end of the middleware; Hono returns its response.
    `app.use(async (ctx, next) => { ctx.redirect('/login'); ctx.status = 301; });`,
    `app.get('/u', (c) => { c.header('X-A', '1'); return c.json({ ok: true }); });`,
    // `next()`, `next('route')`, `next(null)` go on to the next handler; `return next(err)` ends the path; a
    // send before `next(err)` is not this rule's; `next` of no response handler, an iterator's `.next(x)`.
    `app.get('/u', (req, res, next) => { if (skip) next('route'); if (a) next(null); if (b) next(); res.json(x); });`,
    `app.get('/u', (req, res, next) => { res.json(data); next(err); });`,
    `function step(state, value, next) { if (e) next(e); res.json(x); }`,
    `app.get('/u', (req, res) => { const it = gen(); if (e) it.next(e); res.json(x); });`,
    // A send in a try and the hand-off in its catch: the send may have thrown first.
    `app.get('/u', async (req, res, next) => { try { res.json(await load()); } catch (e) { next(e); } });`,
    // Helpers that may not send: a branch returns first, a loop, an async helper, one that only sets headers,
    // one that writes the head later (sendFile), one the file cannot see.
    `function maybe(res, e) { if (!e) return; res.status(500).json(e); }\napp.get('/u', (req, res) => { maybe(res, err); res.json(x); });`,
    `async function later(res) { res.json(await load()); }\napp.get('/u', (req, res) => { later(res); res.json(x); });`,
    `function cors(res) { res.set('Access-Control-Allow-Origin', '*'); }\napp.get('/u', (req, res) => { cors(res); res.json(x); });`,
    `function file(res) { res.sendFile('/a'); }\napp.get('/u', (req, res) => { if (a) file(res); res.json(x); });`,
    `import { sendError } from 'some-lib';\napp.get('/u', (req, res) => { if (e) sendError(res, e); res.json(x); });`,
    `function send(res) { res.json(1); }\nconst handler = (req, res) => send(res);`,
    // The same methods before the send, in its chain or ahead of it.
    `app.get('/u', (req, res) => { res.cookie('seen', '1').type('json'); res.attachment('u.json').json(user); });`,
    // A generator middleware (co, Koa v1): resumed at times the paths do not show.
    `function* h(req, res) { res.json(yield load()); res.end('x'); }`,
  ],
  invalid: [
    {
      // The missing return: the error response, then the data response.
      filename: js,
      code: `app.get('/u', (req, res) => {\n  if (err) res.status(500).json(err);\n  res.json(data);\n});`,
      errors: [sentAgain(3, 3, { kind: 'before', output: `app.get('/u', (req, res) => {\n  if (err) return res.status(500).json(err);\n  res.json(data);\n});` })],
    },
    {
      // The same in TypeScript: `return res.json(x)` may not type-check against the handler's type, a bare return does.
      code: `app.get('/u', (req: Request, res: Response) => {\n  if (err) res.status(500).json(err);\n  res.json(data);\n});`,
      errors: [sentAgain(3, 3, { kind: 'after', output: `app.get('/u', (req: Request, res: Response) => {\n  if (err) { res.status(500).json(err); return; }\n  res.json(data);\n});` })],
    },
    {
      // A block consequent gets its `return;` as the last statement.
      code: `app.get('/u', async (req, res) => {\n  if (!user) {\n    log('no user');\n    res.status(404).json({ error: 'not found' });\n  }\n  const data = await load(user);\n  res.json(data);\n});`,
      errors: [
        sentAgain(7, 3, {
          kind: 'after',
          output: `app.get('/u', async (req, res) => {\n  if (!user) {\n    log('no user');\n    res.status(404).json({ error: 'not found' });\n    return;\n  }\n  const data = await load(user);\n  res.json(data);\n});`,
        }),
      ],
    },
    {
      // In JavaScript with the handler's other returns all sends on `res`, `return` goes before the send.
      filename: js,
      code: `function show(req, res) {\n  if (err) { res.status(500).send(err.message) }\n  return res.send(page)\n}`,
      errors: [sentAgain(3, 10, { kind: 'before', output: `function show(req, res) {\n  if (err) { return res.status(500).send(err.message) }\n  return res.send(page)\n}` })],
    },
    {
      // A status after the send, in the chain: it is lost.
      code: `app.get('/u', (req, res) => { res.json(x).status(403); });`,
      errors: [statusAfterSent(1, 31)],
    },
    {
      // A header after the send: Express throws ERR_HTTP_HEADERS_SENT.
      code: `app.get('/u', (req, res) => { res.send('ok'); res.set('Cache-Control', 'no-store'); });`,
      errors: [headerAfterSent(1, 47)],
    },
    {
      // `next(err)` hands the request to the error handler, which answers it: a send after it is a second
      // answer (the missing `return next(err)`).
      code: `app.get('/u', (req, res, next) => {\n  if (err) next(err);\n  res.json(data);\n});`,
      errors: [
        {
          messageId: 'usedAfterHandOff' as const,
          line: 3,
          column: 3,
          data: { first: 'next(err)', line: 2 },
          suggestions: [{ messageId: 'returnAfter' as const, output: `app.get('/u', (req, res, next) => {\n  if (err) { next(err); return; }\n  res.json(data);\n});` }],
        },
      ],
    },
    {
      // In error middleware too, and for a status or a header after it.
      code: `app.use((err, req, res, next) => {\n  if (!err.expose) { next(err); }\n  res.status(err.status);\n});\nfunction h(req, res, next) { db.get(id, (e, row) => { if (e) next(e); res.set('ETag', row.etag); }); }`,
      errors: [
        {
          messageId: 'usedAfterHandOff' as const,
          line: 3,
          column: 3,
          suggestions: [{ messageId: 'returnAfter' as const, output: `app.use((err, req, res, next) => {\n  if (!err.expose) { next(err); return; }\n  res.status(err.status);\n});\nfunction h(req, res, next) { db.get(id, (e, row) => { if (e) next(e); res.set('ETag', row.etag); }); }` }],
        },
        {
          messageId: 'usedAfterHandOff' as const,
          line: 5,
          column: 71,
          suggestions: [{ messageId: 'returnAfter' as const, output: `app.use((err, req, res, next) => {\n  if (!err.expose) { next(err); }\n  res.status(err.status);\n});\nfunction h(req, res, next) { db.get(id, (e, row) => { if (e) { next(e); return; } res.set('ETag', row.etag); }); }` }],
        },
      ],
    },
    {
      // The project's helper that sends the response on every call is a send: the missing return after it.
      code: `function sendError(res, code, message) {\n  log(message);\n  res.status(code).json({ message });\n}\napp.get('/u', (req, res) => {\n  if (!user) sendError(res, 404, 'no such user, or it was removed');\n  res.json(user);\n});`,
      errors: [
        {
          messageId: 'sentAgain' as const,
          line: 7,
          column: 3,
          data: { first: 'sendError(res, …)', line: 6 },
          suggestions: [
            {
              messageId: 'returnAfter' as const,
              output: `function sendError(res, code, message) {\n  log(message);\n  res.status(code).json({ message });\n}\napp.get('/u', (req, res) => {\n  if (!user) { sendError(res, 404, 'no such user, or it was removed'); return; }\n  res.json(user);\n});`,
            },
          ],
        },
      ],
    },
    {
      // An arrow helper, and a send before a helper's send.
      code: `const notFound = (res) => res.status(404).end();\napp.get('/u', (req, res) => { res.json(user); notFound(res); });`,
      errors: [sentAgain(2, 47)],
    },
    {
      // Methods that name their own header call setHeader too: a cookie, a type, a location after the send
      // (one finding per first send, at the earliest event after it).
      code: `app.get('/a', (req, res) => {\n  res.json(user);\n  res.cookie('seen', '1');\n  res.type('json');\n});\napp.get('/b', (req, res) => { res.end(); res.type('json'); });\napp.get('/c', (req, res) => { res.send('ok'); res.location('/u/1'); });`,
      errors: [headerAfterSent(3, 3), headerAfterSent(6, 42), headerAfterSent(7, 47)],
    },
    {
      // A second send after sendFile does conflict with it.
      code: `app.get('/u', (req, res) => { res.sendFile(file); res.json({ ok: true }); });`,
      errors: [sentAgain(1, 51)],
    },
    {
      // sendStatus sends, redirect sends.
      code: `app.get('/u', (req, res) => { res.sendStatus(404); res.json({}); });\napp.get('/v', (req, res) => { res.redirect('/a'); res.redirect('/b'); });`,
      errors: [sentAgain(1, 52), sentAgain(2, 51)],
    },
    {
      // The error middleware's missing return; one finding for the first send, at the first event after it.
      filename: js,
      code: `app.use((err, req, res, next) => {\n  if (err.expose) res.status(err.status).send(err.message);\n  res.status(500);\n  res.send('error');\n});`,
      errors: [
        statusAfterSent(3, 3, {
          kind: 'before',
          output: `app.use((err, req, res, next) => {\n  if (err.expose) return res.status(err.status).send(err.message);\n  res.status(500);\n  res.send('error');\n});`,
        }),
      ],
    },
    {
      // Two unreturned sends: two places to fix.
      filename: js,
      code: `app.get('/u', (req, res) => {\n  if (a) res.json(1);\n  if (b) res.json(2);\n  res.json(3);\n});`,
      errors: [
        sentAgain(3, 10, { kind: 'before', output: `app.get('/u', (req, res) => {\n  if (a) return res.json(1);\n  if (b) res.json(2);\n  res.json(3);\n});` }),
        sentAgain(4, 3, { kind: 'before', output: `app.get('/u', (req, res) => {\n  if (a) res.json(1);\n  if (b) return res.json(2);\n  res.json(3);\n});` }),
      ],
    },
    {
      // A send in the loop body runs once per element.
      code: `app.get('/u', (req, res) => { for (const row of rows) { res.send(row); } });`,
      errors: [report('usedInLoop', 1, 57)],
    },
    {
      // The loop ends after a send (break), and the code after it sends again.
      code: `app.get('/u', (req, res) => {\n  for (const u of users) {\n    if (u.id === id) { res.json(u); break; }\n  }\n  res.status(404).json({ error: 'not found' });\n});`,
      errors: [statusAfterSent(5, 3)],
    },
    {
      // A switch case that falls through into the next case's send.
      code: `app.get('/u', (req, res) => { switch (f) { case 'a': res.json(1); case 'b': res.json(2); break; } });`,
      errors: [sentAgain(1, 77)],
    },
    {
      // The function returns values elsewhere (not sends): no suggestion, the return value may matter.
      filename: js,
      code: `function h(req, res) {\n  if (err) res.status(500).json(err);\n  res.json(data);\n  return data;\n}`,
      errors: [sentAgain(3, 3)],
    },
    {
      // A typed return other than void: no suggestion.
      code: `function h(req: Request, res: Response): Response {\n  if (err) res.status(500).json(err);\n  return res.json(data);\n}`,
      errors: [sentAgain(3, 10)],
    },
    {
      // A Nest controller with @Res(): the express response.
      code: `class C { @Get() find(@Query() q, @Res() res) { if (!q.id) { res.status(400).json({}); } res.json(find(q.id)); } }`,
      errors: [sentAgain(1, 90, { kind: 'after', output: `class C { @Get() find(@Query() q, @Res() res) { if (!q.id) { res.status(400).json({}); return; } res.json(find(q.id)); } }` })],
    },
  ],
});
