// Hostile CSS: an intranet page with Bootstrap 5 and an old global style sheet full of
// aggressive rules (on *, button, input, html { font-size: 62.5% }, line-height, letter-spacing,
// text-transform, color, box-sizing, [hidden], …). Each element, in each state a page reaches
// without a server, must look the same as on a clean page with the same body font family and
// size: only those two pass in from the page. Only documented --pk-* tokens and ::parts change
// the look.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { comparePngs, elementsReady, fixture, loadBootstrap, loadBundle, ORIGIN, pageHtml, serveIntranet, TYPES, watchProblems } from './fixtures/hostile/harness.mjs';
import { SCENARIOS } from './fixtures/hostile/scenarios.mjs';

/**
 * Tolerance of the comparison. A pixel counts as different when a colour channel moves by
 * more than CHANNEL_TOLERANCE (anti-aliasing noise); at most MAX_DIFFERING_RATIO of the
 * element's pixels may differ. Both screenshots must have exactly the same size.
 */
const CHANNEL_TOLERANCE = 8;
const MAX_DIFFERING_RATIO = 0.001;
/**
 * The column the elements sit in, the same on both pages: 600 px wide, white, a little taller
 * than its content so the page's own background never shows at the element's rounded corners
 * or below a fractional height (the page's background is the page's business).
 */
const STAGE = '#stage { position: absolute !important; left: 0 !important; top: 0 !important; width: 600px !important; margin: 0 !important; padding: 0 0 8px !important; border: 0 !important; background: #ffffff !important; display: block !important; }';

let browser;
let files;
let bodyFont;

before(async () => {
  const [bundle, bootstrap, hostile] = await Promise.all([loadBundle(), loadBootstrap(), fixture('hostile.css')]);
  console.log(`# hostile-css: testing ${bundle.origin}`);
  files = {
    '/partnerkit.js': { body: bundle.source, type: TYPES.js },
    '/bootstrap.min.css': { body: bootstrap, type: TYPES.css },
    '/hostile.css': { body: hostile, type: TYPES.css },
    '/stage.css': { body: STAGE, type: TYPES.css },
  };
  browser = await chromium.launch(chromiumLaunchOptions);
  // The clean page copies the hostile page's computed body font family and size.
  const context = await browser.newContext();
  await serveIntranet(context, { ...files, '/probe.html': { body: hostilePage(''), type: TYPES.html } });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/probe.html`);
  bodyFont = await page.evaluate(() => {
    const style = globalThis.getComputedStyle(globalThis.document.body);
    return { family: style.fontFamily, size: style.fontSize };
  });
  await context.close();
});

after(async () => {
  await browser?.close();
});

function hostilePage(markup, extraCss = '') {
  const extra = extraCss === '' ? '' : '<link rel="stylesheet" href="/extra.css" />';
  return pageHtml({
    title: 'Intranet with hostile CSS',
    head: `<link rel="stylesheet" href="/bootstrap.min.css" /><link rel="stylesheet" href="/hostile.css" /><link rel="stylesheet" href="/stage.css" />${extra}`,
    body: `<main id="stage">${markup}</main>`,
  });
}

function cleanPage(markup) {
  return pageHtml({
    title: 'Clean page',
    head: '<link rel="stylesheet" href="/clean.css" /><link rel="stylesheet" href="/stage.css" />',
    body: `<main id="stage">${markup}</main>`,
  });
}

/** Opens a page of the fake intranet, reaches the scenario's state and photographs its elements. */
async function photograph(html, scenario, { extraCss = '' } = {}) {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  await serveIntranet(context, {
    ...files,
    '/page.html': { body: html, type: TYPES.html },
    '/clean.css': { body: `html, body { margin: 0; padding: 0; } body { font-family: ${bodyFont.family}; font-size: ${bodyFont.size}; }`, type: TYPES.css },
    '/extra.css': { body: extraCss, type: TYPES.css },
  });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${ORIGIN}/page.html`);
  await elementsReady(page);
  await scenario.reach(page);
  await elementsReady(page);
  await page.mouse.move(799, 599);
  await blurDeep(page);
  const shots = {};
  for (const tag of scenario.shots) {
    shots[tag] = await page.locator(tag).screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
  }
  return { context, page, shots, problems };
}

/**
 * Takes focus away, down through shadow roots. A page's `:focus { outline }` rule matches a
 * host whose shadow tree holds focus: that ring around the host box is the page's own choice.
 */
async function blurDeep(page) {
  await page.evaluate(() => {
    let active = globalThis.document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    active?.blur();
  });
}

/** Compares two photographs of one element and explains the result. */
async function compare(page, expected, actual) {
  const result = await comparePngs(page, expected, actual, { channelTolerance: CHANNEL_TOLERANCE });
  return result;
}

