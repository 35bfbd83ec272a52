/**
 * `<ladder-poll>`: asks how much say patients have, on a ladder of participation, and shows
 * the results once they are safe to show. Every rule (who sees results, small-group
 * protection, percentages, the next rung) comes from @partnerkit/core; the element renders
 * state and forwards what the person does. The ladder poll comes from the workshop in seed
 * 002_d83a45a62a84c467.txt.
 */
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { PartnerKitClient } from '@partnerkit/core/client/client.js';
import { loadLadder } from '@partnerkit/core/ladders/load.js';
import type { Ladder, ReleasedResults } from '@partnerkit/core/ladders/types.js';
import { releaseOrder } from '@partnerkit/core/polls/release-order.js';
import type { Poll } from '@partnerkit/core/polls/types.js';
import { canSeeResults } from '@partnerkit/core/polls/visibility.js';
import { format } from '@partnerkit/core/shared/text.js';
import type { OutboxEntry, StoreEvent, Unsubscribe } from '@partnerkit/core/store/types.js';
import { adoptPartStyles, baseStyles, emit, OutboxController, PartnerKitElement, type OutboxOutcome, type PartnerKitConnection, type PkErrorDetail } from '@partnerkit/ui';
import type { PkResultsDetail, PkVoteDetail } from './events.js';
import type * as FacilitatorModule from './facilitator.js';
import type { ConfirmedAction, FacilitatorAction } from './facilitator.js';
import type * as BodyModule from './poll-body.js';
import { POLL_MESSAGES } from './poll-messages.js';
import type * as ResultsModule from './results.js';
import type { PollView } from './view.js';

/**
 * What the element shows now, reflected as its `state` attribute:
 * - `open`: the question, waiting for an answer;
 * - `voted`: the answer was taken and the results are not shown (hidden, or no store);
 * - `results`: released results are shown;
 * - `empty`: the results could be shown but nothing is released yet;
 * - `closed`: the poll no longer takes answers (final results shown when allowed);
 * - `error`: the poll could not be loaded; a button tries again;
 * - `loading`: the poll is being read;
 * - `upcoming`: with a server, the poll is not set up yet; it shows as soon as it is;
 * - `unconfigured`: the `poll` attribute is missing.
 */
export type LadderPollState = 'open' | 'voted' | 'results' | 'empty' | 'closed' | 'error' | 'loading' | 'upcoming' | 'unconfigured';

/** The form, results section and prompt, loaded while the poll loads. */
type BodyPart = typeof BodyModule;
/** The results view, loaded with the client (a page without a store never needs it). */
type ResultsPart = typeof ResultsModule;
/** The facilitator's controls, loaded only for the `facilitator` attribute. */
type FacilitatorPart = typeof FacilitatorModule;

/**
 * A ladder poll: people pick the rung that best describes how much say patients have, then
 * see the results as meters with text values and an equivalent table. Small groups show only
 * their total. Without a server the device is a kiosk: each answer is a new anonymous vote
 * and the form clears for the next person, and a poll missing from the store is created from
 * the element's attributes. With a server (`endpoint`), each person has one answer they may
 * change; a poll not set up yet shows as "not open yet" until it is; an answer given offline
 * is saved on the device and sent when the connection is back.
 *
 * @tag ladder-poll
 * @summary A ladder-of-participation poll with results protected for small groups.
 *
 * @fires pk-vote - `{ poll, ladder, rung }` after the store accepted a vote (at once with `storage="none"`; for an answer saved offline, once it was sent).
 * @fires pk-queued - `{ key, kind: 'vote' }` when the server could not be reached: the answer is saved on the device and will be sent.
 * @fires pk-sent - `{ key, kind: 'vote' }` when an answer saved on the device reached the server.
 * @fires pk-results - `{ poll, results }` when the element shows a newer release of (protected) results.
 * @fires pk-error - `{ action, code, message }` when loading, voting or a facilitator action fails; also shown to the person.
 *
 * @csspart base - The element's frame.
 * @csspart question - The question heading.
 * @csspart form - The answer form.
 * @csspart choices - The group of rungs to choose from.
 * @csspart submit - The send button.
 * @csspart results - The results section.
 * @csspart meter - Each result bar (a native `<meter>`).
 * @csspart table - The results table (inside a disclosure).
 * @csspart prompt - The "next rung" question.
 * @csspart live - The pause / resume button for live updates.
 * @csspart facilitator - The facilitator controls.
 * @csspart status - The status line, announced to screen readers.
 *
 * @cssprop --pk-color-text - Text colour.
 * @cssprop --pk-color-muted - Colour of secondary text.
 * @cssprop --pk-color-surface - Background.
 * @cssprop --pk-color-surface-alt - Background of the empty part of each bar.
 * @cssprop --pk-color-border - Borders.
 * @cssprop --pk-color-accent - Buttons, radios and the filled part of each bar.
 * @cssprop --pk-color-on-accent - Text on accent buttons.
 * @cssprop --pk-color-danger - Errors and the button that removes every answer.
 * @cssprop --pk-color-focus - Focus ring.
 * @cssprop --pk-focus-ring-width - Focus ring width.
 * @cssprop --pk-space - Spacing unit.
 * @cssprop --pk-radius - Corner radius.
 * @cssprop --pk-border-width - Border width.
 */
