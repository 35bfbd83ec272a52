/**
 * Custom ladders: a team may bring its own scale (for example a local version of a ladder).
 * {@link defineLadder} checks one from outside input; {@link resolveLadder} finds the ladder a
 * poll refers to.
 */
import { invalid } from '../shared/errors.js';
import { t } from '../shared/text.js';
import { assertUniqueIds, fieldPath, readArray, readId, readLocalizedText, readObject, readString } from '../shared/validate.js';
import { getBuiltInLadder } from './catalog.js';
import { isBuiltInLadderId, unknownLadder } from './ids.js';
import { freezeLadder } from './make.js';
import type { Band, Ladder, Rung } from './types.js';

/** Fewest rungs a ladder may have. */
export const MIN_RUNGS = 2;
/** Most rungs a ladder may have. */
export const MAX_RUNGS = 20;

/** Longest ladder name, rung label or band label, in characters. */
const MAX_LABEL = 120;
/** Longest rung description or ladder source, in characters. */
const MAX_DESCRIPTION = 500;
/** Longest ladder question, in characters. */
const MAX_QUESTION = 300;

/**
 * Ids that cannot be keys of the counts records (the shared readers refuse them as field
 * names), so no rung or band may use them.
 */
const RESERVED_IDS = new Set(['constructor', 'prototype']);

/** The question a custom ladder asks when it does not bring its own. */
const DEFAULT_QUESTION = t(
  'Which rung of this ladder best describes where you are now?',
  'Quel échelon de cette échelle décrit le mieux où vous en êtes aujourd’hui ?',
);

/** What a custom ladder says about its origin when it does not say anything. */
const DEFAULT_SOURCE = 'Custom ladder';

function required(value: unknown, field: string): unknown {
  if (value === undefined) {
    throw invalid('required', field, t('Please fill this in.', 'Veuillez remplir ce champ.'));
  }
  return value;
}

function readPartId(value: unknown, field: string): string {
  const id = readId(required(value, field), field);
  if (RESERVED_IDS.has(id)) {
    throw invalid('forbidden-key', field, t('This id is reserved. Please choose another.', 'Cet identifiant est réservé. Veuillez en choisir un autre.'));
  }
  return id;
}

function readRung(value: unknown, field: string): Rung {
  const raw = readObject(value, field, ['id', 'label', 'description']);
  return {
    id: readPartId(raw['id'], fieldPath(field, 'id')),
    label: readLocalizedText(required(raw['label'], fieldPath(field, 'label')), fieldPath(field, 'label'), { max: MAX_LABEL }),
    description: readLocalizedText(
      required(raw['description'], fieldPath(field, 'description')),
      fieldPath(field, 'description'),
      { max: MAX_DESCRIPTION },
    ),
  };
}

function readBand(value: unknown, field: string): Band {
  const raw = readObject(value, field, ['id', 'label', 'rungs']);
  return {
    id: readPartId(raw['id'], fieldPath(field, 'id')),
    label: readLocalizedText(required(raw['label'], fieldPath(field, 'label')), fieldPath(field, 'label'), { max: MAX_LABEL }),
    rungs: readArray(required(raw['rungs'], fieldPath(field, 'rungs')), fieldPath(field, 'rungs'), { min: 1, max: MAX_RUNGS }, readId),
  };
}

/**
 * Checks that every band's rungs exist, sit next to each other on the ladder lowest first,
 * and that no rung belongs to two bands.
 */
function checkBands(rungs: readonly Rung[], bands: readonly Band[]): void {
  const positions = new Map(rungs.map((item, index) => [item.id, index]));
  const owner = new Map<string, string>();
  bands.forEach((item, bandIndex) => {
    const field = fieldPath(fieldPath('bands', bandIndex), 'rungs');
    let previous = -1;
    item.rungs.forEach((rungId, index) => {
      const rungField = fieldPath(field, index);
      const position = positions.get(rungId);
      if (position === undefined) {
        throw invalid('unknown-value', rungField, t('This ladder has no rung "{id}".', 'Cette échelle n’a pas d’échelon « {id} ».'), { id: rungId });
      }
      const other = owner.get(rungId);
      if (other !== undefined) {
        throw invalid(
          'duplicate',
          rungField,
          t('The rung "{id}" is already in the band "{band}". A rung can be in one band only.', 'L’échelon « {id} » fait déjà partie du groupe « {band} ». Un échelon ne peut faire partie que d’un seul groupe.'),
          { id: rungId, band: other },
        );
      }
      if (index > 0 && position !== previous + 1) {
        throw invalid(
          'invalid',
          rungField,
          t('The rungs of a band must be next to each other on the ladder, lowest first.', 'Les échelons d’un groupe doivent se suivre sur l’échelle, du plus bas au plus haut.'),
        );
      }
      owner.set(rungId, item.id);
      previous = position;
    });
  });
}

/**
 * Checks a custom ladder from outside input and returns it as a frozen {@link Ladder}.
 *
 * Expected shape: `{ id, name, question?, source?, rungs, bands? }`, where `name`, `question`
 * and every label and description are `{ en, fr }` (both required). Rungs are listed lowest
 * first; there must be 2 to 20 of them, with distinct ids. Bands are optional; when present,
 * each band lists neighbouring rungs lowest first, and no rung is in two bands. The id must
 * not be the id of a built-in ladder.
 *
 * @throws ValidationError naming the field at fault (e.g. `rungs.2.label.fr`).
 */
export function defineLadder(input: unknown): Ladder {
  const raw = readObject(input, '', ['id', 'name', 'question', 'source', 'rungs', 'bands']);
  const id = readId(required(raw['id'], 'id'), 'id');
  if (isBuiltInLadderId(id)) {
    throw invalid('duplicate', 'id', t('A built-in ladder already uses the id "{id}". Please choose another.', 'Une échelle fournie utilise déjà l’identifiant « {id} ». Veuillez en choisir un autre.'), { id });
  }
  const name = readLocalizedText(required(raw['name'], 'name'), 'name', { max: MAX_LABEL });
  const question = raw['question'] === undefined ? DEFAULT_QUESTION : readLocalizedText(raw['question'], 'question', { max: MAX_QUESTION });
  const source = raw['source'] === undefined ? DEFAULT_SOURCE : readString(raw['source'], 'source', { max: MAX_DESCRIPTION });
  const rungs = readArray(required(raw['rungs'], 'rungs'), 'rungs', { min: MIN_RUNGS, max: MAX_RUNGS }, readRung);
  assertUniqueIds(rungs, 'rungs', (item) => item.id);
  const bands = raw['bands'] === undefined ? [] : readArray(raw['bands'], 'bands', { max: MAX_RUNGS }, readBand);
  assertUniqueIds(bands, 'bands', (item) => item.id);
  checkBands(rungs, bands);
  return freezeLadder({ id, name, question, source, rungs, bands });
}

/**
 * Finds the ladder a poll refers to: the custom ladder when `id` is its id, otherwise the
 * built-in ladder with that id.
 *
 * @param field - the field path to name in the error (default `ladderId`).
 * @throws ValidationError when no such ladder exists.
 */
export function resolveLadder(id: unknown, custom?: Ladder, field = 'ladderId'): Ladder {
  if (custom !== undefined && id === custom.id) return custom;
  const ladder = typeof id === 'string' ? getBuiltInLadder(id) : undefined;
  if (ladder === undefined) throw unknownLadder(field, custom === undefined ? [] : [custom.id]);
  return ladder;
}
