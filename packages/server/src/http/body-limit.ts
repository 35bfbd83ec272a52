/**
 * Request bodies are size-limited (413 beyond the limit). A declared `Content-Length` is
 * checked without touching the body, so the fast body reading of the Node adapter stays
 * in use; a body without one (chunked) is read here, counting bytes as they come.
 */
import { t } from '@partnerkit/core';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from './errors.js';
import type { AppEnv } from './types.js';

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(413, 'body-too-large', '', t(`The request body is too large. The limit is ${maxBytes} bytes.`, `Le corps de la requête est trop gros. La limite est de ${maxBytes} octets.`));
}

/** Refuses bodies larger than `maxBytes`. */
export function limitBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
    const length = c.req.header('Content-Length');
    if (length !== undefined && c.req.header('Transfer-Encoding') === undefined) {
      if (!/^\d+$/.test(length) || Number(length) > maxBytes) throw tooLarge(maxBytes);
      return next();
    }
    const body = c.req.raw.body;
    if (body === null) return next();
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
    const whole = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      whole.set(chunk, offset);
      offset += chunk.byteLength;
    }
    c.req.raw = new Request(c.req.raw, { body: whole });
    return next();
  };
}
