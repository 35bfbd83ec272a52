// Types for minify-css-templates.mjs, for the tsup build configuration written in TypeScript.
import type { Plugin } from 'esbuild';

/** Minifies every `css` template in a module's text; `${…}` holes and the line count stay. */
export function minifyCssTemplates(text: string, path: string): Promise<string>;

/** An esbuild plugin that minifies the `css` templates of the modules whose path matches `filter`. */
export function minifyCssTemplatesPlugin(filter: RegExp): Plugin;
