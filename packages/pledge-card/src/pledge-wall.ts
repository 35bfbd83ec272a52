/**
 * `<pledge-wall>`: the pledges of a wall, newest first, names only with their makers'
 * consent, and "I'll do this too" to join one. New pledges arrive live from the store
 * (`client.pledges.subscribeWall`) and can be paused. Order and name hiding come from
 * @partnerkit/core (`wallListing`).
 */
import { css, html, nothing, type PropertyValues } from 'lit';
import { wallListing } from '@partnerkit/core/pledges/listing.js';
import { PLEDGE_PROMPT } from '@partnerkit/core/pledges/limits.js';
import type { Pledge } from '@partnerkit/core/pledges/types.js';
import { format } from '@partnerkit/core/shared/text.js';
import type { StoreEvent, Unsubscribe } from '@partnerkit/core/store/types.js';
import { adoptPartStyles, baseStyles, emit, OutboxController, PartnerKitElement, type OutboxOutcome, type PartnerKitConnection } from '@partnerkit/ui';
import type { PkJoinDetail } from './events.js';
import { DEFAULT_WALL_ID, heading, pledgeStyles } from './shared.js';
import type * as ListModule from './wall-list.js';
import type { WallList } from './wall-list.js';
import { WALL_SHELL_MESSAGES as M } from './wall-messages.js';

/** Where a `<pledge-wall>` stands, reflected as its `state` attribute. */
export type PledgeWallState = 'loading' | 'empty' | 'list' | 'error';

/**
 * A wall of pledges: newest first, each with its maker's name only when they agreed to show
 * it, how many people will do it too, and an "I'll do this too" button. New pledges and joins
 * appear live; a button pauses them. Without a store (`storage="none"`) set the `pledges`
 * property yourself. With a server (`endpoint`), pledges and joins from other people arrive
 * live, and a join made offline is saved on this device and sent when the connection is back.
 *
 * @tag pledge-wall
 * @summary The pledges of a team, newest first, with "I'll do this too".
 *
 * @fires {CustomEvent<PkJoinDetail>} pk-join - Someone joined a pledge: `{ pledgeId }`. For a join saved offline, once it was sent.
 * @fires {CustomEvent<PkOutboxDetail>} pk-queued - The server could not be reached: the join is saved on the device and will be sent. `{ key, kind: 'join' }`.
 * @fires {CustomEvent<PkOutboxDetail>} pk-sent - A join saved on the device reached the server. `{ key, kind: 'join' }`.
 * @fires {CustomEvent<PkErrorDetail>} pk-error - Loading or joining failed: `{ action: 'load' | 'join', code, message }`.
 *
 * @csspart base - The wall's outer box.
 * @csspart list - The list of pledges.
 * @csspart pledge - One pledge.
 * @csspart join - An "I'll do this too" button.
 * @csspart pause - The button that pauses or resumes new pledges.
 *
 * @cssprop --pk-color-text - Text colour.
 * @cssprop --pk-color-muted - Colour of names and dates.
 * @cssprop --pk-color-surface - Background.
 * @cssprop --pk-color-surface-alt - Background of each pledge.
 * @cssprop --pk-color-border - Borders.
 * @cssprop --pk-color-accent - Buttons and each pledge's edge.
 * @cssprop --pk-color-on-accent - Text on buttons.
 * @cssprop --pk-color-success - The "thank you" message.
 * @cssprop --pk-color-danger - Errors.
 * @cssprop --pk-color-focus - Focus ring colour.
 * @cssprop --pk-focus-ring-width - Focus ring width.
 * @cssprop --pk-space - Spacing unit.
 * @cssprop --pk-radius - Corner radius.
 * @cssprop --pk-border-width - Border width.
 */
export class PledgeWall extends PartnerKitElement {
  /** The shell's CSS; the list of pledges brings its own (wall-list.ts), added before it is drawn. */
  static override styles = [
    baseStyles,
    pledgeStyles,
    css`
      .saved {
        color: var(--_color-success);
        font-weight: 600;
      }
      .header {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        justify-content: space-between;
        gap: calc(var(--_space) * 0.5);
      }
    `,
  ];

  static override properties = {
    ...PartnerKitElement.properties,
    wall: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    state: { reflect: true },
    pledges: { attribute: false },
    paused: { state: true, attribute: false },
    joining: { state: true, attribute: false },
    joined: { state: true, attribute: false },
    status: { state: true, attribute: false },
    listPart: { state: true, attribute: false },
  };

  /** Id of the wall to show (attribute `wall`, default `pledges`). */
  declare wall: string;
  /** Level of the wall's heading, 2 to 6 (attribute `heading-level`, default 2). */
  declare headingLevel: number;
  /** Where the wall stands: `loading`, `empty`, `list` or `error`. Read only. */
  declare state: PledgeWallState;
  /**
   * The pledges shown, newest first, never with a name given without consent. Loaded from
   * the store when there is one; set it yourself when the page handles data (`storage="none"`).
   */
  declare pledges: readonly Pledge[];

