/**
 * What `<ladder-poll>` draws once its poll and ladder are loaded: the form (or the closed
 * notice), the results section and the next-rung question. Loaded while the poll loads, so
 * the element's first download holds only its shell (loading, errors, sending answers).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { nextRung } from '@partnerkit/core/ladders/stats.js';
import type { Ladder, ReleasedResults } from '@partnerkit/core/ladders/types.js';
import type { Poll } from '@partnerkit/core/polls/types.js';
import { format, type LocalizedText } from '@partnerkit/core/shared/text.js';
import { POLL_BODY_MESSAGES } from './poll-body-messages.js';
import type * as ResultsModule from './results.js';
import type { PollView } from './view.js';

/**
 * The CSS of the form, the results section and the headings the parts draw (`.subtitle`).
 * The results and the facilitator's controls use its `.actions`, `section` and `.subtitle`
 * rules too: they are never drawn without the body.
 */
export const styles = css`
  /* The poll's question, kept for screen readers as the choices' legend. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .subtitle {
    font-size: 1.05em;
    font-weight: 700;
  }
  fieldset {
    border: 0;
    min-width: 0;
  }
  .choices {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    margin-block-start: 0.5em;
  }
  /*
   * Each choice: the radio at the start of the first line, its label and description beside
   * it. Plain blocks with the radio placed in the padding, not a grid: a grid measures every
   * label's and description's text to size its columns, which doubled the layout time of a
   * page with many polls.
   */
  .choice {
    position: relative;
    padding-inline-start: 2.125em;
  }
  .choice input {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_color-accent);
    cursor: pointer;
  }
  .choice label {
    display: block;
    font-weight: 600;
    cursor: pointer;
    min-height: 1.5em;
  }
  .choice .desc {
    display: block;
  }
  input[aria-invalid='true'] {
    outline: 2px solid var(--_color-danger);
    outline-offset: 1px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  section {
    border-block-start: var(--_border-width) solid var(--_color-border);
    padding-block-start: calc(var(--_space) * 0.75);
  }
`;

/** The element's state the body draws, and what its controls do. */
export interface PollBody {
  /** The ladder shown. */
  readonly ladder: Ladder;
  /** The poll, or `undefined` when there is no store (`storage="none"`). */
  readonly poll: Poll | undefined;
  /** The element's `question` attribute. */
  readonly question: string | undefined;
  /** Ask whether the person is staff or a patient or family partner. */
  readonly askSegment: boolean;
  /** The form was sent without a choice. */
  readonly choiceError: boolean;
  /** An answer is being sent. */
  readonly busy: boolean;
  /** This person's own answer, when the device is theirs. */
  readonly myRung: string | undefined;
  /** The person answered (or the poll is closed, see `closed`). */
  readonly hasVoted: boolean;
  /** The poll is closed. */
  readonly closed: boolean;
  /** The element has a client (a store or a server). */
  readonly hasClient: boolean;
  /** The results shown. */
  readonly released: ReleasedResults | undefined;
  /** Newer results kept aside while live updates are paused. */
  readonly pending: ReleasedResults | undefined;
  /** Live updates are paused. */
  readonly paused: boolean;
  /** The person may see the results now. */
  readonly resultsVisible: boolean;
  /** The results view, once loaded (it comes with the client). */
  readonly results: typeof ResultsModule | undefined;
  /** Sends the form. */
  submit(event: SubmitEvent): void;
  /** Pauses or resumes live updates. */
  togglePaused(): void;
}

/** The closed notice or the form, then the results section and the next-rung question. */
export function renderPollBody(view: PollView, body: PollBody): TemplateResult {
  return html`${body.poll?.status === 'closed' ? html`<p>${view.text(POLL_BODY_MESSAGES.closed)}</p>` : renderForm(view, body)}
  ${renderResults(view, body)} ${renderPrompt(view, body)}`;
}

