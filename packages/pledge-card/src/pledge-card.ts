/**
 * `<pledge-card>`: "I will work in partnership with patients and people by …". A person
 * finishes the sentence, may show their name (only with consent), picks when to look back
 * on it, and gets a finished card they can print. Rules and limits come from
 * @partnerkit/core; the element only shows them and forwards what the person does.
 */
import { css, html, nothing, type PropertyValues } from 'lit';
import {
  DEFAULT_FOLLOW_UP_DAYS,
  MAX_PLEDGE_LENGTH,
  MAX_PLEDGE_NAME_LENGTH,
  PLEDGE_PROMPT,
  remainingCharacters,
} from '@partnerkit/core/pledges/limits.js';
import type * as DraftRules from '@partnerkit/core/pledges/draft.js';
import { FOLLOW_UP_DAYS, type FollowUpDays, type Pledge } from '@partnerkit/core/pledges/types.js';
import { ValidationError } from '@partnerkit/core/shared/errors.js';
import { randomId } from '@partnerkit/core/shared/ids.js';
import { format, plural, type LocalizedText } from '@partnerkit/core/shared/text.js';
import type { CreatedPledge } from '@partnerkit/core/store/types.js';
import { adoptPartStyles, baseStyles, emit, OutboxController, PartnerKitElement, type OutboxOutcome, type PartnerKitConnection } from '@partnerkit/ui';
import type { PkPledgeDetail } from './events.js';
import { CARD_FORM_MESSAGES as M } from './card-messages.js';
import type * as PostedModule from './posted-card.js';
import type { PostedCard } from './posted-card.js';
import { DEFAULT_WALL_ID, heading, pledgeStyles } from './shared.js';

/**
 * Where a `<pledge-card>` stands, reflected as its `state` attribute: `open`, `invalid` (an
 * answer to fix), `error` (saving failed), `queued` (saved on this device while the server
 * cannot be reached; it will be sent) or `made`.
 */
export type PledgeCardState = 'open' | 'invalid' | 'error' | 'queued' | 'made';

/** A field of the form that can carry an inline error. */
type FieldName = 'text' | 'name';

/** An inline error: which field, and what to tell the person. */
interface FieldError {
  readonly field: FieldName;
  readonly code: string;
  readonly message: string;
}

/**
 * A pledge card: the person finishes the sentence "I will work in partnership with patients
 * and people by …" (at most 280 characters, counted live), may show their name (only when
 * they tick the consent box; otherwise no name is kept), and picks a follow-up in 30, 60 or
 * 90 days. Errors show next to the field in plain words. Once saved, the card shows as a
 * finished card the person can print; its owner token (needed to change the pledge later)
 * is kept in the `ownerToken` property and the `pk-pledge` event, never shown on a wall.
 *
 * With a server (`endpoint`), a pledge made offline without a name is saved on this device and
 * shown as a card at once; it is sent when the connection is back, and then `pk-pledge` brings
 * its owner token. A pledge with a name is never kept on the device: offline, the person is
 * told to try again and the form keeps what they typed.
 *
 * @tag pledge-card
 * @summary Make a pledge to work in partnership with patients, and print it.
 *
 * @fires {CustomEvent<PkPledgeDetail>} pk-pledge - The pledge was stored: `{ pledge, ownerToken? }` (name only with consent). For a pledge saved offline, once it was sent.
 * @fires {CustomEvent<PkOutboxDetail>} pk-queued - The server could not be reached: the pledge is saved on the device and will be sent. `{ key, kind: 'pledge' }`.
 * @fires {CustomEvent<PkOutboxDetail>} pk-sent - A pledge saved on the device reached the server. `{ key, kind: 'pledge' }`.
 * @fires {CustomEvent<PkErrorDetail>} pk-error - Something failed (including an answer to fix): `{ action: 'pledge', code, message }`.
 *
 * @csspart base - The card's outer box.
 * @csspart form - The form for a new pledge.
 * @csspart text - The text area.
 * @csspart counter - The live character count.
 * @csspart submit - The submit button.
 * @csspart card - The finished, printable card.
 * @csspart actions - The print and "make another" buttons.
 *
 * @cssprop --pk-color-text - Text colour.
 * @cssprop --pk-color-muted - Colour of hints and the counter.
 * @cssprop --pk-color-surface - Background.
 * @cssprop --pk-color-surface-alt - Background of the finished card.
 * @cssprop --pk-color-border - Borders of the box and fields.
 * @cssprop --pk-color-accent - Buttons and the card's edge.
 * @cssprop --pk-color-on-accent - Text on buttons.
 * @cssprop --pk-color-success - The "saved" message.
 * @cssprop --pk-color-danger - Errors and the counter when over the limit.
 * @cssprop --pk-color-focus - Focus ring colour.
 * @cssprop --pk-focus-ring-width - Focus ring width.
 * @cssprop --pk-space - Spacing unit.
 * @cssprop --pk-radius - Corner radius.
 * @cssprop --pk-border-width - Border width.
 */