  declare private paused: boolean;
  declare private joining: ReadonlySet<string>;
  declare private joined: ReadonlySet<string>;
  declare private status: { readonly message: string; readonly kind: 'saved' | 'error' | 'info' } | undefined;
  /** The list of pledges and its words, loaded with the pledges (see wall-list.ts). */
  declare private listPart: typeof ListModule | undefined;
  /** The list's module while it loads. */
  private listLoading: Promise<typeof ListModule> | undefined;
  private unsubscribe: Unsubscribe | undefined;
  /** Counts loads, so a slow old load never overwrites a newer one. */
  private loads = 0;
  /**
   * Pledges that arrived or changed while the store was being read, by id: the store's answer
   * may be older than them. `undefined` when no read is under way.
   */
  private heardWhileLoading: Map<string, Pledge> | undefined;
  /** Joins saved on this device, by outbox key: the pledge each one is for. */
  private readonly queuedJoins = new Map<string, string>();
  /** Follows joins saved on the device while the server cannot be reached. */
  private readonly outbox = new OutboxController(this, (outcome) => this.onOutboxOutcome(outcome));

  constructor() {
    super();
    this.wall = DEFAULT_WALL_ID;
    this.headingLevel = 2;
    this.state = 'loading';
    this.pledges = [];
    this.paused = false;
    this.joining = new Set();
    this.joined = new Set();
    this.status = undefined;
    this.listPart = undefined;
  }

