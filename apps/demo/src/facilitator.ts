/**
 * The facilitator page: the token comes in the address's fragment (`#token=…`, as printed by
 * `npm start`) and is kept for this tab only. With it the page creates polls whose id is a
 * short join code, lists the polls made in this browser, and opens, closes, reveals and resets
 * them through the SDK client with the facilitator token.
 */
import { BUILT_IN_LADDERS, format, getBuiltInLadder, isPartnerKitError, plural, type Locale, type Poll, type PollAction } from '@partnerkit/core';
import type { PartnerKitClient } from '@partnerkit/core/client/client.js';
import { byId, errorMessage, make } from './common/dom.js';
import { forgetPoll, forgetToken, rememberPoll, saveToken, savedPollIds, takeTokenFromAddress } from './common/facilitator-session.js';
import { makeJoinCode } from './common/join-code.js';
import { applyText, pageLocale } from './common/locale.js';
import { serverClient } from './common/server-client.js';
import { FACILITATOR_COUNTS, FACILITATOR_MESSAGES as M } from './messages/facilitator.js';

const locale: Locale = pageLocale();
/** How many fresh codes to try when a code is already taken (very rare: 31^6 codes). */
const CODE_ATTEMPTS = 5;
/** The form fields by the settings field a validation error names. */
const FIELD_INPUTS: Readonly<Record<string, string>> = { question: 'question', ladderId: 'ladder', minGroupSize: 'min-group', resultsVisibility: 'visibility-after-vote' };

let client: PartnerKitClient | undefined;
/** Live subscriptions of the listed polls, by poll id. */
const following = new Map<string, () => void>();

function say(key: keyof typeof M, values: Record<string, string | number> = {}): string {
  return format(M[key][locale], values);
}

function showStatus(text: string): void {
  byId('error').textContent = '';
  byId('status').textContent = text;
}

function showError(error: unknown): void {
  byId('status').textContent = '';
  const code = isPartnerKitError(error) ? (error.code as string) : '';
  const hint = code === 'forbidden' || code === 'unauthorized' ? ` ${say('checkKey')}` : '';
  byId('error').textContent = `${say('failed', { message: errorMessage(error, locale) })}${hint}`;
}

/** Shows the key form or the tools, after whether this tab holds a key. */
function render(token: string | undefined): void {
  for (const unsubscribe of following.values()) unsubscribe();
  following.clear();
  client = token === undefined ? undefined : serverClient(locale, token);
  byId('no-token').hidden = token !== undefined;
  byId('signed-in').hidden = token === undefined;
  if (client !== undefined) renderPolls();
}

function renderLadderChoices(): void {
  byId<HTMLSelectElement>('ladder').replaceChildren(
    ...BUILT_IN_LADDERS.map((ladder) => make('option', { text: ladder.name[locale], attributes: { value: ladder.id } })),
  );
}

// ---- The list of polls ----

const titleId = (pollId: string): string => `poll-${pollId}-title`;

/** The facts line of a poll: open or closed, who sees results, how many answers. */
function factsOf(poll: Poll, total: number | undefined): string {
  const visibility =
    poll.resultsVisibility === 'hidden' ? (poll.revealed ? say('showRevealed') : say('showHidden')) : poll.resultsVisibility === 'always' ? say('showAlways') : say('showAfterVote');
  const parts = [poll.status === 'open' ? say('statusOpen') : say('statusClosed'), visibility];
  if (total !== undefined) parts.push(plural(FACILITATOR_COUNTS.answers, total, locale, {}));
  return parts.join(' · ');
}

/** What each button does and says when done. */
const ACTIONS: readonly { readonly action: PollAction; readonly label: keyof typeof M; readonly done: keyof typeof M; readonly danger?: boolean }[] = [
  { action: 'open', label: 'open', done: 'opened' },
  { action: 'close', label: 'close', done: 'closedDone' },
  { action: 'reveal', label: 'reveal', done: 'revealed' },
  { action: 'reset', label: 'reset', done: 'resetDone', danger: true },
];

