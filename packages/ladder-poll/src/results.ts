/**
 * The results of `<ladder-poll>`: one meter per rung with its value in words, the median, an
 * equivalent table and the split by segment. Loaded together with the client, so a page
 * showing only the question does not download it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { viewResult, type ResultRow } from '@partnerkit/core/ladders/display.js';
import { UNSPECIFIED_SEGMENT } from '@partnerkit/core/ladders/segments.js';
import type { Ladder, ProtectedResult } from '@partnerkit/core/ladders/types.js';
import { format, plural, type LocalizedText } from '@partnerkit/core/shared/text.js';
import { POLL_BODY_MESSAGES } from './poll-body-messages.js';
import { RESULTS_MESSAGES } from './results-messages.js';
import type { PollView } from './view.js';

/** The CSS of the meters, the table and its disclosure, with their high-contrast colours. */
export const styles = css`
  /* Columns of blocks as flex boxes rather than grids: a grid measures the text of every item to size its column. */
  .bars {
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .bar {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
  }
  meter {
    display: block;
    width: 100%;
    height: 1em;
    appearance: none;
    -webkit-appearance: none;
    background: var(--_color-surface-alt);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
  }
  meter::-webkit-meter-bar {
    background: var(--_color-surface-alt);
    border: 0;
    border-radius: var(--_radius);
    height: 100%;
  }
  meter::-webkit-meter-optimum-value,
  meter::-webkit-meter-suboptimum-value,
  meter::-webkit-meter-even-less-good-value {
    background: var(--_color-accent);
    border-radius: var(--_radius);
  }
  meter::-moz-meter-bar {
    background: var(--_color-accent);
  }
  details summary {
    cursor: pointer;
    min-height: 1.5em;
    padding-block: 0.25em;
    color: var(--_color-accent);
    font-weight: 600;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin-block-start: 0.5em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  th,
  td {
    text-align: start;
    padding: 0.25em 0.5em 0.25em 0;
    border-block-end: var(--_border-width) solid var(--_color-border);
    vertical-align: top;
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    /* A browser drops a whole selector list when one pseudo-element in it is unknown to it,
       so the WebKit/Blink and the Firefox bars each have their own rule. */
    meter::-webkit-meter-optimum-value,
    meter::-webkit-meter-suboptimum-value,
    meter::-webkit-meter-even-less-good-value {
      background: Highlight;
    }
    meter::-moz-meter-bar {
      background: Highlight;
    }
    meter::-webkit-meter-bar {
      background: Canvas;
    }
  }
`;

const SEGMENT_LABELS: Readonly<Record<string, LocalizedText>> = {
  staff: POLL_BODY_MESSAGES.segmentStaff,
  patient: POLL_BODY_MESSAGES.segmentPatient,
  [UNSPECIFIED_SEGMENT]: RESULTS_MESSAGES.segmentUnspecified,
};

/** Released results with votes in them: every group, then each segment. */
export function renderReleased(view: PollView, ladder: Ladder, result: ProtectedResult): TemplateResult {
  return html`${renderResult(view, ladder, result, 'all')} ${renderSegments(view, ladder, result)}
    <p class="muted">${view.text(RESULTS_MESSAGES.stepNote)}</p>`;
}

function renderResult(view: PollView, ladder: Ladder, result: ProtectedResult, key: string): TemplateResult {
  const shown = viewResult(ladder, result);
  const total = html`<p>${plural(RESULTS_MESSAGES.total, shown.total, view.locale)}</p>`;
  if (!shown.visible) {
    return html`${total}
      <p>${format(view.text(RESULTS_MESSAGES.smallGroup), { k: result.minGroupSize })}</p>`;
  }
  const value = (count: number, percent: number) => plural(RESULTS_MESSAGES.rowValue, count, view.locale, { percent });
  const median = shown.medianRungId === null ? undefined : ladder.rungs.find((rung) => rung.id === shown.medianRungId);
  return html`${total}
    <ul class="bars" role="list">
      ${shown.rows.map(
        (row, index) => html`<li class="bar">
          <span id=${`${key}-bar-${index}`}>${view.text(row.rung.label)}</span>
          <meter
            part="meter"
            min="0"
            max="100"
            .value=${row.percent}
            aria-labelledby=${`${key}-bar-${index}`}
            aria-describedby=${`${key}-bar-${index}-value`}
          ></meter>
          <span class="muted" id=${`${key}-bar-${index}-value`}>${value(row.count, row.percent)}</span>
        </li>`,
      )}
    </ul>
    ${median === undefined ? nothing : html`<p>${format(view.text(RESULTS_MESSAGES.median), { rung: view.text(median.label) })}</p>`}
    <details part="table">
      <summary>${view.text(RESULTS_MESSAGES.showTable)}</summary>
      ${renderTable(view, shown.rows, view.text(RESULTS_MESSAGES.tableCaption))}
    </details>`;
}

function renderTable(view: PollView, rows: readonly ResultRow[], caption: string): TemplateResult {
  return html`<table>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${view.text(RESULTS_MESSAGES.level)}</th>
        <th scope="col">${view.text(RESULTS_MESSAGES.answers)}</th>
        <th scope="col">${view.text(RESULTS_MESSAGES.share)}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) => html`<tr>
          <th scope="row">${view.text(row.rung.label)}</th>
          <td class="number">${row.count}</td>
          <td class="number">${format(view.text(RESULTS_MESSAGES.percent), { percent: row.percent })}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function renderSegments(view: PollView, ladder: Ladder, result: ProtectedResult): unknown {
  const segments = result.segments;
  if (segments === undefined) return nothing;
  return html`<div class="stack">
    ${view.heading(2, 'segments-title', view.text(RESULTS_MESSAGES.segmentsTitle))}
    ${Object.entries(segments).map(([id, segment]) => {
      const group = view.text(SEGMENT_LABELS[id] ?? RESULTS_MESSAGES.segmentUnspecified);
      const shown = viewResult(ladder, { ladderId: result.ladderId, minGroupSize: result.minGroupSize, total: segment.total, counts: segment.counts });
      const caption = format(view.text(RESULTS_MESSAGES.segmentCaption), { group });
      return shown.visible
        ? renderTable(view, shown.rows, caption)
        : html`<p>
            <strong>${group}</strong> ${plural(RESULTS_MESSAGES.total, shown.total, view.locale)}
            ${format(view.text(RESULTS_MESSAGES.smallGroup), { k: result.minGroupSize })}
          </p>`;
    })}
  </div>`;
}

/** The median rung of a result, or `undefined` when it is hidden or has no votes. */
export function medianRungId(ladder: Ladder, result: ProtectedResult): string | undefined {
  return viewResult(ladder, result).medianRungId ?? undefined;
}