export class PledgeCard extends PartnerKitElement {
  /** The form's CSS; the finished card brings its own (posted-card.ts), added before it is drawn. */
  static override styles = [
    baseStyles,
    pledgeStyles,
    css`
      label,
      legend {
        display: block;
        font-weight: 600;
      }
      textarea {
        min-height: 6em;
        resize: vertical;
        margin-block-start: 0.25em;
      }
      input[type='text'] {
        margin-block-start: 0.25em;
      }
      .counter {
        margin-block-start: 0.25em;
        font-size: 0.9em;
      }
      .counter.over {
        color: var(--_color-danger);
        font-weight: 600;
      }
      fieldset {
        border: 0;
      }
      .choice {
        display: flex;
        align-items: center;
        gap: 0.5em;
        min-height: 2em;
        font-weight: 400;
      }
      .choice input {
        width: 1.25em;
        height: 1.25em;
        flex: none;
        accent-color: var(--_color-accent);
      }
      .radios {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1.25em;
        margin-block-start: 0.25em;
      }
      [aria-invalid='true'] {
        border-color: var(--_color-danger);
        border-width: calc(var(--_border-width) * 2);
      }
      .hint {
        font-size: 0.9em;
      }
      [role='status'].saved {
        color: var(--_color-success);
        font-weight: 600;
      }
      @media print {
        .root {
          border: 0;
          padding: 0;
        }
      }
    `,
  ];

  static override properties = {
    ...PartnerKitElement.properties,
    wall: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    state: { reflect: true },
    pledge: { attribute: false },
    ownerToken: { attribute: false },
    draftText: { state: true, attribute: false },
    draftName: { state: true, attribute: false },
    consent: { state: true, attribute: false },
    followUpDays: { state: true, attribute: false },
    fieldError: { state: true, attribute: false },
    status: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    preview: { state: true, attribute: false },
  };

  /** Id of the wall the pledge goes on (attribute `wall`, default `pledges`). */
  declare wall: string;
  /** Level of the card's heading, 2 to 6 (attribute `heading-level`, default 2). */
  declare headingLevel: number;
  /** Where the card stands: `open`, `invalid` (an answer to fix), `error` (saving failed), `queued` (saved on this device, to be sent) or `made`. Read only. */
  declare state: PledgeCardState;
  /** The pledge once made, as stored (a name only with consent); `undefined` before, and while it waits on the device to be sent. Read only. */
  declare pledge: Pledge | undefined;
  /**
   * The secret that lets the maker change their pledge later. Keep it for the person (it is
   * also in the `pk-pledge` event); it is never shown on a wall. Read only.
   */
  declare ownerToken: string | undefined;