/** Whether an action makes sense for the poll as it is. */
function canDo(action: PollAction, poll: Poll): boolean {
  if (action === 'open') return poll.status === 'closed';
  if (action === 'close') return poll.status === 'open';
  if (action === 'reveal') return poll.resultsVisibility === 'hidden' && !poll.revealed;
  return true;
}

/** Where focus goes when the pressed button no longer applies. */
const FOCUS_AFTER: Readonly<Record<PollAction, PollAction>> = { open: 'close', close: 'open', reveal: 'reset', reset: 'close' };

/** One poll's entry, with its buttons and links; filled in once the poll is read. */
function pollItem(pollId: string): HTMLLIElement {
  const item = make('li', { className: 'poll-item' });
  item.dataset.poll = pollId;
  const heading = make('h3', { attributes: { id: titleId(pollId), tabindex: '-1' } });
  heading.append(make('span', { className: 'poll-code', text: pollId }), make('span', { className: 'poll-question' }));
  const facts = make('p', { className: 'poll-facts', text: say('working') });
  const actions = make('div', { className: 'poll-actions', attributes: { role: 'group', 'aria-labelledby': titleId(pollId) } });
  actions.hidden = true;
  for (const { action, label, danger } of ACTIONS) {
    const button = make('button', { className: danger ? 'danger' : 'secondary', text: say(label), attributes: { type: 'button', 'aria-describedby': titleId(pollId) } });
    button.dataset.action = action;
    button.addEventListener('click', () => act(pollId, action, item).catch(showError));
    actions.append(button);
  }
  const links = make('ul', { className: 'poll-links' });
  const present = make('a', { text: say('present'), attributes: { href: `/present.html?code=${encodeURIComponent(pollId)}&lang=${locale}` } });
  const vote = make('a', { text: say('votePage'), attributes: { href: `/vote.html?code=${encodeURIComponent(pollId)}&lang=${locale}` } });
  const forget = make('button', { className: 'secondary', text: say('forgetPoll'), attributes: { type: 'button', 'aria-describedby': titleId(pollId) } });
  forget.addEventListener('click', () => {
    following.get(pollId)?.();
    following.delete(pollId);
    forgetPoll(pollId);
    item.remove();
    byId('polls-empty').hidden = savedPollIds().length > 0;
    showStatus(say('forgotPoll', { code: pollId }));
    byId('polls-title').setAttribute('tabindex', '-1');
    byId('polls-title').focus();
  });
  for (const node of [present, vote, forget]) {
    const entry = make('li');
    entry.append(node);
    links.append(entry);
  }
  item.append(heading, facts, actions, links);
  return item;
}

/** Shows a poll's state in its entry. */
function fillItem(item: HTMLElement, poll: Poll, total: number | undefined): void {
  const ladder = getBuiltInLadder(poll.ladderId);
  item.querySelector('.poll-question')!.textContent = poll.question ?? ladder?.question[locale] ?? poll.ladderId;
  item.querySelector('.poll-facts')!.textContent = factsOf(poll, total);
  const actions = item.querySelector<HTMLElement>('.poll-actions')!;
  actions.hidden = false;
  for (const button of actions.querySelectorAll<HTMLButtonElement>('button')) {
    button.disabled = !canDo(button.dataset.action as PollAction, poll);
  }
}

/** Reads a poll and its results into its entry, and follows it live. */
async function loadItem(item: HTMLElement, pollId: string): Promise<void> {
  if (client === undefined) return;
  const poll = await client.polls.get(pollId);
  if (poll === undefined) {
    item.querySelector('.poll-facts')!.textContent = say('missingPoll');
    return;
  }
  const released = await client.polls.results(pollId);
  let current = poll;
  let total: number | undefined = released.result.total;
  fillItem(item, current, total);
  if (!following.has(pollId)) {
    following.set(
      pollId,
      client.polls.subscribe(pollId, (event) => {
        if (event.type === 'results') total = event.results.result.total;
        else if (event.type === 'poll') current = event.poll;
        else return;
        fillItem(item, current, total);
      }),
    );
  }
}

