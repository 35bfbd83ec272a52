/**
 * Who may do what. Facilitators prove themselves with the bearer token set in
 * `PARTNERKIT_FACILITATOR_TOKEN` (401 without a token, 403 with a wrong one). A browser's
 * EventSource cannot send headers, so a facilitator's page first asks for a short-lived
 * stream ticket and puts it in the stream's address. Tickets are signed with the token, so
 * any server process sharing it accepts them.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { t } from '@partnerkit/core';
import { HttpError } from './errors.js';

/** How long a stream ticket may be used to open a stream. */
export const TICKET_LIFETIME_MS = 60_000;

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Compares two secrets in a time that does not depend on their contents. */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** The token in an `Authorization: Bearer …` header, or `undefined` when there is none. */
export function bearerToken(header: string | null | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

const MISSING = t('Please sign in as a facilitator: send the facilitator token as a bearer token.', 'Veuillez vous identifier comme animateur : envoyez le jeton d’animation comme jeton porteur.');
const WRONG = t('This token does not allow facilitator actions.', 'Ce jeton ne permet pas les actions d’animation.');

/** Checks facilitator access from an `Authorization` header; throws 401 or 403. */
export function assertFacilitator(header: string | null | undefined, facilitatorToken: string | undefined): void {
  const token = bearerToken(header);
  if (token === undefined) throw new HttpError(401, 'unauthorized', 'Authorization', MISSING, { 'WWW-Authenticate': 'Bearer' });
  if (facilitatorToken === undefined || facilitatorToken === '' || !sameSecret(token, facilitatorToken)) {
    throw new HttpError(403, 'forbidden', 'Authorization', WRONG);
  }
}

/** True for a valid facilitator header; false without one; throws 403 for a wrong one. */
export function isFacilitator(header: string | null | undefined, facilitatorToken: string | undefined): boolean {
  if (bearerToken(header) === undefined) return false;
  assertFacilitator(header, facilitatorToken);
  return true;
}

function ticketSignature(facilitatorToken: string, payload: string): string {
  return createHmac('sha256', digest(`partnerkit-stream-ticket:${facilitatorToken}`)).update(payload).digest('base64url');
}

/** A stream ticket and when it stops working. */
export interface StreamTicket {
  /** Put it in the stream's address: `?ticket=…`. */
  readonly ticket: string;
  /** When it expires (ISO 8601). */
  readonly expiresAt: string;
}

/** Makes a stream ticket that works for {@link TICKET_LIFETIME_MS}. */
export function issueTicket(facilitatorToken: string, nowMs: number): StreamTicket {
  const expires = nowMs + TICKET_LIFETIME_MS;
  const payload = `${expires}.${randomBytes(12).toString('base64url')}`;
  return { ticket: `${payload}.${ticketSignature(facilitatorToken, payload)}`, expiresAt: new Date(expires).toISOString() };
}

/** Checks a stream ticket; throws 403 when it is wrong or expired. */
export function assertTicket(ticket: string, facilitatorToken: string | undefined, nowMs: number): void {
  const parts = ticket.split('.');
  const valid =
    facilitatorToken !== undefined &&
    facilitatorToken !== '' &&
    ticket.length <= 200 &&
    parts.length === 3 &&
    sameSecret(parts[2] ?? '', ticketSignature(facilitatorToken, `${parts[0]}.${parts[1]}`)) &&
    Number(parts[0]) >= nowMs;
  if (!valid) {
    throw new HttpError(403, 'forbidden', 'ticket', t('This stream ticket is wrong or has expired. Please ask for a new one.', 'Ce ticket de flux est faux ou a expiré. Veuillez en demander un nouveau.'));
  }
}
