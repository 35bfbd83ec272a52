/** How many days after making a pledge its maker is reminded to look back on it. */
export const FOLLOW_UP_DAYS = [30, 60, 90] as const;
/** 30, 60 or 90: days from making a pledge to its follow-up. */
export type FollowUpDays = (typeof FOLLOW_UP_DAYS)[number];

/** Where a pledge stands. */
export const PLEDGE_STATUSES = ['made', 'in-progress', 'done', 'not-done'] as const;
/** `made`, `in-progress`, `done` or `not-done`. */
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];

/**
 * A pledge: "I will work in partnership with patients and people by …". A name is kept only
 * with its maker's consent; the text is plain text, never markup.
 */
export interface Pledge {
  /** Id of the pledge. */
  readonly id: string;
  /** The wall it is shown on. */
  readonly wallId: string;
  /** 1–280 characters, trimmed. */
  readonly text: string;
  /** Present only when `nameConsent` is true. */
  readonly name?: string;
  /** True when the maker agreed to have their name shown. */
  readonly nameConsent: boolean;
  /** Days from making the pledge to its follow-up. */
  readonly followUpDays: FollowUpDays;
  /** Day to look back on it: `createdAt` plus `followUpDays` (YYYY-MM-DD). */
  readonly followUpOn: string;
  /** Where the pledge stands. */
  readonly status: PledgeStatus;
  /** What the maker wrote when looking back on it. */
  readonly reflection?: string;
  /** How many people joined ("I'll do this too"). Who joined stays inside the store. */
  readonly joinCount: number;
  /** When it was made (ISO 8601). */
  readonly createdAt: string;
  /** When it last changed (ISO 8601). */
  readonly updatedAt: string;
}

/** What a pledge's maker may change later. */
export interface PledgeUpdate {
  /** The new status, when it changes. */
  readonly status?: PledgeStatus;
  /** The new reflection, when it changes. */
  readonly reflection?: string;
}