function renderPolls(): void {
  const ids = savedPollIds();
  byId('polls-empty').hidden = ids.length > 0;
  byId('polls').replaceChildren(
    ...ids.map((pollId) => {
      const item = pollItem(pollId);
      loadItem(item, pollId).catch((error: unknown) => {
        item.querySelector('.poll-facts')!.textContent = say('loadFailed', { message: errorMessage(error, locale) });
      });
      return item;
    }),
  );
}

/** Runs a facilitator action on a poll (asking first before removing every answer). */
async function act(pollId: string, action: PollAction, item: HTMLElement): Promise<void> {
  if (client === undefined) return;
  if (action === 'reset' && !window.confirm(say('confirmReset', { code: pollId }))) return;
  showStatus(say('working'));
  const poll = await client.polls[action](pollId);
  const released = await client.polls.results(pollId).catch(() => undefined);
  fillItem(item, poll, released?.result.total);
  const done = ACTIONS.find((entry) => entry.action === action)!.done;
  showStatus(say(done, { code: pollId }));
  const pressed = item.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
  if (pressed?.disabled) {
    const next = item.querySelector<HTMLButtonElement>(`button[data-action="${FOCUS_AFTER[action]}"]`);
    if (next && !next.disabled) next.focus();
    else byId(titleId(pollId)).focus();
  }
}

// ---- Creating a poll ----

/** The settings the form asks for, without the id. */
function formSettings(form: HTMLFormElement): Record<string, unknown> {
  const data = new FormData(form);
  const question = String(data.get('question') ?? '').trim();
  const groupText = String(data.get('minGroupSize') ?? '').trim();
  return {
    ladderId: String(data.get('ladder') ?? ''),
    resultsVisibility: String(data.get('visibility') ?? 'after-vote'),
    minGroupSize: groupText === '' ? Number.NaN : Number(groupText),
    ...(question !== '' && { question }),
  };
}

async function createPoll(form: HTMLFormElement): Promise<void> {
  if (client === undefined) return;
  const button = byId<HTMLButtonElement>('create');
  const settings = formSettings(form);
  button.disabled = true;
  showStatus(say('creating'));
  try {
    for (let attempt = 1; ; attempt += 1) {
      const code = makeJoinCode();
      try {
        await client.polls.create({ ...settings, id: code });
      } catch (error) {
        // A code someone already uses: draw another.
        if (isPartnerKitError(error) && error.code === 'conflict' && attempt < CODE_ATTEMPTS) continue;
        throw error;
      }
      rememberPoll(code);
      renderPolls();
      byId<HTMLInputElement>('question').value = '';
      showStatus(say('created', { code }));
      return;
    }
  } catch (error) {
    showError(error);
    const field = isPartnerKitError(error) ? FIELD_INPUTS[error.field] : undefined;
    if (field !== undefined) byId(field).focus();
  } finally {
    button.disabled = false;
  }
}

function start(): void {
  applyText(M, locale);
  renderLadderChoices();
  byId('create-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void createPoll(event.target as HTMLFormElement);
  });
  byId('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = byId<HTMLInputElement>('token');
    const token = input.value.trim();
    const error = byId('token-error');
    if (token === '') {
      error.textContent = say('tokenMissing');
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    error.hidden = true;
    input.value = '';
    input.removeAttribute('aria-invalid');
    saveToken(token);
    render(token);
    byId('create-title').setAttribute('tabindex', '-1');
    byId('create-title').focus();
  });
  byId('forget-token').addEventListener('click', () => {
    forgetToken();
    render(undefined);
    showStatus(say('tokenForgotten'));
    byId('token').focus();
  });
  render(takeTokenFromAddress());
}

start();
