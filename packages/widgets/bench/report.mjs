// Turns the measurements into the table (plain text for the terminal, Markdown for the README),
// the list of what weighs most where a goal is missed, and the README block.
import { readFileSync, writeFileSync } from 'node:fs';

/** 1 KB = 1,024 bytes. */
export const KB = 1024;

/** The goals of issue 6. */
export const GOALS = {
  elementWithoutLitBytes: 6 * KB,
  bundleBytes: 45 * KB,
  firstRenderMs: 5,
  hundredPollsMs: 100,
};

const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const ratio = (ours, theirs) => (theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : '');
const verdict = (ok) => (ok ? 'met' : 'NOT met');

/** The rows of the main table: measure, figure, goal, result, reference, ratio to it. */
export function tableRows({ elements, bundle, autoloader, shoelace, lit, renders }) {
  const rows = [];
  for (const element of elements) {
    const isBase = element.element.includes('shared base');
    rows.push([
      `${element.element}, without Lit`,
      kb(element.withoutLit),
      isBase ? '' : `≤ ${GOALS.elementWithoutLitBytes / KB} KB`,
      isBase ? '' : verdict(element.withoutLit <= GOALS.elementWithoutLitBytes),
      kb(shoelace.withoutLit),
      ratio(element.withoutLit, shoelace.withoutLit),
    ]);
  }
  for (const element of elements) {
    if (element.beyondBase === undefined) continue;
    rows.push([`${element.element}, beyond the shared base`, kb(element.beyondBase), '', '', '', '']);
  }
  for (const element of elements) {
    rows.push([`${element.element}, with Lit`, kb(element.withLit), '', '', kb(shoelace.withLit), ratio(element.withLit, shoelace.withLit)]);
  }
  rows.push([`whole bundle (partnerkit.js${bundle.standIn ? ', stand-in' : ''})`, kb(bundle.gzip), `≤ ${GOALS.bundleBytes / KB} KB`, verdict(bundle.gzip <= GOALS.bundleBytes), '', '']);
  if (autoloader) {
    rows.push(['autoloader (entry and its static imports)', kb(autoloader.entryGzip), '', '', '', '']);
    for (const tag of autoloader.perTag) {
      rows.push([`autoloader + <${tag.tag}>`, kb(tag.firstLoadGzip), '', '', kb(shoelace.withLit), ratio(tag.firstLoadGzip, shoelace.withLit)]);
    }
  } else {
    rows.push(['autoloader', 'not built', '', '', '', '']);
  }
  rows.push(['Lit alone (for scale)', kb(lit), '', '', '', '']);
  const single = renders.find((render) => render.id === 'shoelace-radio-group');
  const hundred = renders.find((render) => render.id === 'shoelace-radio-group-100');
  for (const render of renders.filter((entry) => !entry.reference)) {
    const isHundred = render.count === 100;
    const goal = isHundred ? GOALS.hundredPollsMs : GOALS.firstRenderMs;
    const reference = isHundred ? hundred : single;
    rows.push([
      `first render, ${render.label} (painted)`,
      ms(render.medianMs.painted),
      `≤ ${goal} ms`,
      verdict(render.medianMs.painted <= goal),
      reference ? ms(reference.medianMs.painted) : '',
      reference ? ratio(render.medianMs.painted, reference.medianMs.painted) : '',
    ]);
  }
  return rows;
}

/** Render times phase by phase (medians), the reference included. */
export function phaseRows(renders) {
  return renders.map((render) => [
    render.label,
    ms(render.medianMs.firstUpdate),
    ms(render.medianMs.ready),
    ms(render.medianMs.layout),
    ms(render.medianMs.painted),
    `${render.rangeMs.painted[0].toFixed(1)}–${render.rangeMs.painted[1].toFixed(1)} ms`,
    `${render.readyInFirstFrame}/${render.runs}`,
    String(render.shadowNodes),
  ]);
}

export const TABLE_HEADER = ['measure', 'figure', 'goal', 'result', 'Shoelace radio group', 'ratio'];
export const PHASE_HEADER = ['render (median)', 'first update', 'content ready', '+ style, layout', '+ paint', 'paint range', 'in 1st frame', 'shadow nodes'];

/** A plain-text table with aligned columns. */
export function plainTable(header, rows) {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** A Markdown table; tags are written as code so they read as written. */
export function markdownTable(header, rows) {
  const escape = (cell) => cell.trim().replaceAll('|', '\\|').replace(/<[a-z-]+>/g, (tag) => `\`${tag}\``) || ' ';
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`)].join(
    '\n',
  );
}

/**
 * Where a goal is missed, what weighs most: the bundle's packages and modules, each element's
 * biggest parts, and the render phases. Returns lines of text (empty when every goal is met).
 */
export function contributorLines({ elements, bundle, composition, renders }) {
  const lines = [];
  if (bundle.gzip > GOALS.bundleBytes && composition) {
    const share = (bytes) => `${Math.round((bytes / composition.minified) * 100)}%`;
    lines.push(
      `Whole bundle ${kb(bundle.gzip)} (goal ${GOALS.bundleBytes / KB} KB), by package (minified bytes, ≈ gzip share): ` +
        composition.byGroup.map((group) => `${group.name} ${share(group.minified)} ≈ ${kb(group.gzipEstimate)}`).join(', '),
    );
    lines.push(
      `  biggest modules (minified, ≈ gzip): ${composition.biggestModules
        .slice(0, 8)
        .map((module) => `${module.name} ${kb(module.minified)} ≈ ${kb(module.gzipEstimate)}`)
        .join(', ')}`,
    );
  }
  for (const element of elements) {
    if (element.element.includes('shared base') || element.withoutLit <= GOALS.elementWithoutLitBytes) continue;
    lines.push(
      `${element.element} ${kb(element.withoutLit)} without Lit (goal ${GOALS.elementWithoutLitBytes / KB} KB), biggest parts (minified): ` +
        element.biggestWithoutLit.map((part) => `${part.name} ${kb(part.minified)}`).join(', '),
    );
  }
  for (const render of renders.filter((entry) => !entry.reference)) {
    const goal = render.count === 100 ? GOALS.hundredPollsMs : GOALS.firstRenderMs;
    if (render.medianMs.painted <= goal) continue;
    const { firstUpdate, ready, layout, painted } = render.medianMs;
    lines.push(
      `${render.label} ${ms(painted)} (goal ${goal} ms): first update ${ms(firstUpdate)}, store read and second update ${ms(ready - firstUpdate)}, ` +
        `style and layout ${ms(layout - ready)}, paint ${ms(painted - layout)}`,
    );
  }
  return lines;
}

/** Replaces the block between the markers in the root README, adding the section when missing. */
export function updateReadme(readmePath, block) {
  const START = '<!-- widgets-bench:start -->';
  const END = '<!-- widgets-bench:end -->';
  const wrapped = `${START}\n${block}\n${END}`;
  let readme = readFileSync(readmePath, 'utf8');
  if (readme.includes(START) && readme.includes(END)) {
    readme = readme.slice(0, readme.indexOf(START)) + wrapped + readme.slice(readme.indexOf(END) + END.length);
  } else {
    const section = `## Speed and size of the bundle\n\nHow heavy and how fast \`@partnerkit/widgets\` is, beside a widely used Lit component.\n\n${wrapped}\n\n`;
    const licence = readme.indexOf('## Licence');
    readme = licence === -1 ? `${readme.trimEnd()}\n\n${section}` : readme.slice(0, licence) + section + readme.slice(licence);
  }
  writeFileSync(readmePath, readme);
}
