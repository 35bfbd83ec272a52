// The build every element package shares (see scripts/tsup-element.ts).
export { default } from '../../scripts/tsup-element.js';
