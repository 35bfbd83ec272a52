// Render timings in Chromium: each run opens a fresh page (new browser context, so an empty
// localStorage) holding only one bundle, and times the first render inside the page
// (in-page.mjs). Scenarios are interleaved run by run, so a slower moment of the machine falls
// on ours and the reference alike.
import { chromium } from 'playwright-core';
/* global customElements */
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { measureRender } from './in-page.mjs';

const ORIGIN = 'https://bench.test';

/** The page: a plain document with the bundle, nothing else. */
const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>PartnerKit render benchmark</title>
  <script type="module" src="/bundle.js"></script></head>
  <body></body>
</html>`;

/**
 * The scenarios: each PartnerKit element alone, 100 `<ladder-poll>` (each its own poll), and
 * the reference — Shoelace's radio group with one radio per rung of the same ladder — alone
 * and 100 times. `ladder` is the built-in participation ladder (question and rungs).
 */
export function renderScenarios(ladder) {
  const poll = { tag: 'ladder-poll', attributes: [['poll', 'bench-poll-{i}']] };
  const radioGroup = {
    tag: 'sl-radio-group',
    attributes: [
      ['label', ladder.question],
      ['name', 'rung-{i}'],
    ],
    children: ladder.rungs.map((rung) => ({ tag: 'sl-radio', attributes: [['value', rung.id]], text: `${rung.label}: ${rung.description}` })),
  };
  return [
    { id: 'ladder-poll', label: '<ladder-poll>', bundle: 'partnerkit', spec: { ...poll, count: 1 }, goal: 'single' },
    { id: 'parity-checklist', label: '<parity-checklist>', bundle: 'partnerkit', spec: { tag: 'parity-checklist', count: 1, attributes: [['assessment', 'bench']] }, goal: 'single' },
    { id: 'pledge-card', label: '<pledge-card>', bundle: 'partnerkit', spec: { tag: 'pledge-card', count: 1, attributes: [['wall', 'bench']] }, goal: 'single' },
    { id: 'pledge-wall', label: '<pledge-wall>', bundle: 'partnerkit', spec: { tag: 'pledge-wall', count: 1, attributes: [['wall', 'bench']] }, goal: 'single' },
    { id: 'ladder-poll-100', label: '100 × <ladder-poll>', bundle: 'partnerkit', spec: { ...poll, count: 100 }, goal: 'hundred' },
    { id: 'shoelace-radio-group', label: 'Shoelace <sl-radio-group> + radios', bundle: 'shoelace', spec: { ...radioGroup, count: 1 }, reference: true },
    { id: 'shoelace-radio-group-100', label: '100 × Shoelace <sl-radio-group> + radios', bundle: 'shoelace', spec: { ...radioGroup, count: 100 }, reference: true },
  ];
}

/**
 * Runs every scenario `runs` times (after one run each that is not counted: the first page
 * pays for starting the renderer) and resolves to, per scenario, the median of each time and
 * every run. `bundles` maps a scenario's `bundle` to the script text to serve.
 */
export async function measureRenders(scenarios, bundles, { runs, log = () => {} }) {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const samples = new Map(scenarios.map((scenario) => [scenario.id, []]));
    for (let run = 0; run <= runs; run += 1) {
      for (const scenario of scenarios) {
        const sample = await measureOnce(browser, bundles[scenario.bundle], scenario.spec);
        if (run > 0) samples.get(scenario.id).push(sample);
      }
      log(run === 0 ? 'warm-up run done' : `run ${run} of ${runs} done`);
    }
    return scenarios.map((scenario) => summarise(scenario, samples.get(scenario.id)));
  } finally {
    await browser.close();
  }
}

/** One fresh page, one measurement. Fails on any error in the page. */
async function measureOnce(browser, script, spec) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.route(`${ORIGIN}/**`, (route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname === '/bundle.js') return route.fulfill({ status: 200, contentType: 'text/javascript', body: script });
      if (pathname === '/') return route.fulfill({ status: 200, contentType: 'text/html', body: PAGE });
      return route.fulfill({ status: 404, body: '' });
    });
    await page.goto(`${ORIGIN}/`);
    const tags = [spec.tag, ...(spec.children ?? []).map((child) => child.tag)];
    await page.evaluate((names) => Promise.all(names.map((name) => customElements.whenDefined(name))), [...new Set(tags)]);
    const sample = await page.evaluate(measureRender, spec);
    if (errors.length > 0) throw new Error(`errors in the page for <${spec.tag}>: ${errors.join('; ')}`);
    return sample;
  } finally {
    await context.close();
  }
}

/** The middle value (mean of the two middle ones for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function round(value) {
  return Math.round(value * 100) / 100;
}

function summarise(scenario, samples) {
  const medianOf = (key) => round(median(samples.map((sample) => sample[key])));
  return {
    id: scenario.id,
    label: scenario.label,
    count: scenario.spec.count,
    reference: scenario.reference === true,
    runs: samples.length,
    medianMs: {
      firstUpdate: medianOf('firstUpdate'),
      ready: medianOf('ready'),
      layout: medianOf('layout'),
      painted: medianOf('painted'),
    },
    rangeMs: {
      layout: [round(Math.min(...samples.map((s) => s.layout))), round(Math.max(...samples.map((s) => s.layout)))],
      painted: [round(Math.min(...samples.map((s) => s.painted))), round(Math.max(...samples.map((s) => s.painted)))],
    },
    readyInFirstFrame: samples.filter((sample) => sample.sameFrame).length,
    states: [...new Set(samples.flatMap((sample) => sample.states))],
    shadowNodes: samples[0]?.shadowNodes ?? 0,
  };
}
