/**
 * The words of `<ladder-poll>`'s results (loaded with them), in English and French.
 */
import { t, type LocalizedText, type PluralText } from '@partnerkit/core/shared/text.js';

/** The results' messages, by name. Placeholders in braces are filled with `format` or `plural`. */
export const RESULTS_MESSAGES = {
  segmentUnspecified: t('Did not say', 'N’ont pas répondu'),
  total: {
    one: t('{count} answer in all.', '{count} réponse en tout.'),
    other: t('{count} answers in all.', '{count} réponses en tout.'),
  } satisfies PluralText,
  smallGroup: t(
    'The split by level shows once at least {k} people have answered, so that nobody’s answer can be guessed.',
    'La répartition par niveau s’affiche à partir de {k} réponses, pour que personne ne puisse deviner la réponse de quelqu’un.',
  ),
  stepNote: t(
    'Results are updated after every few new answers, so that no single answer can be worked out.',
    'Les résultats sont mis à jour toutes les quelques réponses, pour qu’on ne puisse pas retrouver une réponse seule.',
  ),
  rowValue: {
    one: t('{count} answer, {percent}%', '{count} réponse, {percent} %'),
    other: t('{count} answers, {percent}%', '{count} réponses, {percent} %'),
  } satisfies PluralText,
  median: t('Half of the answers are on “{rung}” or lower.', 'La moitié des réponses sont sur « {rung} » ou plus bas.'),
  showTable: t('Show the results as a table', 'Voir les résultats sous forme de tableau'),
  tableCaption: t('Answers per level, lowest level first', 'Réponses par niveau, du plus bas au plus haut'),
  level: t('Level', 'Niveau'),
  answers: t('Answers', 'Réponses'),
  share: t('Share', 'Part'),
  percent: t('{percent}%', '{percent} %'),
  segmentsTitle: t('By group', 'Par groupe'),
  segmentCaption: t('Answers from: {group}', 'Réponses de : {group}'),
} satisfies Record<string, LocalizedText | PluralText>;
