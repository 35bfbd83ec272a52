#!/usr/bin/env node
// Core benchmark: times the SDK's heavy computations on the built package and writes the
// figures to bench-results/core.json. Goals are printed beside the figures; nothing here
// fails on a slow machine — read the numbers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseMatrix, getBuiltInLadder, mergeTallies, tallyVotes, PLACES, PHASES } from '../dist/index.js';
import { measure, formatTable } from './measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** A repeatable pseudo-random sequence, so every run times the same data. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const random = seededRandom(42);
const ladder = getBuiltInLadder('participation');
const rungIds = ladder.rungs.map((rung) => rung.id);

const millionVotes = Array.from({ length: 1_000_000 }, () => rungIds[Math.floor(random() * rungIds.length)]);
const thousandTallies = Array.from({ length: 1_000 }, () =>
  tallyVotes(ladder, Array.from({ length: 50 }, () => rungIds[Math.floor(random() * rungIds.length)])),
);
const placeIds = PLACES.map((place) => place.id);
const phaseIds = PHASES.map((phase) => phase.id);
const activities = Array.from({ length: 100_000 }, (_, index) => ({
  id: `a${index}`,
  place: placeIds[Math.floor(random() * placeIds.length)],
  phase: phaseIds[Math.floor(random() * phaseIds.length)],
  title: 'Activity',
}));

const results = [
  measure('tally of 1,000,000 votes', () => tallyVotes(ladder, millionVotes), { goalMs: 20 }),
  measure('merge of 1,000 tallies', () => mergeTallies(ladder, thousandTallies)),
  measure('framework matrix of 100,000 activities', () => analyseMatrix(activities), { goalMs: 50 }),
];

console.log(formatTable(results));
const outDir = join(here, '..', 'bench-results');
mkdirSync(outDir, { recursive: true });
const report = { package: '@partnerkit/core', node: process.version, date: new Date().toISOString(), results };
writeFileSync(join(outDir, 'core.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`Written to ${join('packages', 'core', 'bench-results', 'core.json')}`);