describe('each element looks the same on a hostile intranet page as on a clean page', () => {
  for (const scenario of SCENARIOS) {
    test(scenario.name, async (t) => {
      const clean = await photograph(cleanPage(scenario.markup), scenario);
      const hostile = await photograph(hostilePage(scenario.markup), scenario);
      try {
        for (const tag of scenario.shots) {
          const result = await compare(clean.page, clean.shots[tag], hostile.shots[tag]);
          t.diagnostic(`${tag}: ${result.sizes.actual.join('×')} px, ${result.differing} pixels differ (${(result.ratio * 100).toFixed(3)}%), largest channel difference ${result.maxDelta}${result.box ? `, within x ${result.box.left}–${result.box.right}, y ${result.box.top}–${result.box.bottom}` : ''}`);
          assert.ok(result.sameSize, `${tag} has the same size on both pages: clean ${result.sizes.expected.join('×')}, hostile ${result.sizes.actual.join('×')}`);
          assert.ok(result.ratio <= MAX_DIFFERING_RATIO, `${tag}: ${result.differing} pixels differ (${(result.ratio * 100).toFixed(3)}%), more than ${MAX_DIFFERING_RATIO * 100}%`);
        }
        assert.deepEqual(hostile.problems, []);
        assert.deepEqual(clean.problems, []);
      } finally {
        await clean.context.close();
        await hostile.context.close();
      }
    });
  }
});

/** The open poll, the scenario the styling tests below work on. */
const OPEN_POLL = SCENARIOS[0];

/** Computed styles of the open poll's send button and question heading. */
async function pollPieces(page) {
  return page.locator('ladder-poll').evaluate((element) => {
    const read = (selector) => {
      const style = globalThis.getComputedStyle(element.shadowRoot.querySelector(selector));
      return { color: style.color, background: style.backgroundColor, radius: style.borderTopLeftRadius, transform: style.textTransform, padding: style.paddingTop, display: style.display };
    };
    return { submit: read('[part~="submit"]'), question: read('[part~="question"]'), root: read('.root') };
  });
}

describe('only documented tokens and parts change the look', () => {
  test('host rules aimed at the inside of an element, or at its private names, change nothing', async (t) => {
    const aimedInside = `
      ladder-poll button, ladder-poll input, ladder-poll label, ladder-poll .root, ladder-poll div,
      ladder-poll > *, ladder-poll *, ladder-poll [part], #stage ladder-poll button[type='submit'] {
        color: #ff0000 !important; background: #00ff00 !important; display: none !important;
        border-radius: 0 !important; text-transform: uppercase !important;
      }
      ladder-poll::part(no-such-part), ladder-poll::slotted(*) { display: none !important; }
      ladder-poll {
        --_color-accent: #00ff00; --_color-text: #ff0000; --_color-surface: #000000;
        --_space: 4em; --_radius: 0; --_border-width: 6px;
        --pk-undocumented: 1;
      }
    `;
    const clean = await photograph(cleanPage(OPEN_POLL.markup), OPEN_POLL);
    const hostile = await photograph(hostilePage(OPEN_POLL.markup, aimedInside), OPEN_POLL, { extraCss: aimedInside });
    try {
      const result = await compare(clean.page, clean.shots['ladder-poll'], hostile.shots['ladder-poll']);
      t.diagnostic(`ladder-poll: ${result.differing} pixels differ (${(result.ratio * 100).toFixed(3)}%), largest channel difference ${result.maxDelta}`);
      assert.deepEqual(await pollPieces(hostile.page), await pollPieces(clean.page));
      assert.ok(result.sameSize, `same size: clean ${result.sizes.expected.join('×')}, hostile ${result.sizes.actual.join('×')}`);
      assert.ok(result.ratio <= MAX_DIFFERING_RATIO, `${result.differing} pixels differ`);
    } finally {
      await clean.context.close();
      await hostile.context.close();
    }
  });

  test('a documented --pk-* token and a ::part do change the look, even on the hostile page', async (t) => {
    const theming = `
      #stage ladder-poll { --pk-color-accent: #a4000f; --pk-radius: 0; }
      ladder-poll::part(question) { text-transform: uppercase; }
      ladder-poll::part(submit) { padding-block: 1.25em; }
    `;
    const clean = await photograph(cleanPage(OPEN_POLL.markup), OPEN_POLL);
    const themed = await photograph(hostilePage(OPEN_POLL.markup, theming), OPEN_POLL, { extraCss: theming });
    try {
      const before = await pollPieces(clean.page);
      const after = await pollPieces(themed.page);
      assert.equal(after.submit.background, 'rgb(164, 0, 15)', 'the accent token colours the send button');
      assert.equal(after.submit.radius, '0px', 'the radius token squares the corners');
      assert.equal(after.root.radius, '0px');
      assert.equal(after.question.transform, 'uppercase', '::part(question) reaches the heading');
      assert.equal(after.submit.padding, '20px', '::part(submit) reaches the button (1.25em of 16px)');
      assert.notEqual(before.submit.background, after.submit.background);
      assert.equal(before.question.transform, 'none');
      const result = await compare(clean.page, clean.shots['ladder-poll'], themed.shots['ladder-poll']);
      t.diagnostic(`ladder-poll themed vs clean: ${result.sizes.expected.join('×')} → ${result.sizes.actual.join('×')}, ${result.sameSize ? `${result.differing} pixels differ` : 'sizes differ'}`);
      assert.ok(!result.sameSize || result.differing > 1000, 'the screenshot shows the change');
    } finally {
      await clean.context.close();
      await themed.context.close();
    }
  });
});
