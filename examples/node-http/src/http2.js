// The same upload API over HTTP/2 (`node:http2`), where `stream.respond` takes every header at once.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { constants, createSecureServer } from 'node:http2';

const { HTTP2_HEADER_CONTENT_TYPE, HTTP2_HEADER_LOCATION, HTTP2_HEADER_PATH, HTTP2_HEADER_STATUS, HTTP2_HEADER_WWW_AUTHENTICATE } = constants;
const TOKEN = `Bearer ${process.env.SERVICE_TOKEN ?? 'dev-token'}`;

/** Accepts an upload for virus scanning and points to the scan's status monitor. */
function acceptUpload(stream) {
  const id = randomUUID();
  stream.respond({
    [HTTP2_HEADER_STATUS]: 202,
    [HTTP2_HEADER_CONTENT_TYPE]: 'application/json',
    [HTTP2_HEADER_LOCATION]: `/uploads/${id}`,
  });
  stream.end(JSON.stringify({ id, state: 'scanning' }));
}

/** The batch variant forgets the monitor: the client gets an id and nowhere to poll. */
function acceptBatch(stream) {
  const batchId = randomUUID();
  stream.respond({ ':status': 202, 'content-type': 'application/json' }); // expect: require-202-location
  stream.end(JSON.stringify({ batchId }));
}

/** A refused token: the challenge says which scheme to use. */
function refuse(stream) {
  stream.respond({ [HTTP2_HEADER_STATUS]: 401, [HTTP2_HEADER_WWW_AUTHENTICATE]: 'Bearer realm="uploads"' });
  stream.end();
}

const server = createSecureServer({ key: readFileSync('tls/key.pem'), cert: readFileSync('tls/cert.pem') });

server.on('stream', (stream, headers) => {
  const path = headers[HTTP2_HEADER_PATH];
  if (path === '/uploads') return headers.authorization === TOKEN ? acceptUpload(stream) : refuse(stream);
  if (path === '/batches') {
    // The batch route checks the token itself and never tells clients the scheme.
    if (headers.authorization !== TOKEN) return stream.respond({ ':status': 401 }, { endStream: true }); // expect: require-401-www-authenticate
    return acceptBatch(stream);
  }
  stream.respond({ ':status': 404 }, { endStream: true });
});

server.listen(Number(process.env.PORT ?? 8443));
