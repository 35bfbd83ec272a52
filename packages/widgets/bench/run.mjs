#!/usr/bin/env node
// Widgets benchmark (`npm run bench -w @partnerkit/widgets`): how heavy and how fast the
// elements are, beside a widely used Lit component measured in the same run (Shoelace 2's
// radio group with its radios), so the ratios hold on any machine.
//   - minified+gzipped size of each element with and without Lit, of dist/partnerkit.js and of
//     the autoloader (goals: each element ≤ 6 KB without Lit, the bundle ≤ 45 KB);
//   - first render of each element and of 100 <ladder-poll> on one page in Chromium, median
//     of --runs runs (default 21; goals ≤ 5 ms and ≤ 100 ms).
// Prints a table, writes bench-results/widgets.json and the README block between the
// `widgets-bench` markers. Nothing here fails on a missed goal — read the numbers.
//
// Options: --runs 21  --wait 120 (seconds to wait for dist/partnerkit.js; without it a
//          stand-in bundle of the same define modules is measured, and said so)
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getBuiltInLadder } from '@partnerkit/core';
import { machineCpu } from '../../server/bench/server-process.mjs';
import { buildShoelaceBundle, buildStandInBundle, packageDir, repoRoot, waitForBundle } from './bundles.mjs';
import { measureRenders, renderScenarios } from './render.mjs';
import {
  contributorLines,
  GOALS,
  markdownTable,
  PHASE_HEADER,
  phaseRows,
  plainTable,
  TABLE_HEADER,
  tableRows,
  updateReadme,
} from './report.mjs';
import { bundleComposition, measureAutoloader, measureBundleText, measureElements, measureLit, measureShoelace } from './sizes.mjs';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '21' },
    wait: { type: 'string', default: '120' },
  },
});
const runs = Math.max(7, Number(options.runs) || 21);

// Figures mean little when other work shares the cores: measure how busy the machine is first.
const before = machineCpu();
await new Promise((resolve) => setTimeout(resolve, 2000));
const busyCores = Math.round(((machineCpu().busy - before.busy) / 2) * 100) / 100;
if (busyCores > 0.25) {
  console.log(`Warning: other work already keeps ${busyCores} of ${cpus().length} cores busy; the times below will be high (the ratios hold better).`);
}

// The bundle scripts/build.mjs writes; a stand-in only when it never came.
let bundleText = await waitForBundle(Number(options.wait) * 1000, console.log);
const standIn = bundleText === undefined;
if (standIn) {
  console.log('dist/partnerkit.js is missing: measuring a stand-in built from the same define modules.');
  bundleText = await buildStandInBundle();
}

console.log('Measuring sizes…');
const elements = await measureElements();
const bundle = { ...measureBundleText(bundleText), standIn };
const composition = await bundleComposition(bundle.gzip);
const autoloader = measureAutoloader();
const shoelace = await measureShoelace();
const lit = await measureLit();

console.log(`Measuring render times in Chromium (${runs} runs after a warm-up)…`);
const ladder = getBuiltInLadder('participation');
const ladderText = {
  question: ladder.question.en,
  rungs: ladder.rungs.map((rung) => ({ id: rung.id, label: rung.label.en, description: rung.description.en })),
};
const renders = await measureRenders(
  renderScenarios(ladderText),
  { partnerkit: bundleText, shoelace: await buildShoelaceBundle() },
  { runs, log: (line) => console.log(`  ${line}`) },
);

const measured = { elements, bundle, autoloader, shoelace, lit, renders };
const rows = tableRows(measured);
const phases = phaseRows(renders);
const contributors = contributorLines({ ...measured, composition });
const note =
  `Sizes: minified, then gzipped at level 9; 1 KB = 1,024 bytes; "without Lit" leaves out lit and @lit/* but keeps the shared base every element needs ` +
  `(its own row); "beyond the shared base" is what one more element adds to a page that already has that base. Times: Chromium (headless), median of ${runs} runs, each in a fresh page holding one bundle; from the start of a frame, creating the ` +
  `elements, until the frame showing their content (not the loading state) has been painted. The Shoelace radio group has one radio per rung of the same ` +
  `ladder, Lit bundled, minified like ours. Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${busyCores} cores busy with other work at ` +
  `the start${busyCores > 0.25 ? ' (times are high; read the ratios)' : ''}. Measured by \`npm run bench -w @partnerkit/widgets\`.`;

console.log(`\n${plainTable(TABLE_HEADER, rows)}\n\n${plainTable(PHASE_HEADER, phases)}`);
if (contributors.length > 0) console.log(`\nWhat weighs most where a goal is missed:\n${contributors.map((line) => `- ${line}`).join('\n')}`);

const outDir = join(packageDir, 'bench-results');
mkdirSync(outDir, { recursive: true });
const report = {
  package: '@partnerkit/widgets',
  benchmark: 'widgets',
  node: process.version,
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, busyCoresBeforeStart: busyCores },
  goals: GOALS,
  runs,
  sizes: { unit: 'bytes, minified then gzip -9', elements, bundle, bundleComposition: composition, autoloader, shoelace, lit },
  renders,
  goalsMet: {
    elementsWithoutLit: elements.filter((element) => !element.element.includes('shared base')).every((element) => element.withoutLit <= GOALS.elementWithoutLitBytes),
    bundle: bundle.gzip <= GOALS.bundleBytes,
    firstRender: renders.filter((render) => !render.reference && render.count === 1).every((render) => render.medianMs.painted <= GOALS.firstRenderMs),
    hundredPolls: renders.filter((render) => !render.reference && render.count === 100).every((render) => render.medianMs.painted <= GOALS.hundredPollsMs),
  },
  contributors,
};
writeFileSync(join(outDir, 'widgets.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWritten to ${join('packages', 'widgets', 'bench-results', 'widgets.json')}`);

const block = [
  markdownTable(TABLE_HEADER, rows),
  '',
  markdownTable(PHASE_HEADER, phases),
  '',
  note,
  ...(contributors.length > 0 ? ['', 'What weighs most where a goal is missed:', '', ...contributors.map((line) => `- ${line.trim().replace(/<[a-z-]+>/g, (tag) => `\`${tag}\``)}`)] : []),
].join('\n');
updateReadme(join(repoRoot, 'README.md'), block);
console.log('README.md benchmark table updated');