  /** Loads the wall again and listens to it, when the provider or client changes. */
  override connectionChanged(connection: PartnerKitConnection): void {
    this.outbox.follow(connection);
    this.listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('wall') && this.hasUpdated) this.listen();
    // Without a store, the wall shows what the page gives it.
    if (changed.has('pledges') && this.client === null) {
      this.pledges = wallListing(this.pledges);
      this.state = this.pledges.length === 0 ? 'empty' : 'list';
      if (this.state === 'list' && this.listPart === undefined) void this.loadListForPage();
    }
    // The list's CSS, once its module is here and before the list is first drawn.
    adoptPartStyles(this, [this.listPart?.styles]);
  }

  /** Reads the wall from the store again (the retry after a failure does this). */
  async reload(): Promise<void> {
    const client = this.client;
    const load = ++this.loads;
    if (client === null) {
      this.heardWhileLoading = undefined;
      this.state = this.pledges.length === 0 ? 'empty' : 'list';
      // The page gives the pledges: have the list ready for them.
      await this.loadListForPage();
      return;
    }
    if (this.pledges.length === 0) this.state = 'loading';
    this.heardWhileLoading = new Map();
    try {
      // The list that shows the pledges arrives while they are read.
      const [pledges] = await Promise.all([client.pledges.wall(this.wall), this.loadList()]);
      if (load !== this.loads) return;
      const heard = this.heardWhileLoading ?? new Map<string, Pledge>();
      this.heardWhileLoading = undefined;
      this.show([...pledges.filter((pledge) => !heard.has(pledge.id)), ...heard.values()]);
      if (this.status?.kind === 'error') this.status = undefined;
    } catch (error) {
      if (load !== this.loads) return;
      this.heardWhileLoading = undefined;
      this.failLoad(error);
    }
  }

  /** Shows a failed load (of the pledges or of the list's module) and fires `pk-error`. */
  private failLoad(error: unknown): void {
    const detail = this.reportError('load', error);
    this.status = { message: detail.message, kind: 'error' };
    this.state = 'error';
  }

  /** The list's module, loaded once; a failed load is tried again next time. */
  private loadList(): Promise<typeof ListModule> {
    if (this.listPart !== undefined) return Promise.resolve(this.listPart);
    this.listLoading ??= import('./wall-list.js').then(
      (list) => {
        this.listPart = list;
        return list;
      },
      (error: unknown) => {
        this.listLoading = undefined;
        throw error;
      },
    );
    return this.listLoading;
  }

  /** Without a store: gets the list's module ready for the pledges the page gives; a failure shows as the error state. */
  private async loadListForPage(): Promise<void> {
    try {
      await this.loadList();
    } catch (error) {
      if (this.client === null) this.failLoad(error);
    }
  }

  /**
   * Also waits for the list's module when the wall has pledges to show but the module has not
   * arrived yet (possible only when the page gives the pledges, `storage="none"`).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.state !== 'list' || this.listPart !== undefined || this.listLoading === undefined) return done;
    try {
      await this.listLoading;
    } catch {
      // The failure shows as the error state.
    }
    return super.getUpdateComplete();
  }

  /** Joins a pledge ("I'll do this too"); `pk-join` fires once the store counted it. */
  async join(pledgeId: string): Promise<void> {
    if (this.joining.has(pledgeId)) return;
    this.joining = new Set([...this.joining, pledgeId]);
    try {
      const { client, kiosk } = this.connection;
      if (client !== null) {
        // On a shared kiosk each join is a new person; with a server, this person's own id.
        const updated = await (kiosk ? client.withParticipant() : client).pledges.join(pledgeId);
        this.merge(updated);
        if (!kiosk) this.joined = new Set([...this.joined, pledgeId]);
      }
      this.status = { message: this.text(M.joinDone), kind: 'saved' };
      emit<PkJoinDetail>(this, 'pk-join', { pledgeId });
    } catch (error) {
      const queued = this.outbox.queued(error, 'join');
      if (queued === undefined) {
        const detail = this.reportError('join', error);
        this.status = { message: detail.message, kind: 'error' };
      } else {
        // Saved on this device; it counts once sent.
        this.queuedJoins.set(queued.key, pledgeId);
        if (!this.connection.kiosk) this.joined = new Set([...this.joined, pledgeId]);
        this.status = { message: this.text(M.joinQueued), kind: 'info' };
      }
    } finally {
      const rest = new Set(this.joining);
      rest.delete(pledgeId);
      this.joining = rest;
    }
  }

  /** A join saved on the device was sent (the pledge with its new count) or refused. */
  private onOutboxOutcome(outcome: OutboxOutcome): void {
    const pledgeId = this.queuedJoins.get(outcome.entry.key) ?? outcome.entry.target;
    this.queuedJoins.delete(outcome.entry.key);
    if (outcome.type === 'refused') {
      const rest = new Set(this.joined);
      rest.delete(pledgeId);
      this.joined = rest;
      this.status = { message: this.reportError('join', outcome.error).message, kind: 'error' };
      return;
    }
    const pledge = outcome.result as Partial<Pledge> | null | undefined;
    if (pledge?.id === pledgeId && pledge.wallId === this.wall) this.merge(pledge as Pledge);
    this.status = { message: this.text(M.joinSent), kind: 'saved' };
    emit<PkJoinDetail>(this, 'pk-join', { pledgeId });
  }

  /** Stops or restarts live updates (new pledges and joins by others). */
  togglePause(): void {
    this.paused = !this.paused;
    this.status = { message: this.text(this.paused ? M.paused : M.resumed), kind: 'info' };
    if (!this.paused) void this.reload();
  }

  private listen(): void {
    this.stopListening();
    const client = this.client;
    if (client !== null) {
      try {
        this.unsubscribe = client.pledges.subscribeWall(this.wall, (event) => this.onStoreEvent(event));
      } catch (error) {
        // A wall id the store refuses: the load below reports it.
        void error;
      }
    }
    void this.reload();
  }

  private stopListening(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private onStoreEvent(event: StoreEvent): void {
    if (event.type !== 'pledge' || event.pledge.wallId !== this.wall || this.paused) return;
    this.merge(event.pledge);
  }

  /** Puts a new or changed pledge on the wall, in the wall's order. */
  private merge(pledge: Pledge): void {
    this.heardWhileLoading?.set(pledge.id, pledge);
    this.show([...this.pledges.filter((p) => p.id !== pledge.id), pledge]);
  }

  private show(pledges: readonly Pledge[]): void {
    this.pledges = wallListing(pledges);
    this.state = this.pledges.length === 0 ? 'empty' : 'list';
  }

  private renderBody(): unknown {
    switch (this.state) {
      case 'loading':
        return html`<p class="muted">${this.text(M.loading)}</p>`;
      case 'empty':
        return html`<p>${this.text(M.empty)}</p>`;
      case 'error':
        return html`<div class="actions"><button type="button" @click=${() => void this.reload()}>${this.text(M.retry)}</button></div>`;
      default:
        // Until the list's module arrives (only when the page gives the pledges), the wall says it is loading.
        return this.listPart?.renderWallList(this.partView, this.list) ?? html`<p class="muted">${this.text(M.loading)}</p>`;
    }
  }

  /** What the list draws (see wall-list.ts). */
  private get list(): WallList {
    return { pledges: this.pledges, joining: this.joining, joined: this.joined, join: (pledgeId) => void this.join(pledgeId) };
  }

  protected override render(): unknown {
    const hasClient = this.client !== null;
    return html`<div class="root stack" part="base">
      <div class="header">
        ${heading(this.headingLevel, 'title', this.text(M.heading))}
        ${hasClient && this.state !== 'error'
          ? html`<button type="button" class="secondary no-print" part="pause" @click=${this.togglePause}>
              ${this.text(this.paused ? M.resume : M.pause)}
            </button>`
          : nothing}
      </div>
      <p class="muted">${format(this.text(M.about), { prompt: this.text(PLEDGE_PROMPT) })}</p>
      ${this.renderBody()}
      <p role="status" class="no-print ${this.status?.kind ?? ''}">${this.status?.message ?? ''}</p>
    </div>`;
  }
}
