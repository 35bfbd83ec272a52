// Sizes of screens: each element, in each state a page reaches without a server, stays usable
// at 320 CSS px wide (WCAG 1.4.10 reflow), at 200% zoom (a 1280 px window zoomed to 200% is a
// 640 CSS px viewport at 2 device pixels per CSS pixel; WCAG 1.4.4) and in forced-colors mode
// (Windows high contrast): no horizontal scroll, every control and every line of text inside
// the element and the viewport, every control reachable with the keyboard and visible.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { elementsReady, loadBundle, ORIGIN, pageHtml, serveIntranet, TYPES, watchProblems } from './fixtures/hostile/harness.mjs';
import { SCENARIOS } from './fixtures/hostile/scenarios.mjs';
import { invisibleText, layoutProblems, meterFills } from './fixtures/hostile/layout.mjs';

/** The screens: a narrow phone, a zoomed desktop window, and forced colors on both. */
const SCREENS = [
  { name: '320 px wide', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '200% zoom (1280 px window)', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
  { name: 'text at 200% (1280 px window)', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, pageCss: 'html { font-size: 200%; }' },
  { name: 'forced colors, 320 px wide', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1, forcedColors: 'active' },
  { name: 'forced colors, 1024 px wide', viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1, forcedColors: 'active' },
];
/**
 * The share of a line of text's box that must differ from its background
 * (the glyphs). Lines of ordinary text measure over 20%; text the colour of what is behind it
 * measures 0, and text half hidden behind a box measures about 6%.
 */
const MIN_INK = 0.1;
/** How far (as a share of its length) a results bar's filled part may be from its value. */
const METER_TOLERANCE = 0.05;
/** Most Tab presses to walk through one scenario's controls. */
const MAX_TABS = 120;

let browser;
let bundle;

before(async () => {
  bundle = await loadBundle();
  console.log(`# screens: testing ${bundle.origin}`);
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
});

async function openScenario(screen, scenario, extraCss = screen.pageCss ?? '') {
  const context = await browser.newContext({ viewport: screen.viewport, deviceScaleFactor: screen.deviceScaleFactor, reducedMotion: 'reduce' });
  await serveIntranet(context, {
    '/partnerkit.js': { body: bundle.source, type: TYPES.js },
    '/page.html': { body: pageHtml({ title: 'Screens', head: extraCss === '' ? '' : '<link rel="stylesheet" href="/extra.css" />', body: `<main><button id="start" type="button">Start</button>${scenario.markup}</main>` }), type: TYPES.html },
    '/extra.css': { body: extraCss, type: TYPES.css },
  });
  const page = await context.newPage();
  if (screen.forcedColors) await page.emulateMedia({ forcedColors: screen.forcedColors });
  const problems = watchProblems(page);
  await page.goto(`${ORIGIN}/page.html`);
  await elementsReady(page);
  await scenario.reach(page);
  await elementsReady(page);
  return { context, page, problems };
}

/**
 * Presses Tab from a button placed before the elements until focus leaves them, noting every
 * control reached, deep in shadow roots.
 */
async function tabThrough(page) {
  const reached = [];
  await page.locator('#start').focus();
  await page.evaluate(() => {
    globalThis.pkSeen = new WeakSet();
  });
  for (let i = 0; i < MAX_TABS; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      let active = globalThis.document.activeElement;
      let host = null;
      while (active?.shadowRoot?.activeElement) {
        host = active;
        active = active.shadowRoot.activeElement;
      }
      if (active === null || host === null || globalThis.pkSeen.has(active)) return null;
      globalThis.pkSeen.add(active);
      const rect = active.getBoundingClientRect();
      const style = globalThis.getComputedStyle(active);
      return {
        id: `${host?.localName ?? ''} ${active.localName}#${active.id}.${active.getAttribute('part') ?? ''}${active.getAttribute('type') ?? ''}:${active.textContent.trim().slice(0, 40)}`,
        left: rect.left,
        right: rect.right,
        width: rect.width,
        height: rect.height,
        viewport: globalThis.document.documentElement.clientWidth,
        outline: style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth),
      };
    });
    if (focused === null) break;
    reached.push(focused);
  }
  return reached;
}

