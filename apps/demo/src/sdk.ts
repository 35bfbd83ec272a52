/**
 * The SDK kiosk page (/sdk.html): a ladder poll built directly on the SDK, with votes kept in
 * this browser. Every piece of text goes into the page as text (textContent), never as HTML.
 */
import {
  BUILT_IN_LADDERS,
  DEFAULT_LADDER_ID,
  format,
  getBuiltInLadder,
  isPartnerKitError,
  nextRung,
  plural,
  viewResult,
  type Ladder,
  type Locale,
  type LocalizedText,
  type ReleasedResults,
} from '@partnerkit/core';
import { createBrowserClient } from '@partnerkit/core/browser';
import { MESSAGES } from './sdk-messages.js';

const client = createBrowserClient({ key: 'partnerkit:demo' });
let locale: Locale = document.documentElement.lang === 'fr' ? 'fr' : 'en';
let ladder: Ladder = getBuiltInLadder(DEFAULT_LADDER_ID) as Ladder;
let stopListening: (() => void) | undefined;
/** New votes needed between two releases of results, from the current poll. */
let minNewVotes = 3;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The demo page is missing #${id}.`);
  return found as T;
}

type Sentence = { [K in keyof typeof MESSAGES]: (typeof MESSAGES)[K] extends LocalizedText ? K : never }[keyof typeof MESSAGES];

function say(key: Sentence, values: Record<string, string | number> = {}): string {
  return format(MESSAGES[key][locale], values);
}

/** "1 vote, 17%" or "2 votes, 33%", in the page's language. */
function countText(count: number, percent: number): string {
  return plural(MESSAGES.countText, count, locale, { percent });
}

const pollIdFor = (chosen: Ladder) => `demo-${chosen.id}`;

/** Makes sure the ladder's poll exists in this browser. */
async function ensurePoll(chosen: Ladder): Promise<void> {
  const pollId = pollIdFor(chosen);
  const poll = (await client.polls.get(pollId)) ?? (await client.polls.create({ id: pollId, ladderId: chosen.id, resultsVisibility: 'always' }));
  minNewVotes = poll.minNewVotes;
}

/** Elements whose whole text is one sentence of the page, by element id. */
const STATIC_TEXT: readonly (readonly [string, Sentence])[] = [
  ['title', 'title'],
  ['intro', 'intro'],
  ['ladder-label', 'ladder'],
  ['submit', 'vote'],
  ['results-title', 'resultsTitle'],
  ['results-caption', 'caption'],
  ['col-rung', 'rung'],
  ['col-votes', 'votes'],
  ['col-share', 'share'],
  ['reset', 'reset'],
  ['next-title', 'nextTitle'],
  ['next-text', 'nextText'],
  ['skip-link', 'skip'],
  ['language', 'language'],
];

function renderStaticText(): void {
  document.documentElement.lang = locale;
  document.title = say('pageTitle');
  for (const [id, key] of STATIC_TEXT) element(id).textContent = say(key);
  // The language button is written in the language it switches to.
  element('language').lang = locale === 'en' ? 'fr' : 'en';
}

function renderLadderChoices(): void {
  const select = element<HTMLSelectElement>('ladder');
  select.replaceChildren(
    ...BUILT_IN_LADDERS.map((option) => {
      const item = document.createElement('option');
      item.value = option.id;
      item.textContent = option.name[locale];
      item.selected = option.id === ladder.id;
      return item;
    }),
  );
}

function renderRungs(): void {
  element('question').textContent = ladder.question[locale];
  const list = element('rung-list');
  list.replaceChildren(
    ...ladder.rungs.map((rung, index) => {
      const row = document.createElement('div');
      row.className = 'rung';
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = 'rung';
      input.value = rung.id;
      input.id = `rung-${rung.id}`;
      input.setAttribute('aria-describedby', `rung-${rung.id}-description`);
      const label = document.createElement('label');
      label.htmlFor = input.id;
      label.textContent = `${index + 1}. ${rung.label[locale]}`;
      const description = document.createElement('span');
      description.className = 'rung-description';
      description.id = `rung-${rung.id}-description`;
      description.textContent = rung.description[locale];
      label.append(description);
      row.append(input, label);
      return row;
    }),
  );
}