function renderForm(view: PollView, body: PollBody): TemplateResult {
  const { ladder, choiceError, myRung: own } = body;
  const describedBy = choiceError ? 'choice-hint choice-error' : 'choice-hint';
  return html`<form part="form" class="stack" novalidate @submit=${body.submit}>
    <fieldset part="choices" aria-describedby=${describedBy}>
      <legend class="visually-hidden">${body.poll?.question ?? body.question ?? view.text(ladder.question)}</legend>
      <p id="choice-hint" class="muted">${view.text(POLL_BODY_MESSAGES.chooseHint)}</p>
      ${choiceError ? html`<p id="choice-error" class="error">${view.text(POLL_BODY_MESSAGES.chooseFirst)}</p>` : nothing}
      <div class="choices">
        ${ladder.rungs.map(
          (rung, index) => html`<div class="choice">
            <input
              type="radio"
              id=${`rung-${index}`}
              name="rung"
              .value=${rung.id}
              .checked=${own === rung.id}
              aria-describedby=${`rung-${index}-desc`}
              aria-invalid=${choiceError ? 'true' : nothing}
            />
            <label for=${`rung-${index}`}>${view.text(rung.label)}</label>
            <span class="desc muted" id=${`rung-${index}-desc`}>${view.text(rung.description)}</span>
          </div>`,
        )}
      </div>
    </fieldset>
    ${body.askSegment ? renderSegment(view) : nothing}
    <div class="actions">
      <button type="submit" part="submit" aria-disabled=${body.busy ? 'true' : 'false'}>
        ${view.text(own !== undefined ? POLL_BODY_MESSAGES.change : POLL_BODY_MESSAGES.submit)}
      </button>
    </div>
  </form>`;
}

function renderSegment(view: PollView): TemplateResult {
  const options: [string, LocalizedText][] = [
    ['staff', POLL_BODY_MESSAGES.segmentStaff],
    ['patient', POLL_BODY_MESSAGES.segmentPatient],
    ['', POLL_BODY_MESSAGES.segmentNone],
  ];
  return html`<fieldset>
    <legend class="subtitle">${view.text(POLL_BODY_MESSAGES.segmentQuestion)}</legend>
    <div class="choices">
      ${options.map(
        ([value, label], index) => html`<div class="choice">
          <input type="radio" id=${`segment-${index}`} name="segment" .value=${value} />
          <label for=${`segment-${index}`}>${view.text(label)}</label>
        </div>`,
      )}
    </div>
  </fieldset>`;
}

function renderResults(view: PollView, body: PollBody): unknown {
  const { poll, released } = body;
  if (poll === undefined || !body.hasClient) return nothing;
  const title = view.text(released?.final ? POLL_BODY_MESSAGES.finalTitle : POLL_BODY_MESSAGES.resultsTitle);
  let content: unknown;
  if (!body.resultsVisible || released === undefined) {
    content = html`<p class="muted">
      ${view.text(poll.resultsVisibility === 'hidden' ? POLL_BODY_MESSAGES.hiddenUntilReveal : POLL_BODY_MESSAGES.resultsAfterVote)}
    </p>`;
  } else if (released.version === 0) {
    content = html`<p>${view.text(POLL_BODY_MESSAGES.empty)}</p>`;
  } else {
    content = body.results?.renderReleased(view, body.ladder, released.result) ?? nothing;
  }
  return html`<section part="results" class="stack" aria-labelledby="results-title">
    ${view.heading(1, 'results-title', title)} ${content} ${renderLive(view, body)}
  </section>`;
}

function renderLive(view: PollView, body: PollBody): unknown {
  if (body.poll?.status !== 'open' || !body.resultsVisible) return nothing;
  const note = body.paused ? (body.pending === undefined ? POLL_BODY_MESSAGES.paused : POLL_BODY_MESSAGES.pausedWaiting) : undefined;
  return html`<div class="actions">
      <button type="button" class="secondary" part="live" @click=${body.togglePaused}>
        ${view.text(body.paused ? POLL_BODY_MESSAGES.resume : POLL_BODY_MESSAGES.pause)}
      </button>
    </div>
    ${note === undefined ? nothing : html`<p class="muted">${view.text(note)}</p>`}`;
}

function renderPrompt(view: PollView, body: PollBody): unknown {
  const { ladder, released } = body;
  if (!body.hasVoted && !body.closed) return nothing;
  let from: string | undefined;
  let template: LocalizedText = POLL_BODY_MESSAGES.nextRungOwn;
  if (body.myRung !== undefined) {
    from = body.myRung;
  } else if (body.resultsVisible && released !== undefined && released.version > 0) {
    from = body.results?.medianRungId(ladder, released.result) ?? undefined;
    template = POLL_BODY_MESSAGES.nextRungGroup;
  }
  if (from === undefined) return nothing;
  const rung = ladder.rungs.find((item) => item.id === from);
  if (rung === undefined) return nothing;
  const next = nextRung(ladder, rung.id);
  const text =
    next === undefined
      ? format(view.text(POLL_BODY_MESSAGES.topRung), { rung: view.text(rung.label) })
      : format(view.text(template), { rung: view.text(rung.label), next: view.text(next.label) });
  return html`<p part="prompt" class="prompt">${text}</p>`;
}
