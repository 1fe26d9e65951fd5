// A thumbnail service on bare `node:http`: uploads are resized in the background.
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const TOKEN = Buffer.from(process.env.SERVICE_TOKEN ?? 'dev-token');
const jobs = new Map();

function hasValidToken(req) {
  const given = Buffer.from((req.headers.authorization ?? '').replace(/^Bearer /, ''));
  return given.length === TOKEN.length && timingSafeEqual(given, TOKEN);
}

/** POST /thumbnails: queues a resize; the 202 names the status monitor. */
function createThumbnail(req, res) {
  if (!hasValidToken(req)) {
    res
      .writeHead(401, { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Bearer realm="thumbnails"' })
      .end(JSON.stringify({ error: 'invalid_token' }));
    return;
  }
  const job = { id: randomUUID(), state: 'queued' };
  jobs.set(job.id, job);
  setTimeout(() => (job.state = 'done'), 1_000);
  res
    .writeHead(202, { 'Content-Type': 'application/json', Location: `/thumbnails/${job.id}` })
    .end(JSON.stringify({ id: job.id, state: job.state }));
}

/** GET /thumbnails/:id, the monitor: 200 with Retry-After while queued, 303 to the image when done. */
function thumbnailStatus(req, res, id) {
  const job = jobs.get(id);
  if (!job) return void res.writeHead(404).end();
  if (job.state === 'done') return void res.writeHead(303, { Location: `/thumbnails/${id}.webp` }).end();
  res.writeHead(200, { 'Content-Type': 'application/json', 'Retry-After': '1' }).end(JSON.stringify(job));
}

/** POST /purge, an internal endpoint: it refuses without a challenge and accepts without a monitor. */
function purgeCache(req, res) {
  if (!hasValidToken(req)) {
    res.writeHead(401, { 'Content-Type': 'text/plain' }).end('Unauthorized'); // expect: require-401-www-authenticate
    return;
  }
  const purgeId = randomUUID();
  jobs.set(purgeId, { id: purgeId, state: 'queued' });
  res.writeHead(202, { 'Content-Type': 'application/json' }).end(JSON.stringify({ purgeId })); // expect: require-202-location
}

createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'POST' && pathname === '/thumbnails') return createThumbnail(req, res);
  if (req.method === 'POST' && pathname === '/purge') return purgeCache(req, res);
  const match = /^\/thumbnails\/([\w-]+)$/.exec(pathname);
  if (req.method === 'GET' && match) return thumbnailStatus(req, res, match[1]);
  res.writeHead(404).end();
}).listen(Number(process.env.PORT ?? 8080));
