/**
 * What `<pledge-card>` draws once the pledge is made (or saved on this device to be sent): the
 * finished card with the pledge, its maker's name (only with consent) and its follow-up day,
 * and the print and "make another" buttons. Loaded with the pledge readers on the first submit,
 * so the element's first download holds only the form.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Pledge } from '@partnerkit/core/pledges/types.js';
import { PLEDGE_PROMPT } from '@partnerkit/core/pledges/limits.js';
import { format, type Locale } from '@partnerkit/core/shared/text.js';
import type { PartView } from '@partnerkit/ui';
import { POSTED_CARD_MESSAGES as M } from './posted-card-messages.js';
import { pledgeTextStyles } from './pledge-text.js';

/**
 * The finished card's CSS, which `<pledge-card>` adds after its own (with adoptPartStyles)
 * before the card is first drawn: the pledge's text, the card's box, and in print a plain
 * black frame kept on one page.
 */
export const styles = css`
  ${pledgeTextStyles}
  .card {
    border-inline-start: 0.375em solid var(--_color-accent);
    background: var(--_color-surface-alt);
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  @media print {
    .card {
      background: none;
      border: 2px solid #000;
      break-inside: avoid;
    }
  }
`;

/** The card's state the finished card draws, and what its buttons do. */
export interface PostedCard {
  /** The card's heading (at the element's heading level) with this id and text. */
  heading(id: string, content: string): TemplateResult;
  /** "Print my pledge" was pressed. */
  print(): void;
  /** "Make another pledge" was pressed. */
  another(): void;
}

/**
 * A calendar day (`YYYY-MM-DD`) in words, in the browser's long date style for the language:
 * "March 12, 2025" or "12 mars 2025".
 */
export function formatDay(day: string, locale: Locale): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The finished card, with its heading (id `card-title`) and buttons. */
export function renderPostedCard(view: PartView, card: PostedCard, pledge: Pledge): TemplateResult {
  return html`
    <article class="stack" aria-labelledby="card-title">
      ${card.heading('card-title', view.text(M.cardHeading))}
      <div class="card stack" part="card">
        <p>${view.text(PLEDGE_PROMPT)}</p>
        <p class="pledge-text">${pledge.text}</p>
        ${pledge.nameConsent && pledge.name !== undefined ? html`<p>${format(view.text(M.by), { name: pledge.name })}</p>` : nothing}
        <p class="muted">${format(view.text(M.lookBack), { date: formatDay(pledge.followUpOn, view.locale) })}</p>
      </div>
      <div class="actions no-print" part="actions">
        <button type="button" @click=${() => card.print()}>${view.text(M.print)}</button>
        <button type="button" class="secondary" @click=${() => card.another()}>${view.text(M.another)}</button>
      </div>
    </article>
  `;
}