function renderResults(released: ReleasedResults): void {
  const view = viewResult(ladder, released.result);
  const table = element('results-table');
  const summary = element('results-summary');
  const prompt = element('next-rung');
  if (view.total === 0) {
    summary.textContent = say('noVotes');
  } else if (!view.visible) {
    summary.textContent = plural(MESSAGES.tooFew, view.total, locale, { k: released.result.minGroupSize });
  } else {
    summary.textContent = say('summary', { total: view.total, n: minNewVotes });
  }
  table.hidden = !view.visible;
  element('results-body').replaceChildren(
    ...view.rows.map((row) => {
      const line = document.createElement('tr');
      const name = document.createElement('th');
      name.scope = 'row';
      name.textContent = row.rung.label[locale];
      const count = document.createElement('td');
      count.textContent = countText(row.count, row.percent);
      const share = document.createElement('td');
      const meter = document.createElement('meter');
      meter.min = 0;
      meter.max = 100;
      meter.value = row.percent;
      meter.textContent = `${row.percent}%`;
      meter.setAttribute('aria-label', `${row.rung.label[locale]}: ${countText(row.count, row.percent)}`);
      share.append(meter);
      line.append(name, count, share);
      return line;
    }),
  );
  const median = view.medianRungId;
  if (!view.visible || median === null) {
    prompt.textContent = '';
    return;
  }
  const above = nextRung(ladder, median);
  const medianLabel = ladder.rungs.find((rung) => rung.id === median)?.label[locale] ?? median;
  prompt.textContent = `${say('median', { rung: medianLabel })} ${above ? say('nextRung', { rung: above.label[locale] }) : say('topRung')}`;
}

function showError(error: unknown): void {
  const message = isPartnerKitError(error) ? error.messageIn(locale) : String(error);
  element('status').textContent = say('failed', { message });
}

async function showLadder(): Promise<void> {
  stopListening?.();
  await ensurePoll(ladder);
  renderLadderChoices();
  renderRungs();
  const pollId = pollIdFor(ladder);
  renderResults(await client.polls.results(pollId));
  // Other tabs on this browser see new results as they are released.
  stopListening = client.polls.subscribe(pollId, (event) => {
    if (event.type === 'results') renderResults(event.results);
  });
}

async function vote(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const chosen = form.querySelector<HTMLInputElement>('input[name="rung"]:checked');
  const error = element('form-error');
  if (!chosen) {
    error.textContent = say('chooseFirst');
    error.hidden = false;
    form.querySelector<HTMLInputElement>('input[name="rung"]')?.focus();
    return;
  }
  error.hidden = true;
  // Kiosk: each submission is a new anonymous participant.
  const released = await client.withParticipant().polls.vote(pollIdFor(ladder), { rung: chosen.value });
  renderResults(released);
  form.reset();
  element<HTMLSelectElement>('ladder').value = ladder.id;
  element('status').textContent = say('saved');
}

async function clearVotes(): Promise<void> {
  if (!window.confirm(say('confirmReset'))) return;
  await client.polls.reset(pollIdFor(ladder));
  renderResults(await client.polls.results(pollIdFor(ladder)));
  element('status').textContent = say('cleared');
}

function start(): void {
  element('poll').addEventListener('submit', (event) => vote(event as SubmitEvent).catch(showError));
  element<HTMLSelectElement>('ladder').addEventListener('change', (event) => {
    ladder = getBuiltInLadder((event.target as HTMLSelectElement).value) ?? ladder;
    element('status').textContent = '';
    showLadder().catch(showError);
  });
  element('reset').addEventListener('click', () => clearVotes().catch(showError));
  element('language').addEventListener('click', () => {
    locale = locale === 'en' ? 'fr' : 'en';
    renderStaticText();
    showLadder().catch(showError);
  });
  renderStaticText();
  showLadder().catch(showError);
}

start();
