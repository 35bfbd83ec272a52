/**
 * Types for recognising partners' work and closing the loop on their input.
 *
 * From seed 001_5c14ab15c4889788.txt (every member's contribution is recognised: letters,
 * e-mails, credit in reports, phone calls, publications, certificates, recognition events)
 * and seed 000_982393f3c17409a9.txt (thank people during the work, tell them what became of
 * their input, say why a suggestion was not followed, send news even when work is paused).
 */
import { PHASE_IDS, type PhaseId } from '../matrix/framework.js';

/** Kinds of contribution a partner can log, as stable ids. */
export const CONTRIBUTION_KINDS = ['meeting', 'review', 'co-design', 'training', 'event', 'interview', 'other'] as const;
/** What a partner did: a meeting, a document review, a co-design session, and so on. */
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/**
 * The phases of a quality-improvement project, in order: the "phase" axis of the framework
 * matrix (seed 003_29976c84f60395a4.txt), shared with `src/matrix`.
 */
export const PROJECT_PHASES = PHASE_IDS;
/** When in a project a contribution happened. */
export type ProjectPhase = PhaseId;

/** One piece of work a partner gave to a project. */
export interface Contribution {
  /** Id of the contribution. */
  readonly id: string;
  /** Who contributed (an id, not a name). */
  readonly partnerId: string;
  /** The partner's name as they want it shown, at most 120 characters. Personal data. */
  readonly partnerName?: string;
  /** The project, at most 200 characters. */
  readonly project: string;
  /** The partner's role, at most 120 characters (for example "co-lead"). */
  readonly role: string;
  /** The day of the contribution, `YYYY-MM-DD`. */
  readonly date: string;
  /** Hours given: more than 0, at most 744 (31 days), with at most two decimals. */
  readonly hours: number;
  /** What sort of contribution it was. */
  readonly kind: ContributionKind;
  /** The project phase it was part of, when known. */
  readonly phase?: ProjectPhase;
  /** Free text, at most 1000 characters. */
  readonly note?: string;
}

/** Ways of thanking a partner, as stable ids (seed 001_5c14ab15c4889788.txt). */
export const ACKNOWLEDGEMENT_KINDS = [
  'thank-you',
  'letter',
  'email',
  'call',
  'certificate',
  'event',
  'report-credit',
  'publication',
] as const;
/** How a partner was thanked. */
export type AcknowledgementKind = (typeof ACKNOWLEDGEMENT_KINDS)[number];

/** A record that a partner was thanked. */
export interface Acknowledgement {
  /** Id of the acknowledgement. */
  readonly id: string;
  /** Who was thanked (an id, not a name). */
  readonly partnerId: string;
  /** How they were thanked. */
  readonly kind: AcknowledgementKind;
  /** The day they were thanked, `YYYY-MM-DD`. */
  readonly date: string;
  /** Free text, at most 1000 characters. */
  readonly note?: string;
  /** The contributions this thanks, when known. */
  readonly contributionIds?: readonly string[];
}

/**
 * Where a piece of input stands in the "you said, we did" ledger:
 * `heard` (received), `in-progress` (being worked on), `adopted` (done), `declined` (not
 * taken up, with a reason), `paused` (on hold).
 */
export const LOOP_STATUSES = ['heard', 'in-progress', 'adopted', 'declined', 'paused'] as const;
/** The status of a {@link LoopItem}. */
export type LoopStatus = (typeof LOOP_STATUSES)[number];

/** One line of a loop item's history: a status change or an update. */
export interface LoopHistoryEntry {
  /** The status after this entry (unchanged for a plain update). */
  readonly status: LoopStatus;
  /** The day, `YYYY-MM-DD`. */
  readonly on: string;
  /** What was said to the partners, at most 1000 characters. */
  readonly note?: string;
}

/** A piece of input from partners, followed until they have been told what became of it. */
export interface LoopItem {
  /** Id of the item. */
  readonly id: string;
  /** What was said: 1–1000 characters, line breaks allowed. */
  readonly said: string;
  /** Where it came from (a meeting, a survey), at most 200 characters. */
  readonly source?: string;
  /** The day it was received, `YYYY-MM-DD`. */
  readonly receivedOn: string;
  /** Where the item stands. */
  readonly status: LoopStatus;
  /** Why it was declined (always present then) or paused (optional), at most 1000 characters. */
  readonly reason?: string;
  /** While paused: how often partners should hear news, in days (default 30). */
  readonly updateEveryDays?: number;
  /** The day partners last heard about it, `YYYY-MM-DD`. */
  readonly lastUpdateOn: string;
  /** Every status change and update, oldest first. */
  readonly history: readonly LoopHistoryEntry[];
}
