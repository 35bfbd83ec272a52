/**
 * What `<parity-checklist>` draws once its saved answers are read: the intro, the progress,
 * the optional team numbers and the seven parity factors (seed 003_29976c84f60395a4.txt) with
 * their statements, and the scores behind them. Loaded with the saved answers, so the element's
 * first download holds only its shell (loading, errors, saving answers) and not core's factors.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { PARITY_ANSWER_IDS, PARITY_ANSWER_LABELS, type ParityAnswer, type ParityAnswers } from '@partnerkit/core/parity/answers.js';
import { PARITY_FACTORS, type ParityFactor, type ParityFactorId, type ParityItemId } from '@partnerkit/core/parity/factors.js';
import { checkRoster, rosterNumbersAnswers, type Roster } from '@partnerkit/core/parity/roster-check.js';
import { scoreParityAssessment, type ParityScore } from '@partnerkit/core/parity/score.js';
import type { ParityAssessment } from '@partnerkit/core/parity/types.js';
import { format, plural } from '@partnerkit/core/shared/text.js';
import { CHECKLIST_BODY_MESSAGES as MESSAGES } from './checklist-body-messages.js';
import type { ChecklistView } from './view.js';

/**
 * The CSS of the factors, their statements, the team numbers and the progress bar. The summary
 * uses its `.subtitle` rule too: it is only shown after the checklist.
 */
export const styles = css`
  .subtitle {
    font-size: 1.1em;
    font-weight: 700;
  }
  .factor,
  .roster {
    background: var(--_color-surface-alt);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
  }
  fieldset {
    border: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
  }
  .item + .item {
    margin-block-start: calc(var(--_space) * 0.75);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: var(--_border-width) solid var(--_color-border);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin-block-start: 0.375em;
  }
  .choices label {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 2em;
    cursor: pointer;
  }
  input[type='radio'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_color-accent);
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .count {
    flex: 1 1 10em;
  }
  .count label {
    display: block;
    font-weight: 600;
  }
  input[type='text'][aria-invalid='true'] {
    border-color: var(--_color-danger);
    border-width: 2px;
  }
  .findings {
    padding-inline-start: 1.25em;
  }
  progress {
    display: block;
    inline-size: 100%;
    block-size: 0.75em;
  }
`;

/** The two team number fields. */
export type CountField = 'patients' | 'professionals';

/** Text typed in the team number fields. */
export type CountTexts = Readonly<Record<CountField, string>>;

/** The element's state the body draws, and what its controls do. */
export interface ChecklistBody {
  /** The answers given so far. */
  readonly answers: ParityAnswers;
  /** The saved team numbers, as a roster. */
  readonly roster: Roster | undefined;
  /** Text typed in the team number fields. */
  readonly counts: CountTexts;
  /** The team number field refused, with its message. */
  readonly countError: { readonly field: CountField; readonly message: string } | undefined;
  /** A load or save error to show. */
  readonly problem: string;
  /** Why the summary could not be shown. */
  readonly submitError: string;
  /** A host `<fieldset>` or form is disabled. */
  readonly formDisabled: boolean;
  /** The team numbers are hidden. */
  readonly hideRoster: boolean;
  /** A statement was answered. */
  choose(factor: ParityFactorId, item: ParityItemId, answer: ParityAnswer): void;
  /** Text was typed in a team number field. */
  editCount(field: CountField, text: string): void;
  /** A team number field was changed (left after typing). */
  commitCounts(): void;
  /** The summary was asked for. */
  submit(): void;
}

/** The score of an assessment, computed by @partnerkit/core, with a suggestion for every factor below full marks. */
export function scoreOf(assessment: ParityAssessment): ParityScore {
  return scoreParityAssessment(assessment, {}, PARITY_FACTORS.length);
}

/** A saved roster's numbers as the text of the team number fields. */
export function rosterCounts(roster: Roster): CountTexts {
  const check = checkRoster(roster);
  return { patients: String(check.patients), professionals: String(check.professionals) };
}

/** The progress line, such as "3 of 7 factors answered". */
export function progressText(view: ChecklistView, score: ParityScore): string {
  return plural(MESSAGES.progress, score.progress.factorsAnswered, view.locale, { total: score.progress.totalFactors });
}