  declare private draftText: string;
  declare private draftName: string;
  declare private consent: boolean;
  declare private followUpDays: FollowUpDays;
  declare private fieldError: FieldError | undefined;
  declare private status: { readonly message: string; readonly kind: 'saved' | 'error' } | undefined;
  declare private busy: boolean;
  /** The card shown while the pledge waits on this device to be sent (not stored yet). */
  declare private preview: Pledge | undefined;
  /** The finished card and its words, loaded on the first submit (see posted-card.ts). */
  private postedPart: typeof PostedModule | undefined;
  /** Where focus goes after the next render, when the view changed under it. */
  private focusAfterRender: string | undefined;
  /** The outbox key of the pledge shown as waiting to be sent. */
  private waitingKey: string | undefined;
  /** Follows pledges saved on the device while the server cannot be reached. */
  private readonly outbox = new OutboxController(this, (outcome) => this.onOutboxOutcome(outcome));

  constructor() {
    super();
    this.wall = DEFAULT_WALL_ID;
    this.headingLevel = 2;
    this.busy = false;
    this.reset();
  }

  /** Follows pledges waiting on this device in the (new) client's store. */
  override connectionChanged(connection: PartnerKitConnection): void {
    this.outbox.follow(connection);
  }

  /** Empties the form for the next person and forgets the last pledge and its token. */
  reset(): void {
    this.draftText = '';
    this.draftName = '';
    this.consent = false;
    this.followUpDays = DEFAULT_FOLLOW_UP_DAYS;
    this.fieldError = undefined;
    this.status = undefined;
    this.pledge = undefined;
    this.ownerToken = undefined;
    this.preview = undefined;
    this.waitingKey = undefined;
    this.state = 'open';
  }

  /**
   * Checks the answers with @partnerkit/core and saves the pledge. Errors show next to their
   * field; once the store keeps the pledge, `pk-pledge` fires and the finished card shows.
   */
  async submit(): Promise<void> {
    if (this.busy || this.state === 'made' || this.state === 'queued') return;
    // The readers and the finished card load on the first submit, not with the form.
    let rules: typeof DraftRules;
    try {
      [rules, this.postedPart] = await Promise.all([import('@partnerkit/core/pledges/draft.js'), this.postedPart ?? import('./posted-card.js')]);
    } catch (error) {
      this.fail(error);
      return;
    }
    // Another submit may have finished while the readers loaded.
    if (this.busy || (this.state as PledgeCardState) === 'made' || (this.state as PledgeCardState) === 'queued') return;
    const { createPledge, readPledgeDraft } = rules;
    const draft = {
      wallId: this.wall,
      text: this.draftText,
      nameConsent: this.consent,
      followUpDays: this.followUpDays,
      // No consent, no name: it never leaves the element.
      ...(this.consent && this.draftName.trim() !== '' ? { name: this.draftName } : {}),
    };
    try {
      readPledgeDraft(draft);
    } catch (error) {
      const inline = this.fieldErrorFor(error);
      if (inline !== undefined) {
        this.fieldError = inline;
        this.status = undefined;
        this.state = 'invalid';
        this.focusAfterRender = inline.field;
        emit(this, 'pk-error', { action: 'pledge', code: inline.code, message: inline.message });
        return;
      }
      this.fail(error);
      return;
    }
    this.fieldError = undefined;
    this.busy = true;
    try {
      const client = this.client;
      const created: PkPledgeDetail =
        client === null
          ? { pledge: createPledge(readPledgeDraft(draft), { id: randomId('pledge_'), now: new Date() }) }
          : await client.pledges.make(draft);
      this.pledge = created.pledge;
      this.ownerToken = created.ownerToken;
      this.status = { message: this.text(client === null ? M.sent : M.saved), kind: 'saved' };
      this.state = 'made';
      this.focusAfterRender = 'card-title';
      emit<PkPledgeDetail>(this, 'pk-pledge', created);
    } catch (error) {
      const queued = this.outbox.queued(error, 'pledge');
      if (queued === undefined) {
        this.fail(error);
      } else {
        // Saved on this device: show the card now; the stored pledge and its token come once sent.
        this.preview = createPledge(readPledgeDraft(draft), { id: randomId('pledge_'), now: new Date() });
        this.waitingKey = queued.key;
        this.status = { message: this.text(M.queued), kind: 'saved' };
        this.state = 'queued';
        this.focusAfterRender = 'card-title';
      }
    } finally {
      this.busy = false;
    }
  }

