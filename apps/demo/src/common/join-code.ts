/**
 * Join codes: the short poll ids people type on their phone. Six characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L), so a code read off a projector is typed right.
 */
import { isId } from '@partnerkit/core';
import { byId } from './dom.js';

/** The characters a join code uses: capital letters and digits that cannot be mistaken for each other. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** How many characters a join code has. */
export const JOIN_CODE_LENGTH = 6;

const JOIN_CODE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** Random bytes from the browser's (or Node's) cryptographic generator. */
function cryptoBytes(count: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(count));
}

/**
 * A new random join code. Bytes at or above the largest multiple of the alphabet's length are
 * skipped, so every character is equally likely.
 */
export function makeJoinCode(randomBytes: (count: number) => Uint8Array = cryptoBytes): string {
  const size = JOIN_CODE_ALPHABET.length;
  const limit = 256 - (256 % size);
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of randomBytes(JOIN_CODE_LENGTH * 2)) {
      if (byte < limit && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[byte % size];
    }
  }
  return code;
}

/** True for text that is a join code as made by {@link makeJoinCode}. */
export function isJoinCode(text: string): boolean {
  return JOIN_CODE.test(text);
}

/**
 * The poll id someone typed or scanned: a join code typed in small letters or with spaces or
 * dashes becomes the code; any other valid poll id (such as `quality-council`) stays as it is.
 * `undefined` when it is neither.
 */
export function readPollCode(typed: string | null | undefined): string | undefined {
  const text = (typed ?? '').trim();
  const code = text.replace(/[\s-]+/g, '').toUpperCase();
  if (isJoinCode(code)) return code;
  return isId(text) ? text : undefined;
}

/**
 * Shows the section `formSectionId`, which asks for a join code (its field is `#code`, its
 * error `#code-error`), in place of the section `hiddenId`, with an error when there is one.
 * What the person typed is put back.
 */
export function showCodeForm(formSectionId: string, hiddenId: string, error?: string, typed?: string): void {
  byId(hiddenId).hidden = true;
  byId(formSectionId).hidden = false;
  const message = byId('code-error');
  const input = byId<HTMLInputElement>('code');
  message.textContent = error ?? '';
  message.hidden = error === undefined;
  input.setAttribute('aria-invalid', String(error !== undefined));
  if (typed !== undefined) input.value = typed;
  if (error !== undefined) input.focus();
}
