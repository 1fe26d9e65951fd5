import rule from '../../rules/require-401-www-authenticate.js';
import { ruleTester } from '../ruleTester.js';
import { missing } from './missingChallenge.js';

/** A handler with three bare 401s, one per branch, as `sendUnauthorized` code often looks. */
const handler = (first: string) => `app.get('/me', (req, res) => {
  if (!req.headers.authorization) return ${first}.json({ error: 'no token' });
  if (expired(req)) return res.status(401).json({ error: 'expired' });
  res.status(401).json({ error: 'invalid' });
});`;
const fixed = `res.status(401).header('WWW-Authenticate', 'Bearer')`;

// Each path is its own response: fixing one branch leaves the other two reported.
ruleTester.run('require-401-www-authenticate (code paths)', rule, {
  valid: [
    // A challenge on every path before a shared send.
    `app.get('/me', (req, res) => { if (basic) res.set('WWW-Authenticate', 'Basic realm="app"'); else res.set('WWW-Authenticate', 'Bearer'); return res.status(401).end(); });`,
    // The response handed to a helper before its status: it may add the challenge.
    `app.get('/me', (req, res) => { addAuthHeaders(res); res.status(401).end(); });`,
    // Handed to a helper between the status and the send.
    `app.get('/me', (req, res) => { res.status(401); addAuthHeaders(res); res.end(); });`,
    // Finished by someone else: the error handler after next().
    `app.get('/me', (req, res, next) => { res.status(401); next(new Error('login')); });`,
  ],
  invalid: [
    {
      code: handler('res.status(401)'),
      errors: [
        missing(2, 53, handler(fixed)),
        missing(3, 39, handler('res.status(401)').replace("if (expired(req)) return res.status(401)", `if (expired(req)) return ${fixed}`)),
        missing(4, 14, handler('res.status(401)').replace("  res.status(401).json({ error: 'invalid' })", `  ${fixed}.json({ error: 'invalid' })`)),
      ],
    },
    {
      // After the first suggestion, the other two branches are still bare.
      code: handler(fixed),
      errors: [
        missing(3, 39, handler(fixed).replace("if (expired(req)) return res.status(401)", `if (expired(req)) return ${fixed}`)),
        missing(4, 14, handler(fixed).replace("  res.status(401).json({ error: 'invalid' })", `  ${fixed}.json({ error: 'invalid' })`)),
      ],
    },
    {
      // The response escapes ten lines after it was sent: too late to add anything.
      code: `app.get('/me', (req, res) => {\n  res.status(401).end();\n  verifyUser({ req, res });\n});`,
      errors: [missing(2, 14, `app.get('/me', (req, res) => {\n  res.status(401).header('WWW-Authenticate', 'Bearer').end();\n  verifyUser({ req, res });\n});`)],
    },
  ],
});
