/**
 * The summary of `<parity-checklist>`: the overall score, then each factor weakest first with
 * its score as a meter and a suggestion from @partnerkit/core. Loaded when someone asks for
 * the summary, so a page showing only the checklist does not download it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { parityFactorById } from '@partnerkit/core/parity/factors.js';
import type { ParityScore } from '@partnerkit/core/parity/score.js';
import { format } from '@partnerkit/core/shared/text.js';
import { SUMMARY_MESSAGES } from './summary-messages.js';
import type { ChecklistView } from './view.js';

/** The CSS of the summary's list of factors and their score meters, and how they print. */
export const styles = css`
  .summary-item {
    background: var(--_color-surface-alt);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
  }
  meter {
    display: block;
    inline-size: 100%;
    block-size: 0.75em;
  }
  .summary-list {
    list-style: none;
  }
  .summary-list > li + li {
    margin-block-start: 0.5em;
  }
  @media print {
    .summary-item {
      break-inside: avoid;
      border: 1px solid #000;
    }
  }
`;

/** What the summary needs from the element to draw itself (the same view as the checklist body's). */
export type SummaryView = ChecklistView;

/** The assessment the summary shows, and what its buttons do. */
export interface SummaryData {
  /** The score computed by core for the answers. */
  readonly score: ParityScore;
  /** The day of the assessment, `YYYY-MM-DD`. */
  readonly assessedOn: string;
  /** The team assessed, when known. */
  readonly team: string | undefined;
  /** Goes back to the answers. */
  readonly onEdit: () => void;
  /** Prints the page. */
  readonly onPrint: () => void;
}

/** The summary section, with the heading `#summary-title` that takes focus when it appears. */
export function renderSummary(view: SummaryView, { score, assessedOn, team, onEdit, onPrint }: SummaryData): TemplateResult {
  const scores = new Map(score.factors.map((factor) => [factor.factorId, factor]));
  const suggestions = new Map(score.suggestions.map((suggestion) => [suggestion.factorId, suggestion]));
  return html`<section class="stack" part="summary">
    <div class="subtitle" role="heading" aria-level=${view.level(1)} id="summary-title" tabindex="-1">${view.text(SUMMARY_MESSAGES.summaryTitle)}</div>
    <p class="muted">
      ${format(view.text(SUMMARY_MESSAGES.assessedOn), { day: assessedOn })}${team ? html`<br />${format(view.text(SUMMARY_MESSAGES.team), { team })}` : nothing}
    </p>
    ${score.overall.rounded === null ? nothing : html`<p><strong>${format(view.text(SUMMARY_MESSAGES.overall), { score: score.overall.rounded })}</strong></p>`}
    <p>${view.text(SUMMARY_MESSAGES.summaryIntro)}</p>
    <ol class="summary-list">
      ${score.weakestFirst.map((id) => {
        const factor = parityFactorById(id);
        const rounded = scores.get(id)?.rounded ?? null;
        const suggestion = suggestions.get(id);
        return html`<li class="summary-item stack">
          <div class="subtitle" role="heading" aria-level=${view.level(2)} id=${`score-${id}`}>${view.text(factor.label)}</div>
          ${rounded === null
            ? html`<p class="muted">${view.text(SUMMARY_MESSAGES.noScore)}</p>`
            : html`<p>${format(view.text(SUMMARY_MESSAGES.score), { score: rounded })}</p>
                <meter min="0" max="100" low="50" high="80" optimum="100" .value=${rounded} aria-labelledby=${`score-${id}`}></meter>
                ${suggestion === undefined
                  ? html`<p>${view.text(SUMMARY_MESSAGES.fullMarks)}</p>`
                  : html`<p><strong>${view.text(SUMMARY_MESSAGES.tryThis)}</strong> ${view.text(suggestion.suggestion)}</p>`}`}
        </li>`;
      })}
    </ol>
    <div class="actions no-print">
      <button type="button" class="secondary" @click=${onEdit}>${view.text(SUMMARY_MESSAGES.edit)}</button>
      <button type="button" @click=${onPrint}>${view.text(SUMMARY_MESSAGES.print)}</button>
    </div>
  </section>`;
}
