/**
 * `<parity-checklist>`: a team checks the seven parity factors (seed
 * 003_29976c84f60395a4.txt) and gets a score per factor with suggestions. Every rule, score
 * and suggestion comes from @partnerkit/core; the element renders them and saves answers.
 */
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ParityAnswer, ParityAnswers } from '@partnerkit/core/parity/answers.js';
import type { ParityFactorId, ParityItemId } from '@partnerkit/core/parity/factors.js';
import type { Roster } from '@partnerkit/core/parity/roster-check.js';
import type { ParityScore } from '@partnerkit/core/parity/score.js';
import type { ParityAssessment } from '@partnerkit/core/parity/types.js';
import { personalAssessmentId } from '@partnerkit/core/parity/assessment-id.js';
import { today } from '@partnerkit/core/shared/today.js';
import { PartnerKitError } from '@partnerkit/core/shared/errors.js';
import { format } from '@partnerkit/core/shared/text.js';
import type { StoredRecord } from '@partnerkit/core/store/types.js';
import { adoptPartStyles, baseStyles, emit, OutboxController, PartnerKitElement, queuedKey, type OutboxOutcome, type PartnerKitConnection } from '@partnerkit/ui';
import type * as BodyModule from './checklist-body.js';
import type { ChecklistBody, CountField, CountTexts } from './checklist-body.js';
import { CHECKLIST_MESSAGES as MESSAGES } from './checklist-messages.js';
import type { PkChangeDetail, PkSubmitDetail, ScoredParityAssessment } from './events.js';
import type * as SummaryModule from './summary.js';
import type { ChecklistView } from './view.js';

/** The record collection assessments are saved in (through `client.records`). */
export const ASSESSMENTS_COLLECTION = 'assessments';

/** The assessment id used when the `assessment` attribute is not set. */
export const DEFAULT_ASSESSMENT_ID = 'parity-assessment';

/**
 * What the element shows: `loading` (reading saved answers), `answering` (the checklist),
 * `summary` (scores and suggestions) or `error` (saved answers could not be read; a retry
 * button is shown).
 */
export type ChecklistState = 'loading' | 'answering' | 'summary' | 'error';

/** How a save ended: kept by the store, saved on this device to be sent later, or failed (already shown). */
type SaveOutcome = 'saved' | 'queued' | 'failed';

const EMPTY_COUNTS: CountTexts = { patients: '', professionals: '' };

