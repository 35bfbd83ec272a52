/**
 * Pieces `<pledge-card>` and `<pledge-wall>` share: the default wall, headings at a chosen
 * level and the styles both add to the base styles.
 */
import { css, html, type TemplateResult } from 'lit';

/** The wall a card posts to and a wall shows when no `wall` attribute is set. */
export const DEFAULT_WALL_ID = 'pledges';

/** Reads a `heading-level` attribute: 2 to 6, anything else means 2. */
export function readHeadingLevel(value: unknown): 2 | 3 | 4 | 5 | 6 {
  const level = Number(value);
  return level === 3 || level === 4 || level === 5 || level === 6 ? level : 2;
}

/**
 * A heading at `level` (2–6) with an id, as a native `h2`…`h6` element. Lit cannot bind a tag
 * name, so each level has its own template.
 */
export function heading(level: number, id: string, content: string): TemplateResult {
  switch (readHeadingLevel(level)) {
    case 3:
      return html`<h3 class="title" id=${id} tabindex="-1">${content}</h3>`;
    case 4:
      return html`<h4 class="title" id=${id} tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 class="title" id=${id} tabindex="-1">${content}</h5>`;
    case 6:
      return html`<h6 class="title" id=${id} tabindex="-1">${content}</h6>`;
    default:
      return html`<h2 class="title" id=${id} tabindex="-1">${content}</h2>`;
  }
}

/**
 * Styles both elements add after `baseStyles`. The pledges' own look (text, list, card) comes
 * with the parts that draw them.
 */
export const pledgeStyles = css`
  .title {
    margin: 0;
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  .root [role='status']:empty {
    margin-block-start: 0;
  }
`;