  /**
   * A pledge saved on the device was sent: the card takes the stored pledge and its owner
   * token, and `pk-pledge` fires. Refused: the form comes back with what was typed.
   */
  private onOutboxOutcome(outcome: OutboxOutcome): void {
    const shown = outcome.entry.key === this.waitingKey;
    if (shown) this.waitingKey = undefined;
    if (outcome.type === 'refused') {
      if (shown) {
        // Back to the form, with what the person typed. Focus follows only if it was on the card.
        if (this.matches(':focus-within')) this.focusAfterRender = 'text';
        this.preview = undefined;
        this.fail(outcome.error);
      } else {
        this.status = { message: this.reportError('pledge', outcome.error).message, kind: 'error' };
      }
      return;
    }
    const created = outcome.result as Partial<CreatedPledge> | null | undefined;
    if (created?.pledge === undefined) return;
    const detail: PkPledgeDetail = { pledge: created.pledge, ...(typeof created.ownerToken === 'string' && { ownerToken: created.ownerToken }) };
    if (shown) {
      this.pledge = detail.pledge;
      this.ownerToken = detail.ownerToken;
      this.preview = undefined;
      this.status = { message: this.text(M.pledgeSent), kind: 'saved' };
      this.state = 'made';
    }
    emit<PkPledgeDetail>(this, 'pk-pledge', detail);
  }

  /** Shows a failure that is not about one field, and fires `pk-error`. */
  private fail(error: unknown): void {
    const detail = this.reportError('pledge', error);
    this.status = { message: detail.message, kind: 'error' };
    this.state = 'error';
  }

  /** The inline error for a ValidationError about the text or the name, in plain words. */
  private fieldErrorFor(error: unknown): FieldError | undefined {
    if (!(error instanceof ValidationError)) return undefined;
    const message = (text: LocalizedText, values: Record<string, number> = {}): string => format(this.text(text), values);
    if (error.field === 'text') {
      if (error.code === 'required') return { field: 'text', code: error.code, message: message(M.textRequired) };
      if (error.code === 'too-long') return { field: 'text', code: error.code, message: message(M.textTooLong, { max: MAX_PLEDGE_LENGTH }) };
      return { field: 'text', code: error.code, message: error.messageIn(this.locale) };
    }
    if (error.field === 'name') {
      if (error.code === 'too-long') return { field: 'name', code: error.code, message: message(M.nameTooLong, { max: MAX_PLEDGE_NAME_LENGTH }) };
      return { field: 'name', code: error.code, message: error.messageIn(this.locale) };
    }
    return undefined;
  }

  /** A field changed: keep its value and drop its error, which may no longer hold. */
  private edited(field: FieldName | 'other'): void {
    if (this.fieldError?.field === field) {
      this.fieldError = undefined;
      if (this.state === 'invalid') this.state = 'open';
    }
  }

  private onText(event: Event): void {
    this.draftText = (event.target as HTMLTextAreaElement).value;
    this.edited('text');
  }

  private onName(event: Event): void {
    this.draftName = (event.target as HTMLInputElement).value;
    this.edited('name');
  }

  private onConsent(event: Event): void {
    this.consent = (event.target as HTMLInputElement).checked;
    if (!this.consent) this.edited('name');
  }

  private onFollowUp(event: Event): void {
    this.followUpDays = Number((event.target as HTMLInputElement).value) as FollowUpDays;
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.submit();
  }

  private onAnother(): void {
    this.reset();
    this.focusAfterRender = 'text';
  }