/** Turns typed text into what core's `rosterFromCounts` reads: empty is 0, digits a number, anything else stays text (refused there). */
function countValue(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * The seven parity factors as a checklist a team answers together: each statement is answered
 * "not yet", "partly", "fully" or "does not apply to us". Answers are saved as you go in the
 * store's `assessments` records, so a reload loses nothing. With a server (`endpoint`),
 * answers given offline are saved on this device and sent when the connection is back; the
 * checklist keeps showing them meanwhile. Optional team numbers (patient
 * partners and professionals) suggest answers for the numbers factor. The summary gives a
 * score per factor, weakest first, each with a suggestion, and can be printed.
 *
 * The element is form-associated: inside a `<form>` with a `name`, its value (the assessment
 * as JSON) is submitted, and resetting the form clears the answers.
 *
 * Keyboard: Tab moves from one statement to the next, arrow keys pick an answer (native radio
 * buttons), Space selects the focused answer.
 *
 * @tag parity-checklist
 * @summary Check the seven parity factors of a partnership, with a score and suggestions.
 *
 * @fires {CustomEvent<PkChangeDetail>} pk-change - A statement was answered and saved. Detail `{ factor, item, answer }`. For an answer saved offline, once it was sent.
 * @fires {CustomEvent<PkOutboxDetail>} pk-queued - The server could not be reached: the answers are saved on the device and will be sent. Detail `{ key, kind: 'record' }`.
 * @fires {CustomEvent<PkOutboxDetail>} pk-sent - Answers saved on the device reached the server. Detail `{ key, kind: 'record' }`.
 * @fires {CustomEvent<PkSubmitDetail>} pk-submit - The summary was asked for. Detail `{ assessment }`: the saved assessment with its `score`.
 * @fires {CustomEvent<PkErrorDetail>} pk-error - Loading or saving failed. Detail `{ action, code, message }`; the message is also shown.
 *
 * @csspart base - The element's frame.
 * @csspart progress - The progress line ("3 of 7 factors answered").
 * @csspart roster - The optional team numbers.
 * @csspart factor - One factor and its statements.
 * @csspart summary - The summary.
 * @csspart status - The status line read out by screen readers.
 *
 * @cssprop --pk-color-text - Text colour.
 * @cssprop --pk-color-muted - Colour of secondary text.
 * @cssprop --pk-color-surface - Background.
 * @cssprop --pk-color-surface-alt - Background of factors and summary rows.
 * @cssprop --pk-color-border - Border colour.
 * @cssprop --pk-color-accent - Buttons, selected answers and score bars.
 * @cssprop --pk-color-on-accent - Text on buttons.
 * @cssprop --pk-color-danger - Error messages.
 * @cssprop --pk-color-focus - Focus ring colour.
 * @cssprop --pk-focus-ring-width - Focus ring width.
 * @cssprop --pk-space - Base spacing.
 * @cssprop --pk-radius - Corner radius.
 * @cssprop --pk-border-width - Border width.
 */
export class ParityChecklist extends PartnerKitElement {
  /** Takes part in forms through ElementInternals. */
  static formAssociated = true;

  static override properties = {
    ...PartnerKitElement.properties,
    assessment: {},
    team: {},
    name: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    hideRoster: { attribute: 'hide-roster', type: Boolean },
    state: { reflect: true },
    answers: { state: true },
    roster: { state: true },
    counts: { state: true },
    status: { state: true },
    problem: { state: true },
    countError: { state: true },
    submitError: { state: true },
    formDisabled: { state: true },
  };

  /** The shell's own CSS: the checklist body and the summary bring their own, added before they are drawn. */
  static override styles = [
    baseStyles,
    css`
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
      }
      @media print {
        .root {
          border: 0;
          padding: 0;
        }
      }
    `,
  ];

  /**
   * Id of the assessment the answers are saved under (`assessment` attribute; default `parity-assessment`).
   * With a server (`endpoint`), each person keeps their own answers under this id followed by
   * `.` and their participant id; the team's parity combines them.
   */
  declare assessment: string;
  /** Id of the team assessed, saved with the assessment (`team` attribute; optional). */
  declare team: string | undefined;
  /** Name under which the value is submitted in a host `<form>`. */
  declare name: string | undefined;
  /** Level of the element's main heading, 1 to 6 (`heading-level` attribute; default 2); inner headings follow. */
  declare headingLevel: number;
  /** Hides the optional team numbers (`hide-roster` attribute). */
  declare hideRoster: boolean;
  /** What the element shows now (reflected, read it rather than set it): see {@link ChecklistState}. */
  declare state: ChecklistState;

  declare private answers: ParityAnswers;
  declare private roster: Roster | undefined;
  declare private counts: CountTexts;
  declare private status: string;
  declare private problem: string;
  declare private countError: { readonly field: CountField; readonly message: string } | undefined;
  declare private submitError: string;
  declare private formDisabled: boolean;

  private readonly internals: ElementInternals;
  private assessedOn: string;
  private loadToken = 0;
  private saving: Promise<unknown> = Promise.resolve();
  /** The checklist body and the scores behind it, loaded with the saved answers. */
  private bodyPart: typeof BodyModule | undefined;
  /** The summary view, loaded the first time someone asks for the summary. */
  private summaryPart: typeof SummaryModule | undefined;
  /** Counts changes the person made, so answers sent from before a reload never overwrite newer ones. */
  private edits = 0;
  /** Answers saved on the device, by outbox key, to announce with `pk-change` once sent. */
  private readonly queuedChanges = new Map<string, PkChangeDetail>();
  /** Follows answers saved on the device while the server cannot be reached. */
  private readonly outbox = new OutboxController(this, (outcome) => this.onOutboxOutcome(outcome));

  constructor() {
    super();
    this.assessment = DEFAULT_ASSESSMENT_ID;
    this.team = undefined;
    this.name = undefined;
    this.headingLevel = 2;
    this.hideRoster = false;
    this.state = 'loading';
    this.answers = {};
    this.roster = undefined;
    this.counts = EMPTY_COUNTS;
    this.status = '';
    this.problem = '';
    this.countError = undefined;
    this.submitError = '';
    this.formDisabled = false;
    this.assessedOn = today();
    this.internals = this.attachInternals();
  }

  /** The assessment as it stands: id, team, day, answers and roster. */
  get value(): ParityAssessment {
    return {
      id: this.recordId,
      ...(this.team ? { teamId: this.team } : {}),
      assessedOn: this.assessedOn,
      answers: this.answers,
      ...(this.roster !== undefined && this.roster.length > 0 ? { roster: this.roster } : {}),
    };
  }

  /**
   * The id the answers are saved under: the `assessment` id on a shared device, or with a
   * server (each person on their own device) that id and the person's, so everyone keeps their own.
   */
  private get recordId(): string {
    const client = this.client;
    return client === null || this.connection.kiosk ? this.assessment : personalAssessmentId(this.assessment, client.participantId);
  }

  /**
   * The score of the answers so far, computed by @partnerkit/core, with a suggestion for every
   * factor below full marks; `undefined` until the checklist was shown (`state` `answering` or
   * `summary`), because core's scoring loads with the saved answers.
   */
  get score(): ParityScore | undefined {
    return this.bodyPart?.scoreOf(this.value);
  }

  /** The score, for the code that runs only once the checklist is shown. */
  private get shownScore(): ParityScore {
    return this.loadedBody.scoreOf(this.value);
  }

  /** The checklist body module; throws when it has not loaded yet (only the `loading` and `error` states come before it). */
  private get loadedBody(): typeof BodyModule {
    if (this.bodyPart === undefined) throw new Error('<parity-checklist> has not shown its checklist yet: wait until its state is "answering".');
    return this.bodyPart;
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Loads the saved answers, and follows answers waiting to be sent, whenever the element gets a (new) client. */
  override connectionChanged(connection: PartnerKitConnection): void {
    this.outbox.follow(connection);
    void this.load();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The CSS of the parts loaded so far, before they are first drawn, in a fixed order (the
    // body, then the summary, which only comes after it), as one style sheet would have it.
    adoptPartStyles(this, [this.bodyPart?.styles, this.summaryPart?.styles]);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('assessment') && changed.get('assessment') !== undefined) void this.load();
  }

  /** Reads the saved assessment, if any; shows the `error` state when that fails. */
  private async load(): Promise<void> {
    const token = ++this.loadToken;
    await this.updateComplete;
    const client = this.client;
    this.state = 'loading';
    try {
      const target = `${ASSESSMENTS_COLLECTION}/${this.recordId}`;
      const [record, waiting, body] = await Promise.all([
        client === null ? undefined : client.records.get<ParityAssessment>(ASSESSMENTS_COLLECTION, this.recordId),
        this.outbox.pending((entry) => entry.kind === 'record' && entry.target === target && entry.participantId === client?.participantId),
        this.bodyPart ?? import('./checklist-body.js'),
      ]);
      this.bodyPart = body;
      if (token !== this.loadToken) return;
      this.applyAssessment(record?.value);
      this.edits = 0;
      this.state = 'answering';
      this.problem = '';
      if (waiting.length > 0) this.status = this.text(MESSAGES.answersWaiting);
    } catch (error) {
      if (token !== this.loadToken) return;
      this.problem = this.reportError('load', error).message;
      this.state = 'error';
    }
  }

  /** Shows a saved assessment, or a blank one. One with a roster needs the checklist body loaded (for its numbers). */
  private applyAssessment(saved: ParityAssessment | undefined): void {
    this.answers = saved?.answers ?? {};
    this.roster = saved?.roster;
    if (saved?.assessedOn !== undefined) this.assessedOn = saved.assessedOn;
    this.counts = saved?.roster === undefined ? EMPTY_COUNTS : this.loadedBody.rosterCounts(saved.roster);
    this.countError = undefined;
    this.submitError = '';
    this.syncFormValue();
  }

  private syncFormValue(): void {
    const json = JSON.stringify(this.value);
    this.internals.setFormValue(json, json);
  }

  /**
   * Saves the assessment as it stands now, after any save already under way (so saves land
   * in order). Resolves `saved` once the store accepted it (always with no store), `queued`
   * when it was saved on this device to be sent later (then the status says so, `pk-queued`
   * fired, and `change` is announced with `pk-change` once sent), `failed` when it failed:
   * then `pk-error` fired and the message is shown.
   */
  private save(change?: PkChangeDetail): Promise<SaveOutcome> {
    const client = this.client;
    const value = this.value;
    this.edits += 1;
    this.syncFormValue();
    const run = async (): Promise<SaveOutcome> => {
      if (client === null) return 'saved';
      try {
        await client.records.save(ASSESSMENTS_COLLECTION, value.id, value);
        return 'saved';
      } catch (error) {
        const key = queuedKey(error);
        if (key !== undefined) {
          // Say so first: the answers may be sent as soon as pages hear `pk-queued`.
          if (change !== undefined) this.queuedChanges.set(key, change);
          this.status = this.text(MESSAGES.queued);
          this.outbox.queued(error, 'record');
          return 'queued';
        }
        const detail = this.reportError('save', error);
        this.problem = format(this.text(MESSAGES.saveFailed), { message: detail.message });
        return 'failed';
      }
    };
    const result = this.saving.then(run);
    this.saving = result;
    return result;
  }

  private async choose(factor: ParityFactorId, item: ParityItemId, answer: ParityAnswer): Promise<void> {
    this.answers = { ...this.answers, [item]: answer };
    this.submitError = '';
    this.problem = '';
    const detail: PkChangeDetail = { factor, item, answer };
    if ((await this.save(detail)) !== 'saved') return;
    this.status = format(this.text(MESSAGES.saved), { progress: this.loadedBody.progressText(this.view, this.shownScore) });
    emit(this, 'pk-change', detail);
  }

  /**
   * Answers saved on the device were sent (`pk-change` fires for the answer they carried) or
   * refused (the message shows; the answers stay on screen, and the next change saves them all).
   */
  private onOutboxOutcome(outcome: OutboxOutcome): void {
    const change = this.queuedChanges.get(outcome.entry.key);
    this.queuedChanges.delete(outcome.entry.key);
    if (outcome.type === 'refused') {
      const detail = this.reportError('save', outcome.error);
      this.problem = format(this.text(MESSAGES.saveFailed), { message: detail.message });
      return;
    }
    // Answers sent from before a reload: show them, unless the person changed something since.
    const record = outcome.result as Partial<StoredRecord<ParityAssessment>> | null | undefined;
    if (this.edits === 0 && record?.id === this.recordId && record.value !== undefined && this.state === 'answering') this.applyAssessment(record.value);
    if (!this.outbox.waiting) this.status = this.text(MESSAGES.sent);
    if (change !== undefined) emit(this, 'pk-change', change);
  }

  private editCount(field: CountField, text: string): void {
    this.counts = { ...this.counts, [field]: text };
  }

  /**
   * Reads both team numbers through core (its roster readers load the first time numbers are
   * typed); saves them, or shows the error next to the field.
   */
  private async commitCounts(): Promise<void> {
    let roster: Roster | undefined;
    try {
      const blank = this.counts.patients.trim() === '' && this.counts.professionals.trim() === '';
      const readers = blank ? undefined : await import('@partnerkit/core/parity/roster.js');
      const { patients, professionals } = this.counts;
      roster = readers?.rosterFromCounts({ patients: countValue(patients), professionals: countValue(professionals) });
    } catch (error) {
      const field: CountField = error instanceof PartnerKitError && error.field === 'professionals' ? 'professionals' : 'patients';
      this.countError = { field, message: error instanceof PartnerKitError ? error.messageIn(this.locale) : String(error) };
      return;
    }
    this.countError = undefined;
    this.roster = roster;
    this.problem = '';
    if ((await this.save()) === 'saved') this.status = this.text(MESSAGES.rosterSaved);
  }

  private async submit(): Promise<void> {
    const score = this.shownScore;
    if (score.progress.itemsAnswered === 0) {
      this.submitError = this.text(MESSAGES.nothingAnswered);
      return;
    }
    this.submitError = '';
    // Answers saved on this device count: the summary is worked out here.
    const [saved, summary] = await Promise.all([this.save(), this.loadSummary()]);
    if (saved === 'failed' || summary === undefined) return;
    this.summaryPart = summary;
    const assessment: ScoredParityAssessment = { ...this.value, score };
    this.state = 'summary';
    this.status = this.text(MESSAGES.summaryShown);
    const detail: PkSubmitDetail = { assessment };
    emit(this, 'pk-submit', detail);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#summary-title')?.focus();
  }

  /** The summary view (loaded once); `undefined` when it could not load: then `pk-error` fired and the message is shown. */
  private async loadSummary(): Promise<typeof SummaryModule | undefined> {
    try {
      return this.summaryPart ?? (await import('./summary.js'));
    } catch (error) {
      this.problem = this.reportError('load', error).message;
      return undefined;
    }
  }

  private async edit(): Promise<void> {
    this.state = 'answering';
    this.status = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  /** Form reset: clears every answer and the team numbers, and saves the blank assessment. */
  formResetCallback(): void {
    this.applyAssessment(undefined);
    this.problem = '';
    if (this.state === 'summary') this.state = 'answering';
    void this.save().then((outcome) => {
      if (outcome === 'saved') this.status = this.text(MESSAGES.cleared);
    });
  }

  /** Follows the disabled state of a host `<fieldset>` or form. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /**
   * Restores answers the browser kept (back/forward navigation), when they are valid and for
   * this assessment. Core's assessment reader (and the checklist body) load first, so the
   * answers appear when the returned promise settles; saved answers loading meanwhile win over them.
   */
  async formStateRestoreCallback(state: string | File | FormData | null): Promise<void> {
    if (typeof state !== 'string') return;
    const token = this.loadToken;
    try {
      const [{ readParityAssessment }, body] = await Promise.all([import('@partnerkit/core/parity/read.js'), this.bodyPart ?? import('./checklist-body.js')]);
      this.bodyPart = body;
      const restored = readParityAssessment(JSON.parse(state));
      if (restored.id === this.recordId && token === this.loadToken) this.applyAssessment(restored);
    } catch {
      // Not ours or no longer valid: keep what the store gave.
    }
  }

  /** What the checklist body and the summary need from the element. */
  private get view(): ChecklistView {
    return { ...this.partView, level: (offset) => this.level(offset) };
  }

  private level(offset: number): string {
    const base = Number.isInteger(this.headingLevel) ? this.headingLevel : 2;
    return String(Math.min(6, Math.max(1, base + offset)));
  }

  protected override render(): TemplateResult {
    return html`<div class="root stack" part="base">
      <div class="title" role="heading" aria-level=${this.level(0)} id="title" tabindex="-1">${this.text(MESSAGES.title)}</div>
      ${this.renderBody()}
      <p class="status muted no-print" role="status" part="status">${this.status}</p>
    </div>`;
  }

  private renderBody(): unknown {
    switch (this.state) {
      case 'loading':
        return html`<p class="muted">${this.text(MESSAGES.loading)}</p>`;
      case 'error':
        return html`<p class="error" role="alert">${this.text(MESSAGES.loadFailed)} ${this.problem}</p>
          <div class="actions"><button type="button" @click=${() => void this.load()}>${this.text(MESSAGES.retry)}</button></div>`;
      case 'summary':
        return (
          this.summaryPart?.renderSummary(this.view, {
            score: this.shownScore,
            assessedOn: this.assessedOn,
            team: this.team,
            onEdit: () => void this.edit(),
            onPrint: () => window.print(),
          }) ?? nothing
        );
      default:
        return this.bodyPart?.renderChecklist(this.view, this.body, this.bodyPart.scoreOf(this.value)) ?? nothing;
    }
  }

  /** What the checklist body draws (see checklist-body.ts). */
  private get body(): ChecklistBody {
    return {
      answers: this.answers,
      roster: this.roster,
      counts: this.counts,
      countError: this.countError,
      problem: this.problem,
      submitError: this.submitError,
      formDisabled: this.formDisabled,
      hideRoster: this.hideRoster,
      choose: (factor, item, answer) => void this.choose(factor, item, answer),
      editCount: (field, text) => this.editCount(field, text),
      commitCounts: () => void this.commitCounts(),
      submit: () => void this.submit(),
    };
  }
}
