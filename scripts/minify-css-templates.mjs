// Minifies the CSS inside Lit `css` template literals (esbuild minifies code, not the text of
// template literals). Shared by the element packages' tsup build (scripts/tsup-element.ts), the
// widgets bundle (packages/widgets/scripts/build.mjs) and the size benchmark, so all three
// agree. Line numbers stay as they were, so source maps still point at the right lines.
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

/**
 * Minifies every `css` template in a module's text; `${…}` holes stay in place, and so does
 * the line count (the lines a template loses come back as blank lines after it).
 * @param {string} text the module's source (JavaScript or TypeScript)
 * @param {string} path the module's path, for esbuild's messages
 * @returns {Promise<string>}
 */
export async function minifyCssTemplates(text, path) {
  let contents = '';
  let done = 0;
  for (const match of text.matchAll(/\bcss`([^`]*)`/g)) {
    const holes = [];
    const marked = match[1].replace(/\$\{([^}]*)\}/g, (_, hole) => `--pk-hole-${holes.push(hole) - 1}`);
    const { code } = await transform(marked, { loader: 'css', minify: true, sourcefile: path });
    const minified = code.trim().replace(/--pk-hole-(\d+)/g, (_, index) => `\${${holes[Number(index)]}}`);
    const lines = match[0].split('\n').length - 1;
    contents += `${text.slice(done, match.index)}css\`${minified}\`${'\n'.repeat(lines)}`;
    done = match.index + match[0].length;
  }
  return contents + text.slice(done);
}

/**
 * An esbuild plugin that minifies the `css` templates of the modules whose path matches
 * `filter` (TypeScript sources or built JavaScript); other modules load as usual.
 * @param {RegExp} filter which module paths to prepare
 * @returns {import('esbuild').Plugin}
 */
export function minifyCssTemplatesPlugin(filter) {
  return {
    name: 'partnerkit-minify-css-templates',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter }, async ({ path }) => {
        const text = await readFile(path, 'utf8');
        if (!text.includes('css`')) return undefined;
        return { contents: await minifyCssTemplates(text, path), loader: path.endsWith('.ts') ? 'ts' : 'js' };
      });
    },
  };
}