  private onPrint(): void {
    window.print();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The finished card's CSS, once its module is here and before the card is first drawn.
    adoptPartStyles(this, [this.postedPart?.styles]);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfterRender !== undefined) {
      this.renderRoot.querySelector<HTMLElement>(`#${this.focusAfterRender}`)?.focus();
      this.focusAfterRender = undefined;
    }
  }

  /** Ids of the hints and the error that describe a field. */
  private describedBy(field: FieldName, ...hints: string[]): string {
    return [...(this.fieldError?.field === field ? [`${field}-error`] : []), ...hints].join(' ');
  }

  private renderError(field: FieldName): unknown {
    return this.fieldError?.field === field
      ? html`<p class="error" id="${field}-error">${this.fieldError.message}</p>`
      : nothing;
  }

  private renderCounter(): unknown {
    const left = remainingCharacters(this.draftText);
    const over = left < 0;
    const words = plural(over ? M.charactersOver : M.charactersLeft, Math.abs(left), this.locale);
    return html`<p class="counter ${over ? 'over' : 'muted'}" id="counter" part="counter">${words}</p>`;
  }

  private renderForm(): unknown {
    const textInvalid = this.fieldError?.field === 'text';
    const nameInvalid = this.fieldError?.field === 'name';
    return html`
      <form class="stack" part="form" novalidate @submit=${this.onSubmit}>
        ${heading(this.headingLevel, 'title', this.text(M.heading))}
        <p class="muted" id="intro">${this.text(M.intro)}</p>
        <div>
          <label for="text">${this.text(PLEDGE_PROMPT)}</label>
          ${this.renderError('text')}
          <textarea
            id="text"
            name="text"
            part="text"
            rows="4"
            .value=${this.draftText}
            aria-invalid=${textInvalid ? 'true' : 'false'}
            aria-describedby=${this.describedBy('text', 'counter')}
            @input=${this.onText}
          ></textarea>
          ${this.renderCounter()}
        </div>
        <div>
          <label class="choice">
            <input type="checkbox" id="consent" .checked=${this.consent} aria-describedby="consent-hint" @change=${this.onConsent} />
            <span>${this.text(M.consent)}</span>
          </label>
          <p class="muted hint" id="consent-hint">${this.text(M.consentHint)}</p>
        </div>
        ${this.consent
          ? html`<div>
              <label for="name">${this.text(M.name)}</label>
              ${this.renderError('name')}
              <input
                type="text"
                id="name"
                name="name"
                autocomplete="name"
                .value=${this.draftName}
                aria-invalid=${nameInvalid ? 'true' : 'false'}
                aria-describedby=${this.describedBy('name') || nothing}
                @input=${this.onName}
              />
            </div>`
          : nothing}
        <fieldset>
          <legend>${this.text(M.followUp)}</legend>
          <div class="radios">
            ${FOLLOW_UP_DAYS.map(
              (days) => html`<label class="choice">
                <input
                  type="radio"
                  name="follow-up"
                  .value=${String(days)}
                  .checked=${this.followUpDays === days}
                  @change=${this.onFollowUp}
                />
                <span>${format(this.text(M.followUpOption), { days })}</span>
              </label>`,
            )}
          </div>
        </fieldset>
        <div class="actions">
          <button type="submit" part="submit" ?disabled=${this.busy}>
            ${this.text(this.busy ? M.saving : this.state === 'error' ? M.retry : M.submit)}
          </button>
        </div>
      </form>
    `;
  }

  /** What the finished card draws and does (see posted-card.ts). */
  private get posted(): PostedCard {
    return { heading: (id, content) => heading(this.headingLevel, id, content), print: () => this.onPrint(), another: () => this.onAnother() };
  }

  protected override render(): unknown {
    const pledge = this.state === 'made' ? this.pledge : this.state === 'queued' ? this.preview : undefined;
    return html`<div class="root stack" part="base">
      ${pledge === undefined ? this.renderForm() : (this.postedPart?.renderPostedCard(this.partView, this.posted, pledge) ?? nothing)}
      <p role="status" class="no-print ${this.status?.kind ?? ''}">${this.status?.message ?? ''}</p>
    </div>`;
  }
}
