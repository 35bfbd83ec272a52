#!/usr/bin/env node
// The demo's web server: the pages and their scripts with the strict Content-Security-Policy an
// intranet might send (to show PartnerKit needs nothing looser), the widgets bundle at
// /partnerkit/, and a proxy that passes /v1/* and /healthz to the PartnerKit API server, so
// pages talk to their own origin. No dependencies; loopback only by default.
import { request as httpRequest, createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const PUBLIC_DIR = join(root, 'public');
const DIST_DIR = join(root, 'dist');
const WIDGETS_DIR = join(dirname(createRequire(import.meta.url).resolve('@partnerkit/widgets/package.json')), 'dist');

/** Folder pages: `/` is the intranet page in English, `/fr/` the same page in French. */
const FOLDER_PAGES = { '/': 'index.html', '/fr/': 'fr/index.html' };
/** Any page, style sheet or image in public/ (lowercase names, no dots but the extension). */
const PUBLIC_FILE = /^\/((?:[a-z0-9-]+\/)*[a-z0-9-]+\.(?:html|css|svg))$/;
/** Built scripts and their source maps: the demo's own pages and the plain page's elements. */
const BUILT_FILE = /^\/((?:pages|elements)\/[A-Za-z0-9_-]+\.js(?:\.map)?)$/;
/** The widgets bundle, its autoloader and the autoloader's chunks. */
const WIDGETS_FILE = /^\/partnerkit\/((?:chunks\/)?[A-Za-z0-9_-]+\.js(?:\.map)?)$/;

/** The file on disk for a request path, or `undefined` when there is none to serve. */
function fileFor(path) {
  if (Object.hasOwn(FOLDER_PAGES, path)) return join(PUBLIC_DIR, FOLDER_PAGES[path]);
  let match = PUBLIC_FILE.exec(path);
  if (match) return inside(PUBLIC_DIR, match[1]);
  match = BUILT_FILE.exec(path);
  if (match) return inside(DIST_DIR, match[1]);
  match = WIDGETS_FILE.exec(path);
  return match ? inside(WIDGETS_DIR, match[1]) : undefined;
}

/** `folder/name`, or `undefined` when it would leave the folder. */
function inside(folder, name) {
  const file = normalize(join(folder, name));
  return file.startsWith(folder + sep) ? file : undefined;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The policy of every page: scripts, styles and connections from this origin only, Trusted Types on. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** True for the paths the API server answers. */
export function isApiPath(path) {
  return path === '/healthz' || path === '/v1' || path.startsWith('/v1/');
}

/** Headers that belong to one connection and must not be passed on (RFC 9110, section 7.6.1). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host']);

/** A copy of `headers` without hop-by-hop headers (nor those the Connection header names). */
function passableHeaders(headers) {
  const named = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  );
  const copy = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!HOP_BY_HOP.has(name) && !named.has(name) && value !== undefined) copy[name] = value;
  }
  return copy;
}

const UNAVAILABLE = {
  en: 'The PartnerKit server is not answering right now. Please try again in a moment.',
  fr: 'Le serveur PartnerKit ne répond pas pour le moment. Veuillez réessayer dans un instant.',
};

/** French when the request's first language is French, else English. */
function requestLocale(request) {
  const first = String(request.headers['accept-language'] ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first === 'fr' || first.startsWith('fr-') || first.startsWith('fr;') ? 'fr' : 'en';
}

/** Answers 502 in the server's error format, in both languages. */
function answerUnavailable(request, response) {
  const body = JSON.stringify({
    error: { code: 'unavailable', message: UNAVAILABLE[requestLocale(request)], field: '', messages: UNAVAILABLE },
  });
  response
    .writeHead(502, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '2' })
    .end(request.method === 'HEAD' ? undefined : body);
}

/**
 * Passes a request to the API server and its answer back, streaming both bodies (server-sent
 * events flow as they come). When the browser goes away the upstream request is closed; when the
 * API server cannot be reached the answer is a 502 with a JSON error.
 */
function proxy(request, response, api, pathAndQuery) {
  if (api === undefined) {
    answerUnavailable(request, response);
    return;
  }
  const upstream = httpRequest({
    hostname: api.hostname,
    port: api.port,
    path: pathAndQuery,
    method: request.method,
    headers: { ...passableHeaders(request.headers), host: api.host },
  });
  let answer;
  response.on('close', () => {
    // The browser left (or the answer ended): stop the upstream request too.
    if (!response.writableFinished) {
      upstream.destroy();
      answer?.destroy();
    }
  });
  upstream.on('response', (incoming) => {
    answer = incoming;
    response.writeHead(incoming.statusCode ?? 502, passableHeaders(incoming.headers));
    response.flushHeaders();
    incoming.pipe(response);
    // An answer cut short (the API server stopped mid-stream) cuts the browser's answer too,
    // so an event stream reconnects.
    incoming.on('close', () => {
      if (!incoming.complete) response.destroy();
    });
  });
  upstream.on('error', () => {
    if (response.headersSent) response.destroy();
    else answerUnavailable(request, response);
  });
  request.pipe(upstream);
}

/** Answers a static file, or 404. */
async function serveFile(request, response, path) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD', ...SECURITY_HEADERS }).end();
    return;
  }
  if (path === '/fr') {
    response.writeHead(301, { Location: '/fr/', ...SECURITY_HEADERS }).end();
    return;
  }
  const file = fileFor(path);
  if (file === undefined) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Not found\n');
    return;
  }
  let body;
  try {
    body = await readFile(file);
  } catch {
    // A missing file is a 404, unless the whole build is missing.
    const unbuilt = [DIST_DIR, WIDGETS_DIR].some((folder) => file.startsWith(folder + sep) && !existsSync(folder));
    response.writeHead(unbuilt ? 500 : 404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    response.end(unbuilt ? 'The pages are not built yet: run "npm start" from the repository root.\n' : 'Not found\n');
    return;
  }
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...SECURITY_HEADERS });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * Starts the demo server; resolves with its URL and a function that stops it.
 * `apiUrl` is the PartnerKit API server's address; without it, /v1/* answers 502.
 */
export async function startDemoServer({ port = 4173, host = '127.0.0.1', apiUrl } = {}) {
  const api = apiUrl === undefined ? undefined : new URL(apiUrl);
  const server = createServer((request, response) => {
    const { pathname, search } = new URL(request.url ?? '/', 'http://localhost');
    if (isApiPath(pathname)) {
      proxy(request, response, api, pathname + search);
      return;
    }
    if (pathname === '/favicon.ico') {
      // No icon: say so without an error, so the browser console stays clean.
      response.writeHead(204, SECURITY_HEADERS).end();
      return;
    }
    serveFile(request, response, pathname).catch(() => response.destroy());
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const url = `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${address.port}/`;
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        // Event streams never end by themselves.
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  const host = process.env.HOST ?? '127.0.0.1';
  const apiUrl = process.env.PARTNERKIT_API_URL || undefined;
  startDemoServer({ port, host, apiUrl })
    .then(({ url, close }) => {
      console.log(`\nPartnerKit demo: ${url}`);
      console.log(apiUrl ? `API server: ${apiUrl}` : 'No API server: live pages will say the server is not answering. Use "npm start" to run both.');
      console.log('Press Ctrl+C to stop.\n');
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
