#!/usr/bin/env node
// A small static server for the demo page: no dependencies, loopback only by default, and the
// strict Content-Security-Policy an intranet might send, to show the SDK needs nothing looser.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const FILES = {
  '/': join(root, 'public', 'index.html'),
  '/index.html': join(root, 'public', 'index.html'),
  '/styles.css': join(root, 'public', 'styles.css'),
  '/main.js': join(root, 'dist', 'main.js'),
  '/main.js.map': join(root, 'dist', 'main.js.map'),
  '/elements.html': join(root, 'public', 'elements.html'),
};
const ELEMENTS_DIR = join(root, 'dist', 'elements');

/** The file for a request path: a page or script listed above, or a built element chunk. */
function fileFor(path) {
  if (Object.hasOwn(FILES, path)) return FILES[path];
  const chunk = /^\/elements\/([A-Za-z0-9_-]+\.js(?:\.map)?)$/.exec(path);
  return chunk ? join(ELEMENTS_DIR, chunk[1]) : undefined;
}
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** Starts the demo server; resolves with its URL and a function that stops it. */
export async function startDemoServer({ port = 4173, host = '127.0.0.1' } = {}) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/favicon.ico') {
      // No icon: say so without an error, so the browser console stays clean.
      response.writeHead(204, SECURITY_HEADERS).end();
      return;
    }
    const file = fileFor(path);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', ...SECURITY_HEADERS }).end();
      return;
    }
    if (!file || !normalize(file).startsWith(root + sep)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Not found\n');
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...SECURITY_HEADERS });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response
        .writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS })
        .end('The page is not built yet: run "npm start" from the repository root.\n');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}/`;
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  const host = process.env.HOST ?? '127.0.0.1';
  startDemoServer({ port, host })
    .then(({ url, close }) => {
      console.log(`\nPartnerKit demo: ${url}`);
      console.log(`The four elements on a plain page: ${url}elements.html`);
      console.log('Votes stay in this browser (browser storage). Press Ctrl+C to stop.\n');
      const stop = () => close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    })
    .catch((error) => {
      const reason = error?.code === 'EADDRINUSE' ? `port ${port} is already in use; try PORT=4174 npm start` : error.message;
      console.error(`The demo could not start: ${reason}`);
      process.exit(1);
    });
}
