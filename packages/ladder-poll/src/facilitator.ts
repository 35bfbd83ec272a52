/**
 * The facilitator's controls of `<ladder-poll>`: reveal, close, reopen and remove every
 * answer, with a confirmation for the last two. Loaded only by polls with the `facilitator`
 * attribute.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Poll } from '@partnerkit/core/polls/types.js';
import type { LocalizedText } from '@partnerkit/core/shared/text.js';
import type { PollAction } from '@partnerkit/core/store/types.js';
import { FACILITATOR_MESSAGES } from './facilitator-messages.js';
import type { PollView } from './view.js';

/** The CSS of the confirmation and its red button, with its high-contrast colours. */
export const styles = css`
  button.danger {
    background: var(--_color-danger);
    border-color: var(--_color-danger);
  }
  .confirm {
    margin-block-start: 0.75em;
    padding: 0.75em;
    border: var(--_border-width) solid var(--_color-danger);
    border-radius: var(--_radius);
  }
  @media (forced-colors: active) {
    button.danger {
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;

/** What a facilitator can do to a poll; `reopen` opens a closed poll again. */
export type FacilitatorAction = Exclude<PollAction, 'open'> | 'reopen';

/** The actions that ask "are you sure?" first. */
export type ConfirmedAction = 'close' | 'reset';

/** The button of `action` (its `data-action`), a selector in the facilitator's section. */
export function actionButton(action: FacilitatorAction): string {
  return `[data-action="${action}"]`;
}

/** Where focus goes once a confirmation shows: its "Cancel" button. */
export const FOCUS_ON_CONFIRM = '#confirm-cancel';

/** Where focus goes after each action is done, since the button pressed may be gone. */
export const FOCUS_AFTER: Readonly<Record<FacilitatorAction, string>> = {
  reveal: '#facilitator-title',
  close: actionButton('reopen'),
  reopen: actionButton('close'),
  reset: actionButton('reset'),
};

/** The poll, the question being confirmed, and what the buttons do. */
export interface FacilitatorControls {
  /** The poll the controls act on. */
  readonly poll: Poll;
  /** The action waiting for confirmation, if any. */
  readonly confirming: ConfirmedAction | undefined;
  /** A control was pressed (close and reset then ask for confirmation). */
  ask(action: FacilitatorAction): void;
  /** The person confirmed or pressed an action that needs no confirmation. */
  act(action: FacilitatorAction): void;
  /** The person said no to the confirmation. */
  cancel(): void;
}

/** What the status line says once an action is done. */
export const DONE_MESSAGES: Readonly<Record<FacilitatorAction, LocalizedText>> = {
  reveal: FACILITATOR_MESSAGES.revealed,
  close: FACILITATOR_MESSAGES.closedDone,
  reopen: FACILITATOR_MESSAGES.reopened,
  reset: FACILITATOR_MESSAGES.resetDone,
};

/** The facilitator's section: its heading, the buttons, and the confirmation when asked. */
export function renderFacilitator(view: PollView, controls: FacilitatorControls): TemplateResult {
  const { poll, confirming } = controls;
  const button = (action: FacilitatorAction, label: LocalizedText, kind: string) =>
    html`<button type="button" class=${kind} data-action=${action} @click=${() => controls.ask(action)}>${view.text(label)}</button>`;
  return html`<section part="facilitator" class="stack no-print" aria-labelledby="facilitator-title">
    ${view.heading(1, 'facilitator-title', view.text(FACILITATOR_MESSAGES.facilitatorTitle))}
    <div class="actions">
      ${poll.resultsVisibility === 'hidden' && !poll.revealed ? button('reveal', FACILITATOR_MESSAGES.reveal, '') : nothing}
      ${poll.status === 'open' ? button('close', FACILITATOR_MESSAGES.close, 'secondary') : button('reopen', FACILITATOR_MESSAGES.reopen, 'secondary')}
      ${button('reset', FACILITATOR_MESSAGES.reset, 'secondary')}
    </div>
    ${confirming === undefined
      ? nothing
      : html`<div class="confirm stack" role="group" aria-labelledby="confirm-question">
          <p id="confirm-question">${view.text(confirming === 'close' ? FACILITATOR_MESSAGES.confirmClose : FACILITATOR_MESSAGES.confirmReset)}</p>
          <div class="actions">
            <button type="button" class="danger" @click=${() => controls.act(confirming)}>
              ${view.text(confirming === 'close' ? FACILITATOR_MESSAGES.confirmYesClose : FACILITATOR_MESSAGES.confirmYesReset)}
            </button>
            <button type="button" class="secondary" id="confirm-cancel" @click=${() => controls.cancel()}>${view.text(FACILITATOR_MESSAGES.cancel)}</button>
          </div>
        </div>`}
  </section>`;
}
