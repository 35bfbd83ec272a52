/**
 * Small builders shared by the built-in ladders and {@link defineLadder}. They return frozen
 * plain objects, so a ladder handed out by the SDK cannot be changed by accident.
 */
import type { LocalizedText } from '../shared/text.js';
import type { Band, Ladder, Rung } from './types.js';

/** Builds one rung. */
export function rung(id: string, label: LocalizedText, description: LocalizedText): Rung {
  return Object.freeze({ id, label, description });
}

/** Builds one band from the ids of its rungs, lowest first. */
export function band(id: string, label: LocalizedText, rungs: readonly string[]): Band {
  return Object.freeze({ id, label, rungs: Object.freeze([...rungs]) });
}

/** Freezes a ladder, its rungs, its bands and their texts (a fresh copy; the input is left alone). */
export function freezeLadder(ladder: Ladder): Ladder {
  const text = (value: LocalizedText): LocalizedText => Object.freeze({ en: value.en, fr: value.fr });
  return Object.freeze({
    id: ladder.id,
    name: text(ladder.name),
    question: text(ladder.question),
    source: ladder.source,
    rungs: Object.freeze(ladder.rungs.map((item) => rung(item.id, text(item.label), text(item.description)))),
    bands: Object.freeze(ladder.bands.map((item) => band(item.id, text(item.label), item.rungs))),
  });
}
