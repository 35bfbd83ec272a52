/** A one-way digest for secrets kept only to be checked later (pledge owner tokens). */
import { createHash } from 'node:crypto';

/** The SHA-256 digest of `secret`, as hexadecimal text. */
export function secretDigest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
