/**
 * The look of a pledge's own words, shared by the two parts that show them: the wall's list
 * (wall-list.ts) and the finished card (posted-card.ts). Both are loaded on demand, so this
 * CSS is not part of either element's first download.
 */
import { css } from 'lit';

/** A pledge's text: a little larger than the rest, keeping the line breaks its maker typed. */
export const pledgeTextStyles = css`
  .pledge-text {
    white-space: pre-line;
    font-size: 1.125em;
  }
`;