/** The intro, progress, team numbers, factors, error line and summary button. */
export function renderChecklist(view: ChecklistView, body: ChecklistBody, score: ParityScore): TemplateResult {
  const suggested: Partial<Record<ParityItemId, ParityAnswer>> = body.roster === undefined ? {} : rosterNumbersAnswers(checkRoster(body.roster));
  const fromRoster = new Set<string>(score.filledFromRoster);
  return html`<p>${view.text(MESSAGES.intro)}</p>
      <div part="progress">
        <p id="progress-text">${progressText(view, score)}</p>
        <progress max=${score.progress.totalFactors} .value=${score.progress.factorsAnswered} aria-labelledby="progress-text"></progress>
      </div>
      ${body.hideRoster ? nothing : renderRoster(view, body)}
      ${PARITY_FACTORS.map((factor) => renderFactor(view, body, factor, suggested, fromRoster))}
      ${body.problem ? html`<p class="error" role="alert">${body.problem}</p>` : nothing}
      <div class="actions no-print">
        <button type="button" aria-describedby="submit-error" ?disabled=${body.formDisabled} @click=${() => body.submit()}>
          ${view.text(MESSAGES.submit)}
        </button>
      </div>
      <p id="submit-error" class="error">${body.submitError}</p>`;
}

function renderRoster(view: ChecklistView, body: ChecklistBody): TemplateResult {
  const check = body.roster === undefined ? undefined : checkRoster(body.roster);
  const warnings = check?.findings.filter((finding) => finding.severity === 'warning') ?? [];
  const field = (id: CountField, label: string) => {
    const error = body.countError?.field === id ? body.countError.message : '';
    return html`<div class="count">
        <label for=${id}>${label}</label>
        <input
          id=${id}
          type="text"
          inputmode="numeric"
          autocomplete="off"
          .value=${body.counts[id]}
          aria-describedby=${`roster-hint ${id}-error`}
          aria-invalid=${error ? 'true' : 'false'}
          @input=${(event: Event) => body.editCount(id, (event.target as HTMLInputElement).value)}
          @change=${() => body.commitCounts()}
        />
        <p id=${`${id}-error`} class="error">${error}</p>
      </div>`;
  };
  return html`<fieldset class="roster stack" part="roster" ?disabled=${body.formDisabled}>
      <legend>${view.text(MESSAGES.rosterLegend)}</legend>
      <p id="roster-hint" class="muted">${view.text(MESSAGES.rosterHint)}</p>
      <div class="counts">${field('patients', view.text(MESSAGES.rosterPatients))}${field('professionals', view.text(MESSAGES.rosterProfessionals))}</div>
      ${warnings.length > 0 ? html`<ul class="findings">${warnings.map((finding) => html`<li>${view.text(finding.message)}</li>`)}</ul>` : nothing}
    </fieldset>`;
}

function renderFactor(
  view: ChecklistView,
  body: ChecklistBody,
  factor: ParityFactor,
  suggested: Partial<Record<ParityItemId, ParityAnswer>>,
  fromRoster: ReadonlySet<string>,
): TemplateResult {
  const factorId = factor.id as ParityFactorId;
  return html`<section class="factor stack" part="factor">
      <div class="subtitle" role="heading" aria-level=${view.level(1)} id=${`factor-${factor.id}`}>${view.text(factor.label)}</div>
      <p class="muted">${view.text(factor.question)}</p>
      ${factor.items.map((item) => {
        const itemId = item.id as ParityItemId;
        const hint = fromRoster.has(item.id) ? suggested[itemId] : undefined;
        return html`<fieldset class="item" ?disabled=${body.formDisabled} aria-describedby=${hint ? `hint-${item.id}` : nothing}>
          <legend>${view.text(item.text)}</legend>
          <div class="choices">
            ${PARITY_ANSWER_IDS.map(
              (answer) => html`<label>
                <input
                  type="radio"
                  name=${item.id}
                  value=${answer}
                  .checked=${body.answers[itemId] === answer}
                  @change=${() => body.choose(factorId, itemId, answer)}
                />${view.text(PARITY_ANSWER_LABELS[answer])}
              </label>`,
            )}
          </div>
          ${hint ? html`<p class="muted" id=${`hint-${item.id}`}>${format(view.text(MESSAGES.fromRoster), { answer: view.text(PARITY_ANSWER_LABELS[hint]) })}</p>` : nothing}
        </fieldset>`;
      })}
    </section>`;
}
