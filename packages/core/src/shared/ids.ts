/**
 * Ids: checking them, and making random ones and secrets. The checks live here, apart from
 * the other readers, so that a page can check an id without loading every reader. Random ids
 * use the Web Crypto API, present in Node 20 and every browser.
 */
import { invalid } from './errors.js';
import { t } from './text.js';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** Reads a stable id: 1–128 letters, digits, `.`, `-`, `_` or `:`, starting with a letter or digit. */
export function readId(value: unknown, field: string): string {
  if (typeof value !== 'string') {
    throw invalid('wrong-type', field, t('This should be an id (text).', 'Ceci devrait être un identifiant (du texte).'));
  }
  if (!ID_PATTERN.test(value)) {
    throw invalid('invalid-id', field, t('An id may only use letters, digits, dots, dashes, underscores and colons (at most 128).', 'Un identifiant ne peut contenir que des lettres, des chiffres, des points, des tirets, des traits de soulignement et des deux-points (128 au plus).'));
  }
  return value;
}

/** True when the text is a valid id. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}


const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A random id of `length` characters from lowercase letters and digits (default 20, about
 * 103 bits), optionally with a prefix such as `p_`.
 */
export function randomId(prefix = '', length = 20): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let id = prefix;
  // 252 is the largest multiple of 36 below 256: rejecting larger bytes keeps every
  // character equally likely.
  for (let i = 0; i < bytes.length; i += 1) {
    let byte = bytes[i] ?? 0;
    while (byte >= 252) {
      const one = new Uint8Array(1);
      globalThis.crypto.getRandomValues(one);
      byte = one[0] ?? 0;
    }
    id += ALPHABET[byte % 36];
  }
  return id;
}
