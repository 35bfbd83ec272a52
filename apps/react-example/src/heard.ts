/**
 * What the app heard from the elements: a reducer that turns each `pk-*` event into React
 * state (the pledges React keeps, a vote count, a log), and each log line in English or French.
 */
import type { Pledge } from '@partnerkit/core/pledges/types.js';
import { format, plural, t, type Locale, type LocalizedText, type PluralText } from '@partnerkit/core/shared/text.js';

/** One event the app heard, as plain data (the log re-renders it in the current language). */
export type Heard =
  | { readonly type: 'pk-vote'; readonly poll: string; readonly rung: string }
  | { readonly type: 'pk-results'; readonly poll: string; readonly total: number }
  | { readonly type: 'pk-pledge'; readonly text: string }
  | { readonly type: 'pk-join'; readonly joinCount: number }
  | { readonly type: 'pk-error'; readonly action: string; readonly code: string; readonly message: string };

/** An event as the app passes it to the reducer. */
export type Action =
  | { readonly type: 'pk-vote'; readonly poll: string; readonly rung: string }
  | { readonly type: 'pk-results'; readonly poll: string; readonly total: number }
  | { readonly type: 'pk-pledge'; readonly pledge: Pledge }
  | { readonly type: 'pk-join'; readonly pledgeId: string }
  | { readonly type: 'pk-error'; readonly action: string; readonly code: string; readonly message: string };

/** The app's state, all of it from the elements' events. */
export interface HeardState {
  /** The pledges React keeps and hands to `<pledge-wall>`. */
  readonly pledges: readonly Pledge[];
  /** How many `pk-vote` events arrived. */
  readonly votes: number;
  /** What was heard, newest first. */
  readonly log: readonly Heard[];
}

/** How many lines the log keeps. */
export const LOG_LENGTH = 12;

/** Nothing heard yet. */
export const NOTHING_HEARD: HeardState = { pledges: [], votes: 0, log: [] };

function withLine(state: HeardState, heard: Heard): HeardState {
  return { ...state, log: [heard, ...state.log].slice(0, LOG_LENGTH) };
}

/** The state after one event: pure, so React may call it twice in strict mode. */
export function hearReducer(state: HeardState, action: Action): HeardState {
  switch (action.type) {
    case 'pk-vote':
      return withLine({ ...state, votes: state.votes + 1 }, action);
    case 'pk-results':
    case 'pk-error':
      return withLine(state, action);
    case 'pk-pledge': {
      const pledges = [...state.pledges.filter((p) => p.id !== action.pledge.id), action.pledge];
      return withLine({ ...state, pledges }, { type: 'pk-pledge', text: action.pledge.text });
    }
    case 'pk-join': {
      const joined = state.pledges.find((p) => p.id === action.pledgeId);
      if (joined === undefined) return state;
      const joinCount = joined.joinCount + 1;
      const pledges = state.pledges.map((p) => (p === joined ? { ...p, joinCount } : p));
      return withLine({ ...state, pledges }, { type: 'pk-join', joinCount });
    }
  }
}

/** The app's own words. */
export const TEXT = {
  title: t('PartnerKit in a React app', 'PartnerKit dans une application React'),
  intro: t(
    'These are PartnerKit elements inside a React app. React gives them data through properties and listens to their events.',
    'Voici des éléments PartnerKit dans une application React. React leur donne des données par des propriétés et écoute leurs événements.',
  ),
  otherLanguage: t('Français', 'English'),
  pollHeading: t('A poll with a client made by React', 'Un sondage avec un client créé par React'),
  pollNote: t(
    'React makes the client (data kept in this page only) and hands it to the provider through its client property.',
    'React crée le client (données gardées dans cette page seulement) et le donne au fournisseur par sa propriété client.',
  ),
  pledgesHeading: t('Pledges kept by React', 'Des engagements gardés par React'),
  pledgesNote: t(
    'The card and the wall keep nothing. React keeps the pledges and gives them to the wall through its pledges property.',
    'La carte et le mur ne gardent rien. React garde les engagements et les donne au mur par sa propriété pledges.',
  ),
  heardHeading: t('What React heard', 'Ce que React a entendu'),
  nothingYet: t('Nothing yet. Vote, or make a pledge.', 'Rien pour l’instant. Votez, ou prenez un engagement.'),
  votes: {
    one: t('{count} vote heard', '{count} vote entendu'),
    other: t('{count} votes heard', '{count} votes entendus'),
  } satisfies PluralText,
  pledges: {
    one: t('{count} pledge kept by React', '{count} engagement gardé par React'),
    other: t('{count} pledges kept by React', '{count} engagements gardés par React'),
  } satisfies PluralText,
} as const;

const LINES = {
  vote: t('Vote: rung “{rung}” on poll “{poll}”.', 'Vote : échelon « {rung} » du sondage « {poll} ».'),
  results: {
    one: t('Results shown: {count} answer in all.', 'Résultats affichés : {count} réponse en tout.'),
    other: t('Results shown: {count} answers in all.', 'Résultats affichés : {count} réponses en tout.'),
  } satisfies PluralText,
  pledge: t('Pledge made, now kept by React: “{text}”.', 'Engagement pris, maintenant gardé par React : « {text} ».'),
  join: {
    one: t('Someone joined a pledge: {count} person in all.', 'Quelqu’un a rejoint un engagement : {count} personne en tout.'),
    other: t('Someone joined a pledge: {count} people in all.', 'Quelqu’un a rejoint un engagement : {count} personnes en tout.'),
  } satisfies PluralText,
  error: t('Problem ({action}, {code}): {message}', 'Problème ({action}, {code}) : {message}'),
} as const;

function say(text: LocalizedText, locale: Locale, values: Readonly<Record<string, string | number>>): string {
  return format(text[locale], values);
}

/** The log line for one event, in the given language. */
export function describe(heard: Heard, locale: Locale): string {
  switch (heard.type) {
    case 'pk-vote':
      return say(LINES.vote, locale, { rung: heard.rung, poll: heard.poll });
    case 'pk-results':
      return plural(LINES.results, heard.total, locale);
    case 'pk-pledge':
      return say(LINES.pledge, locale, { text: heard.text });
    case 'pk-join':
      return plural(LINES.join, heard.joinCount, locale);
    case 'pk-error':
      return say(LINES.error, locale, { action: heard.action, code: heard.code, message: heard.message });
  }
}