export class LadderPoll extends PartnerKitElement {
  /** The shell's own CSS: each part loaded on demand brings its own, added before it is drawn. */
  static override styles = [
    baseStyles,
    css`
      .status:empty {
        display: none;
      }
    `,
  ];

  static override properties = {
    ...PartnerKitElement.properties,
    poll: { reflect: false },
    ladder: { reflect: false },
    question: {},
    results: {},
    minGroupSize: { attribute: 'min-group-size', type: Number },
    segment: { type: Boolean },
    facilitator: { type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
    state: { reflect: true },
    pollRecord: { state: true, attribute: false },
    released: { state: true, attribute: false },
    pending: { state: true, attribute: false },
    paused: { state: true, attribute: false },
    hasVoted: { state: true, attribute: false },
    myRung: { state: true, attribute: false },
    loadError: { state: true, attribute: false },
    status: { state: true, attribute: false },
    statusIsError: { state: true, attribute: false },
    choiceError: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    confirming: { state: true, attribute: false },
    upcoming: { state: true, attribute: false },
    shownLadder: { state: true, attribute: false },
    bodyPart: { state: true, attribute: false },
    resultsPart: { state: true, attribute: false },
    facilitatorPart: { state: true, attribute: false },
  };

  /** Id of the poll. Without it the element shows a short message and warns in the console. */
  declare poll: string | undefined;
  /**
   * The ladder: a built-in ladder id (`participation` by default, `co-production`,
   * `arnstein`, `iap2`, `continuum`) as an attribute, or a custom ladder object as a
   * property (the client must know it too: `createClient({ ladders })`). A poll already in
   * the store keeps its own ladder.
   */
  declare ladder: string | Ladder;
  /** The question; by default the ladder's own question. */
  declare question: string | undefined;
  /**
   * When people see results: `after-vote` (default), `always`, or `hidden` until a
   * facilitator reveals them. Used when the element creates the poll.
   */
  declare results: string | undefined;
  /** Smallest group whose split is shown (default 5, at least 3). Used when the element creates the poll. */
  declare minGroupSize: number | undefined;
  /** Ask whether the person is staff or a patient or family partner. Used when the element creates the poll. */
  declare segment: boolean;
  /** Show the facilitator's controls: reveal, close, reopen and remove every answer. */
  declare facilitator: boolean;
  /** Level of the question heading, 1 to 5 (default 2); the sections inside use the next level. */
  declare headingLevel: number;
  /** What the element shows now (see {@link LadderPollState}); reflected for styling. Read only. */
  declare state: LadderPollState;

  declare private pollRecord: Poll | undefined;
  declare private released: ReleasedResults | undefined;
  declare private pending: ReleasedResults | undefined;
  declare private paused: boolean;
  declare private hasVoted: boolean;
  declare private myRung: string | undefined;
  declare private loadError: PkErrorDetail | undefined;
  declare private status: string;
  declare private statusIsError: boolean;
  declare private choiceError: boolean;
  declare private busy: boolean;
  declare private confirming: ConfirmedAction | undefined;
  /** With a server: the poll is not set up yet. */
  declare private upcoming: boolean;
  declare private shownLadder: Ladder | undefined;
  declare private bodyPart: BodyPart | undefined;
  declare private resultsPart: ResultsPart | undefined;
  declare private facilitatorPart: FacilitatorPart | undefined;

  private loadToken = 0;
  /** Answers saved on the device, by outbox key, to announce once they are sent. */
  private readonly queuedVotes = new Map<string, PkVoteDetail>();
  /** Follows answers saved on the device while the server cannot be reached. */
  private readonly outbox = new OutboxController(this, (outcome) => this.onOutboxOutcome(outcome));
  private unsubscribe: Unsubscribe | undefined;
  private reported: ReleasedResults | undefined;
  private focusAfterUpdate: string | undefined;
  private warned = false;
  /** The form's and the live button's handlers, the same functions on every render. */
  private readonly submitForm = (event: SubmitEvent): void => void this.onSubmit(event);
  private readonly toggleLive = (): void => this.togglePaused();

  constructor() {
    super();
    this.ladder = 'participation';
    this.segment = false;
    this.facilitator = false;
    this.headingLevel = 2;
    this.state = 'loading';
    this.paused = false;
    this.hasVoted = false;
    this.status = '';
    this.statusIsError = false;
    this.choiceError = false;
    this.busy = false;
    this.upcoming = false;
  }

  /** Loads the poll again, and follows answers waiting to be sent, whenever the element's client changes. */
  override connectionChanged(connection: PartnerKitConnection): void {
    this.outbox.follow(connection);
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.hasUpdated && (changed.has('poll') || changed.has('ladder'))) void this.load();
    else if (this.hasUpdated && changed.has('facilitator') && this.facilitator) void this.loadParts().catch(() => undefined);
    this.state = this.currentState();
    // The CSS of the parts loaded so far, before they are first drawn, always in the same
    // order (the body, the results, the facilitator's controls), as one style sheet would.
    adoptPartStyles(this, [this.bodyPart?.styles, this.resultsPart?.styles, this.facilitatorPart?.styles]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterUpdate !== undefined) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
      this.focusAfterUpdate = undefined;
    }
    const released = this.released;
    if (released !== undefined && released !== this.reported && released.version > 0 && this.resultsVisible) {
      this.reported = released;
      emit<PkResultsDetail>(this, 'pk-results', { poll: released.pollId, results: released });
    }
  }

  private get level(): number {
    const level = Math.trunc(Number(this.headingLevel));
    return level >= 1 && level <= 5 ? level : 2;
  }

  private get resultsVisible(): boolean {
    const poll = this.pollRecord;
    if (poll === undefined || this.released === undefined) return false;
    return canSeeResults(poll, { hasVoted: this.hasVoted, isFacilitator: false });
  }

  private currentState(): LadderPollState {
    if (!this.poll) return 'unconfigured';
    if (this.loadError !== undefined) return 'error';
    if (this.upcoming) return 'upcoming';
    if (this.shownLadder === undefined || (this.client !== null && this.pollRecord === undefined)) return 'loading';
    if (this.pollRecord?.status === 'closed') return 'closed';
    if (this.resultsVisible) return this.released!.version === 0 ? 'empty' : 'results';
    return this.hasVoted ? 'voted' : 'open';
  }

  // ---- data -------------------------------------------------------------------------

  /** Reads the poll (creating it on a kiosk when it is missing), its results, and listens for changes. */
  private async load(): Promise<void> {
    const token = ++this.loadToken;
    this.stopListening();
    this.pollRecord = undefined;
    this.released = undefined;
    this.pending = undefined;
    this.loadError = undefined;
    this.upcoming = false;
    this.hasVoted = false;
    this.myRung = undefined;
    await this.updateComplete;
    if (token !== this.loadToken) return;
    const pollId = this.poll;
    if (!pollId) {
      if (!this.warned) {
        this.warned = true;
        console.warn(POLL_MESSAGES.noPollWarning.en);
      }
      return;
    }
    const client = this.client;
    try {
      // Checking a custom ladder needs the readers; they load only when one is given.
      const custom = typeof this.ladder === 'object' ? (await import('@partnerkit/core/ladders/define.js')).defineLadder(this.ladder) : undefined;
      const customLadders = custom === undefined ? [] : [custom];
      if (client === null) {
        const [ladder] = await Promise.all([loadLadder(custom?.id ?? this.ladder, customLadders, 'ladder'), this.loadParts()]);
        if (token === this.loadToken) this.shownLadder = ladder;
        return;
      }
      // The parts drawn once the poll is loaded arrive while the client loads.
      const [poll] = await Promise.all([this.findOrCreatePoll(client, pollId, custom), this.loadParts()]);
      if (poll === undefined) {
        // With a server, polls are set up by the people running them: show this one once it is.
        if (token !== this.loadToken) return;
        this.upcoming = true;
        this.unsubscribe = client.polls.subscribe(pollId, (event) => this.hear(event));
        return;
      }
      const ladder = await loadLadder(poll.ladderId, customLadders, 'ladder');
      const kiosk = this.connection.kiosk;
      const [released, own, waiting] = await Promise.all([
        client.polls.results(pollId),
        kiosk ? undefined : client.polls.myVote(pollId),
        // On a kiosk the answers waiting on the device are other people's.
        kiosk ? [] : this.waitingVotes(client, pollId),
      ]);
      if (token !== this.loadToken) return;
      this.shownLadder = ladder;
      this.pollRecord = poll;
      this.released = released;
      this.hasVoted = own !== undefined || waiting.length > 0;
      this.myRung = own?.rungId;
      if (waiting.length > 0) this.showStatus(this.text(POLL_MESSAGES.voteWaiting));
      this.unsubscribe = client.polls.subscribe(pollId, (event) => this.hear(event));
    } catch (error) {
      if (token !== this.loadToken) return;
      this.loadError = this.reportError('load', error);
      // A vote saved before a reload may still wait to be sent: say so; once it is sent the
      // server is back, and the poll loads again (see onOutboxOutcome).
      if (client !== null && !this.connection.kiosk && (await this.waitingVotes(client, pollId)).length > 0 && token === this.loadToken) {
        this.showStatus(this.text(POLL_MESSAGES.voteWaiting));
      }
    }
  }

  /** This person's votes in this poll still waiting on the device, followed from now on. */
  private waitingVotes(client: PartnerKitClient, pollId: string): Promise<readonly OutboxEntry[]> {
    return this.outbox.pending((entry) => entry.kind === 'vote' && entry.target === pollId && entry.participantId === client.participantId);
  }

  /** Loads the form and, with a client, the results view and, for a facilitator, the controls. */
  private async loadParts(): Promise<void> {
    const withClient = this.client !== null;
    const [body, results, facilitator] = await Promise.all([
      this.bodyPart ?? import('./poll-body.js'),
      this.resultsPart ?? (withClient ? import('./results.js') : undefined),
      this.facilitatorPart ?? (withClient && this.facilitator ? import('./facilitator.js') : undefined),
    ]);
    this.bodyPart = body;
    if (results !== undefined) this.resultsPart = results;
    if (facilitator !== undefined) this.facilitatorPart = facilitator;
  }

  /** The poll; on a kiosk a missing one is created, with a server it is `undefined` until someone sets it up. */
  private async findOrCreatePoll(client: PartnerKitClient, pollId: string, custom: Ladder | undefined): Promise<Poll | undefined> {
    const existing = await client.polls.get(pollId);
    if (existing !== undefined || !this.connection.kiosk) return existing;
    const settings = {
      id: pollId,
      ladderId: custom?.id ?? this.ladder,
      ...(this.question ? { question: this.question } : {}),
      ...(this.results ? { resultsVisibility: this.results } : {}),
      ...(this.minGroupSize !== undefined ? { minGroupSize: this.minGroupSize } : {}),
      askSegment: this.segment,
    };
    try {
      return await client.polls.create(settings);
    } catch (error) {
      // Another element on the page may have created it a moment ago.
      const again = await client.polls.get(pollId);
      if (again !== undefined) return again;
      throw error;
    }
  }

  private hear(event: StoreEvent): void {
    if (this.upcoming) {
      // The poll was set up: read it, its results and this person's answer.
      if (event.type === 'poll') void this.load();
    } else if (event.type === 'poll') {
      this.pollRecord = event.poll;
      void this.refreshResults();
    } else if (event.type === 'results') {
      this.receive(event.results);
    }
  }

  private async refreshResults(): Promise<void> {
    const client = this.client;
    const pollId = this.pollRecord?.id;
    if (client === null || pollId === undefined) return;
    try {
      this.receive(await client.polls.results(pollId));
    } catch (error) {
      this.showStatus(format(this.text(POLL_MESSAGES.failed), { message: this.reportError('load', error).message }), true);
    }
  }

  /** Takes a release: shown at once, or kept aside while live updates are paused. */
  private receive(results: ReleasedResults): void {
    const order = releaseOrder(this.pending ?? this.released, results);
    // A read answered after a newer live event: keep the newer results.
    if (order === 'older') return;
    if (order === 'restarted') {
      // The poll was reset: earlier answers are gone.
      this.hasVoted = false;
      this.myRung = undefined;
    }
    if (this.paused) this.pending = results;
    else this.released = results;
  }

  private stopListening(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  // ---- actions ----------------------------------------------------------------------

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const rung = data.get('rung');
    const segment = data.get('segment');
    const ladder = this.shownLadder;
    const pollId = this.poll;
    if (ladder === undefined || !pollId) return;
    if (typeof rung !== 'string' || rung === '') {
      this.choiceError = true;
      this.focusAfterUpdate = 'input[name="rung"]';
      return;
    }
    this.choiceError = false;
    this.showStatus('');
    await this.updateComplete;
    const input = { rung, ...(typeof segment === 'string' && segment !== '' ? { segment } : {}) };
    const client = this.client;
    const kiosk = this.connection.kiosk;
    const detail: PkVoteDetail = { poll: pollId, ladder: ladder.id, rung };
    if (client === null) {
      form.reset();
      this.hasVoted = true;
      this.showStatus(this.text(POLL_MESSAGES.sentOnly));
      emit(this, 'pk-vote', detail);
      return;
    }
    this.busy = true;
    try {
      const released = await (kiosk ? client.withParticipant() : client).polls.vote(pollId, input);
      this.hasVoted = true;
      if (!kiosk) this.myRung = rung;
      this.receive(released);
      if (kiosk) form.reset();
      this.showStatus(this.text(kiosk ? POLL_MESSAGES.savedKiosk : POLL_MESSAGES.savedOwn));
      emit(this, 'pk-vote', detail);
    } catch (error) {
      const queued = this.outbox.queued(error, 'vote');
      if (queued !== undefined) {
        // Saved on this device: it counts once sent. The person still sees what they chose.
        this.queuedVotes.set(queued.key, detail);
        this.hasVoted = true;
        if (kiosk) form.reset();
        else this.myRung = rung;
        this.showStatus(this.text(POLL_MESSAGES.queued));
        return;
      }
      const failure = this.reportError('vote', error);
      this.showStatus(format(this.text(POLL_MESSAGES.failed), { message: failure.message }), true);
      if (failure.code === 'closed') await this.refreshPoll();
    } finally {
      this.busy = false;
    }
  }

  /** Reads the poll again (it may have closed meanwhile). */
  private async refreshPoll(): Promise<void> {
    const pollId = this.pollRecord?.id;
    const poll = pollId === undefined ? undefined : await this.client?.polls.get(pollId).catch(() => undefined);
    if (poll !== undefined && poll.id === this.pollRecord?.id) this.pollRecord = poll;
  }

  /** An answer saved on the device was sent (with the results it produced) or refused. */
  private onOutboxOutcome(outcome: OutboxOutcome): void {
    const detail = this.queuedVotes.get(outcome.entry.key);
    this.queuedVotes.delete(outcome.entry.key);
    if (outcome.type === 'refused') {
      const failure = this.reportError('vote', outcome.error);
      this.showStatus(format(this.text(POLL_MESSAGES.failed), { message: failure.message }), true);
      void this.refreshPoll();
      return;
    }
    if (this.loadError !== undefined) {
      // The poll could not load while the server was out of reach; it can be reached now.
      void this.load().then(() => this.showStatus(this.text(POLL_MESSAGES.voteSent)));
      if (detail !== undefined) emit(this, 'pk-vote', detail);
      return;
    }
    const results = outcome.result as Partial<ReleasedResults> | null | undefined;
    // receive() keeps newer results already shown.
    if (results?.pollId === this.pollRecord?.id && typeof results?.version === 'number' && typeof results.releasedAt === 'string') {
      this.receive(results as ReleasedResults);
    }
    this.showStatus(this.text(POLL_MESSAGES.voteSent));
    if (detail !== undefined) emit(this, 'pk-vote', detail);
    if (!this.connection.kiosk && this.myRung === undefined) void this.readOwnVote();
  }

  /** Shows this person's own answer (after one saved before a reload was sent). */
  private async readOwnVote(): Promise<void> {
    const pollId = this.pollRecord?.id;
    const own = pollId === undefined ? undefined : await this.client?.polls.myVote(pollId).catch(() => undefined);
    if (own !== undefined && own.pollId === this.pollRecord?.id) {
      this.hasVoted = true;
      this.myRung = own.rungId;
    }
  }

  private showStatus(message: string, isError = false): void {
    this.status = message;
    this.statusIsError = isError;
  }

  private togglePaused(): void {
    this.paused = !this.paused;
    if (!this.paused && this.pending !== undefined) {
      this.released = this.pending;
      this.pending = undefined;
    }
  }

  // ask, cancelConfirm and act run from the facilitator's buttons, so its part is loaded and
  // says where focus goes in the markup it draws.
  private ask(action: FacilitatorAction): void {
    if (action === 'close' || action === 'reset') {
      this.confirming = action;
      this.focusAfterUpdate = this.facilitatorPart?.FOCUS_ON_CONFIRM;
    } else {
      void this.act(action);
    }
  }

  private cancelConfirm(): void {
    const action = this.confirming;
    this.confirming = undefined;
    if (action !== undefined) this.focusAfterUpdate = this.facilitatorPart?.actionButton(action);
  }

  private async act(action: FacilitatorAction): Promise<void> {
    const client = this.client;
    const pollId = this.pollRecord?.id;
    this.confirming = undefined;
    if (client === null || pollId === undefined) return;
    this.showStatus('');
    try {
      const poll = await client.polls[action === 'reopen' ? 'open' : action](pollId);
      this.pollRecord = poll;
      if (action === 'reset') {
        this.hasVoted = false;
        this.myRung = undefined;
      }
      const released = await client.polls.results(pollId);
      this.pending = undefined;
      this.released = released;
      const done = this.facilitatorPart?.DONE_MESSAGES[action];
      this.showStatus(done === undefined ? '' : this.text(done));
      this.focusAfterUpdate = this.facilitatorPart?.FOCUS_AFTER[action];
    } catch (error) {
      this.showStatus(format(this.text(POLL_MESSAGES.failed), { message: this.reportError(action, error).message }), true);
    }
  }

  // ---- rendering --------------------------------------------------------------------

  private heading(offset: number, id: string, text: string, part?: string): TemplateResult {
    return html`<div
      role="heading"
      aria-level=${this.level + offset}
      id=${id}
      tabindex=${id === 'facilitator-title' ? '-1' : nothing}
      class=${offset === 0 ? 'title' : 'subtitle'}
      part=${part ?? nothing}
    >
      ${text}
    </div>`;
  }

  /** What the parts loaded on demand need to draw. */
  private get view(): PollView {
    return { ...this.partView, heading: (...args) => this.heading(...args) };
  }

  protected override render(): unknown {
    const ladder = this.shownLadder;
    const question = this.pollRecord?.question ?? this.question ?? (ladder === undefined ? undefined : this.text(ladder.question));
    return html`<div class="root stack" part="base">
      ${question === undefined || this.state === 'unconfigured' ? nothing : this.heading(0, 'question', question, 'question')}
      ${this.renderBody(ladder)}
      <div role="status" part="status" class=${this.statusIsError ? 'status error' : 'status'}>${this.status}</div>
    </div>`;
  }

  private renderBody(ladder: Ladder | undefined): unknown {
    switch (this.state) {
      case 'unconfigured':
        return html`<p>${this.text(POLL_MESSAGES.noPoll)}</p>`;
      case 'error':
        return html`<p class="error" id="load-error">${this.text(POLL_MESSAGES.loadFailed)} ${this.loadError?.message}</p>
          <button type="button" aria-describedby="load-error" @click=${() => void this.load()}>${this.text(POLL_MESSAGES.retry)}</button>`;
      case 'loading':
        return html`<p class="muted">${this.text(POLL_MESSAGES.loading)}</p>`;
      case 'upcoming':
        return html`<p>${this.text(POLL_MESSAGES.notOpenYet)}</p>`;
      default:
        if (ladder === undefined) return nothing;
        return html`${this.bodyPart?.renderPollBody(this.view, this.body(ladder)) ?? nothing} ${this.renderFacilitator()}`;
    }
  }

  /** What the form, results section and prompt draw (see poll-body.ts). */
  private body(ladder: Ladder): BodyModule.PollBody {
    return {
      ladder,
      poll: this.pollRecord,
      question: this.question,
      askSegment: this.pollRecord?.askSegment ?? this.segment,
      choiceError: this.choiceError,
      busy: this.busy,
      myRung: this.myRung,
      hasVoted: this.hasVoted,
      closed: this.state === 'closed',
      hasClient: this.client !== null,
      released: this.released,
      pending: this.pending,
      paused: this.paused,
      resultsVisible: this.resultsVisible,
      results: this.resultsPart,
      submit: this.submitForm,
      togglePaused: this.toggleLive,
    };
  }

  private renderFacilitator(): unknown {
    const poll = this.pollRecord;
    if (!this.facilitator || poll === undefined || this.client === null) return nothing;
    return (
      this.facilitatorPart?.renderFacilitator(this.view, {
        poll,
        confirming: this.confirming,
        ask: (action) => this.ask(action),
        act: (action) => void this.act(action),
        cancel: () => this.cancelConfirm(),
      }) ?? nothing
    );
  }
}
