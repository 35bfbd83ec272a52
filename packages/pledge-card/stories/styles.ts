// Page styles the pledge stories share: a brand theme set only through `--pk-*` tokens, and a
// 320 px wide frame.
import { html } from 'lit';

/** A fictional hospital's colours; only tokens change, no rule reaches inside the elements. */
export const storyStyles = html`<style>
  .brand {
    font-family: Georgia, 'Times New Roman', serif;
    --pk-color-text: #14213d;
    --pk-color-muted: #3d4a63;
    --pk-color-surface: #fffdf7;
    --pk-color-surface-alt: #fdf1d6;
    --pk-color-border: #6b5b3e;
    --pk-color-accent: #9a3412;
    --pk-color-on-accent: #ffffff;
    --pk-color-focus: #1d4ed8;
    --pk-radius: 0;
    --pk-space: 1.25em;
  }
  .narrow {
    width: 320px;
    max-width: 100%;
    outline: 1px dashed #888;
  }
  .together > * + * {
    margin-block-start: 1.5em;
  }
</style>`;
