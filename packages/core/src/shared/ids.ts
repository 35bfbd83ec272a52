/** Random ids and secrets. Uses the Web Crypto API, present in Node 20 and every browser. */

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
