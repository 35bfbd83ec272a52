// What the demo's end-to-end tests share: the whole stack on free ports with a throwaway data
// folder, an axe audit, and reading a QR code off the screen. (Kept out of test/, where
// `node --test` would run every file as a test.)
/* global document, Image, window -- these run inside the page (page.evaluate). */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import { startStack } from '../start.mjs';

/** The characters of a join code, as the facilitator page makes them. */
export const JOIN_CODE = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/;

/** Starts the API server and the demo server on free ports with a new data folder; `close()` removes it. */
export async function startTestStack(options = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), 'partnerkit-demo-'));
  const stack = await startStack({ port: 0, dataDir, ...options });
  return {
    ...stack,
    async close() {
      await stack.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Calls the API server directly as the facilitator (a JSON body, an idempotency key). */
export async function facilitatorCall(stack, method, path, body) {
  const response = await fetch(new URL(path, stack.apiUrl), {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${stack.token}`, 'Idempotency-Key': crypto.randomUUID() },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/**
 * The WCAG 2.2 A and AA violations axe finds on the page, as `rule: targets` lines. axe is
 * added as a script, which the page's own policy refuses: open the page in a context made
 * with `bypassCSP: true`.
 */
export async function axeViolations(page) {
  await page.addScriptTag({ path: fileURLToPath(import.meta.resolve('axe-core/axe.min.js')) });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

/**
 * Reads the QR code shown by `locator`: a screenshot, turned into pixels in a blank page of the
 * same browser context (no policy there), decoded with jsQR. Resolves with the text, or null.
 */
export async function readQrCode(locator, context) {
  const png = await locator.screenshot();
  const blank = await context.newPage();
  try {
    const image = await blank.evaluate(async (base64) => {
      const picture = new Image();
      picture.src = `data:image/png;base64,${base64}`;
      await picture.decode();
      const canvas = document.createElement('canvas');
      canvas.width = picture.naturalWidth;
      canvas.height = picture.naturalHeight;
      const drawing = canvas.getContext('2d');
      drawing.drawImage(picture, 0, 0);
      const { data } = drawing.getImageData(0, 0, canvas.width, canvas.height);
      return { width: canvas.width, height: canvas.height, data: Array.from(data) };
    }, png.toString('base64'));
    return jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data ?? null;
  } finally {
    await blank.close();
  }
}
