// A file server on bare `node:http` that answers Range requests.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';

function parseRange(header, size) {
  const match = /^bytes=(\d+)-(\d*)$/.exec(header ?? '');
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] ? Number(match[2]) : size - 1;
  return start <= end && end < size ? { start, end } : null;
}

function serveFile(req, res, path) {
  const { size } = statSync(path);
  const range = parseRange(req.headers.range, size);
  if (range === null) {
    res.writeHead(416, { 'Content-Range': `bytes */${size}` });
    res.end();
    return;
  }
  if (range) {
    res.writeHead(206, {
      'Content-Range': `bytes ${range.start}-${range.end}/${size}`,
      'Content-Length': range.end - range.start + 1,
      'Accept-Ranges': 'bytes',
    });
    createReadStream(path, range).pipe(res);
    return;
  }
  res.writeHead(200, { 'Content-Length': size, 'Accept-Ranges': 'bytes' });
  createReadStream(path).pipe(res);
}

/** An older copy of the same: the client is told it got part of the file, but not which part. */
function serveFileV1(req, res, path) {
  const { size } = statSync(path);
  const range = parseRange(req.headers.range, size);
  if (range === null) {
    res.writeHead(416, { 'Content-Type': 'text/plain' }); // expect: require-416-content-range
    res.end('range not satisfiable');
    return;
  }
  if (range) {
    res.writeHead(206, { 'Accept-Ranges': 'bytes' }); // expect: require-206-content-range
    createReadStream(path, range).pipe(res);
    return;
  }
  createReadStream(path).pipe(res);
}

/** Only GET and HEAD read files; the methods are named for the client. */
function methodGuard(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' });
    res.end();
    return false;
  }
  return true;
}

/** Behind the corporate proxy, the same check without its challenge, and a 426 that means "update the app". */
function legacyGuard(req, res) {
  if (!req.headers['proxy-authorization']) {
    res.writeHead(407, { 'Content-Type': 'text/plain' }); // expect: require-407-proxy-authenticate
    res.end('proxy login required');
    return false;
  }
  if (req.headers['x-app-version'] === '1') {
    res.writeHead(426, { 'Content-Type': 'text/plain' }); // expect: require-426-upgrade
    res.end('please update the app');
    return false;
  }
  return true;
}

createServer((req, res) => {
  if (!methodGuard(req, res) || !legacyGuard(req, res)) return;
  const path = new URL(req.url, 'http://localhost').pathname.startsWith('/v1/') ? serveFileV1 : serveFile;
  path(req, res, `./public${req.url}`);
}).listen(8081);
