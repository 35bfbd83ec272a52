/**
 * What `<pledge-wall>` draws once its pledges are read: how many there are and the list itself,
 * each pledge with its maker's name (only with consent), its day, how many joined and its
 * "I'll do this too" button. Loaded with the pledges, so the element's first download holds
 * only its shell (heading, loading, empty and error states, pause, joining).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Pledge } from '@partnerkit/core/pledges/types.js';
import { format, plural, type Locale } from '@partnerkit/core/shared/text.js';
import type { PartView } from '@partnerkit/ui';
import { pledgeTextStyles } from './pledge-text.js';
import { WALL_LIST_MESSAGES as M } from './wall-list-messages.js';

/**
 * The list's CSS, which `<pledge-wall>` adds after its own (with adoptPartStyles) before the
 * list is first drawn: the pledge's text, the list, each pledge's box and its smaller
 * name, day and count lines.
 */
export const styles = css`
  ${pledgeTextStyles}
  /* A column of pledges as a flex box rather than a grid, which would measure every pledge's text to size its column. */
  .list {
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }
  .pledge {
    border-inline-start: 0.375em solid var(--_color-accent);
    background: var(--_color-surface-alt);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
  }
  .meta {
    font-size: 0.9em;
  }
`;

/** The wall's state the list draws, and what its buttons do. */
export interface WallList {
  /** The pledges, in the wall's order, names already hidden without consent. */
  readonly pledges: readonly Pledge[];
  /** Ids of the pledges being joined right now. */
  readonly joining: ReadonlySet<string>;
  /** Ids of the pledges this person joined. */
  readonly joined: ReadonlySet<string>;
  /** "I'll do this too" was pressed. */
  join(pledgeId: string): void;
}

/** An ISO date-time as a day in words, in the reader's own time zone. */
export function formatDate(isoDateTime: string, locale: Locale): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}

/** The count line and the list of pledges. */
export function renderWallList(view: PartView, list: WallList): TemplateResult {
  return html`<p class="muted">${plural(M.count, list.pledges.length, view.locale)}</p>
    <ul class="list" part="list">
      ${list.pledges.map((pledge) => renderPledge(view, list, pledge))}
    </ul>`;
}

function renderPledge(view: PartView, list: WallList, pledge: Pledge): TemplateResult {
  const textId = `text-${pledge.id}`;
  const name = pledge.nameConsent && pledge.name !== undefined ? pledge.name : view.text(M.anonymous);
  const busy = list.joining.has(pledge.id);
  const joined = list.joined.has(pledge.id);
  return html`<li class="pledge stack" part="pledge">
    <p class="pledge-text" id=${textId}>${pledge.text}</p>
    <p class="muted meta">${name} · ${format(view.text(M.madeOn), { date: formatDate(pledge.createdAt, view.locale) })}</p>
    ${pledge.joinCount > 0 ? html`<p class="meta">${plural(M.joined, pledge.joinCount, view.locale)}</p>` : nothing}
    <div class="actions no-print">
      <button
        type="button"
        class="secondary"
        part="join"
        aria-describedby=${textId}
        ?disabled=${busy || joined}
        @click=${() => list.join(pledge.id)}
      >
        ${view.text(joined ? M.joinedByYou : M.join)}
      </button>
    </div>
  </li>`;
}