for (const screen of SCREENS) {
  describe(screen.name, () => {
    for (const scenario of SCENARIOS) {
      test(scenario.name, async (t) => {
        const { context, page, problems } = await openScenario(screen, scenario);
        try {
          const report = await page.evaluate(layoutProblems, { tags: scenario.shots, forcedColors: Boolean(screen.forcedColors) });
          t.diagnostic(`viewport ${report.viewport} px, page ${report.pageWidth} px wide; ${report.controls} controls checked, ${report.texts} lines of text`);
          assert.deepEqual(report.problems, [], 'nothing clipped, overflowing or invisible');
          assert.ok(report.controls > 0);

          const png = (await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide', scale: 'css' })).toString('base64');
          const text = await page.evaluate(invisibleText, { png, tags: scenario.shots, minInk: MIN_INK });
          t.diagnostic(`${text.lines} lines of text checked for ink; the faintest, ${text.faintest}, has ${(text.lowest * 100).toFixed(1)}% ink`);
          assert.deepEqual(text.failures, [], 'every line of text can be seen');
          for (const bar of await page.evaluate(meterFills, { png, tags: scenario.shots })) {
            t.diagnostic(`bar "${bar.label}": shows ${(bar.share * 100).toFixed(0)}%, ${(bar.filled * 100).toFixed(1)}% of it filled on screen`);
            assert.ok(Math.abs(bar.filled - bar.share) <= METER_TOLERANCE, `bar ${bar.label} shows ${(bar.share * 100).toFixed(0)}% but ${(bar.filled * 100).toFixed(1)}% of it is filled on screen`);
          }

          const reached = await tabThrough(page);
          t.diagnostic(`${reached.length} tab stops`);
          assert.ok(reached.length > 0, 'the keyboard reaches the element');
          for (const stop of reached) {
            assert.ok(stop.width > 0 && stop.height > 0, `${stop.id} is visible when focused`);
            assert.ok(stop.left >= -0.5 && stop.right <= stop.viewport + 0.5, `${stop.id} is inside the viewport when focused (${stop.left}–${stop.right} of ${stop.viewport})`);
            assert.ok(stop.outline >= 2, `${stop.id} shows a focus ring (outline ${stop.outline}px)`);
          }
          const missing = report.tabbable.filter((id) => !reached.some((stop) => stop.id.startsWith(id)));
          assert.deepEqual(missing, [], 'every button and text field is reached with Tab');
          assert.deepEqual(problems, []);
        } finally {
          await context.close();
        }
      });
    }
  });
}

describe('the checks above catch what they look for', () => {
  test('an element wider than a 320 px screen, and a control hidden in it', async () => {
    const { context, page } = await openScenario(SCREENS[0], SCENARIOS[0], 'ladder-poll { min-width: 480px; } ladder-poll::part(submit) { visibility: hidden; }');
    try {
      const report = await page.evaluate(layoutProblems, { tags: SCENARIOS[0].shots, forcedColors: false });
      assert.ok(report.problems.some((problem) => problem.startsWith('the page scrolls sideways')), report.problems.join('\n'));
      assert.ok(report.problems.some((problem) => problem.startsWith('ladder-poll is wider than the viewport')));
      assert.ok(report.problems.some((problem) => /^ladder-poll button.* is invisible$/.test(problem)));
    } finally {
      await context.close();
    }
  });

  test('button text drawn in the colour of the backplate behind it in forced colors', async (t) => {
    // Undoes, from the page, the fix that keeps the filled buttons' own colours in forced colors.
    const scenario = SCENARIOS[4];
    const { context, page } = await openScenario(SCREENS[3], scenario, 'ladder-poll::part(submit), pledge-card::part(submit) { forced-color-adjust: auto; }');
    try {
      const png = (await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' })).toString('base64');
      const text = await page.evaluate(invisibleText, { png, tags: scenario.shots, minInk: MIN_INK });
      t.diagnostic(text.failures.join('; '));
      assert.ok(text.failures.some((failure) => failure.startsWith('pledge-card "Make my pledge"')), text.failures.join('\n'));
    } finally {
      await context.close();
    }
  });
});
