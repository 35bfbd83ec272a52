/**
 * Acknowledgements: each time a partner was thanked, and how (seed 001_5c14ab15c4889788.txt
 * lists letters, e-mails, credit in reports, calls, publications, certificates and events).
 */
import { invalid } from '../shared/errors.js';
import { t } from '../shared/text.js';
import { fieldPath, readArray, readDay, readEnum, readId, readObject, readOptional } from '../shared/validate.js';
import { readNote } from './contributions.js';
import { ACKNOWLEDGEMENT_KINDS, type Acknowledgement } from './types.js';

/** Most contributions one acknowledgement may name. */
export const MAX_ACKNOWLEDGED_CONTRIBUTIONS = 500;

const ACKNOWLEDGEMENT_KEYS = ['id', 'partnerId', 'kind', 'date', 'note', 'contributionIds'] as const;

function readContributionIds(value: unknown, field: string): string[] {
  const ids = readArray(value, field, { max: MAX_ACKNOWLEDGED_CONTRIBUTIONS }, readId);
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      throw invalid('duplicate', fieldPath(field, index), t('The id "{id}" is listed twice.', 'L’identifiant « {id} » figure deux fois.'), { id });
    }
    seen.add(id);
  });
  return ids;
}

/**
 * Reads one acknowledgement from untrusted input. Throws a ValidationError naming the field
 * for anything missing, unknown, malformed or too long.
 */
export function readAcknowledgement(input: unknown): Acknowledgement {
  const raw = readObject(input, '', ACKNOWLEDGEMENT_KEYS);
  const id = readId(raw.id, 'id');
  const partnerId = readId(raw.partnerId, 'partnerId');
  const kind = readEnum(raw.kind, 'kind', ACKNOWLEDGEMENT_KINDS);
  const date = readDay(raw.date, 'date');
  const note = readOptional(raw.note, 'note', readNote);
  const contributionIds = readOptional(raw.contributionIds, 'contributionIds', readContributionIds);
  return {
    id,
    partnerId,
    kind,
    date,
    ...(note === undefined ? {} : { note }),
    ...(contributionIds === undefined ? {} : { contributionIds }),
  };
}
