import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';

// A static file server: the head, then the body.
export const server = createServer(async (req, res) => {
  if (req.url === '/health') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('ok');
    return;
  }
  try {
    const body = await readFile(`./public${req.url}`);
    res.writeHead(200, { 'Content-Length': body.length });
    res.setHeader('Cache-Control', 'no-cache'); // expect: no-response-after-sent
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
