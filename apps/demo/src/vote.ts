/**
 * The voting page people open from the QR code: `/vote.html?code=K7QPM3` shows that poll's
 * `<ladder-poll>` (from the widgets bundle, talking to the server through the provider).
 * Without a code, or with one that cannot be a poll id, a form asks for the code; a code with
 * no poll yet says so while the element waits for the poll to appear.
 */
import { format, type Locale } from '@partnerkit/core';
import { byId } from './common/dom.js';
import { readPollCode, showCodeForm } from './common/join-code.js';
import { applyText, pageLocale } from './common/locale.js';
import { VOTE_MESSAGES } from './messages/vote.js';

const locale: Locale = pageLocale();
const asked = new URLSearchParams(location.search).get('code');

/** Shows the join form, with an error when there is one. */
function showJoinForm(error?: string, typed?: string): void {
  showCodeForm('join', 'poll', error, typed);
}

/** Shows the poll with this id. */
function showPoll(pollId: string): void {
  byId('join').hidden = true;
  byId('poll').hidden = false;
  const poll = document.createElement('ladder-poll');
  poll.setAttribute('poll', pollId);
  poll.setAttribute('heading-level', '1');
  // A poll the server says does not exist: back to the form, saying so.
  poll.addEventListener('pk-error', (event) => {
    const detail = (event as CustomEvent<{ action?: string; code?: string }>).detail;
    if (detail?.action === 'load' && detail.code === 'not-found') {
      poll.remove();
      showJoinForm(format(VOTE_MESSAGES.codeUnknown[locale], { code: pollId }), pollId);
    }
  });
  // With a server, a poll not made yet waits (`state="upcoming"`) and shows once it is: say
  // so, in case the code was mistyped.
  const waiting = byId('waiting');
  new MutationObserver(() => {
    const upcoming = poll.getAttribute('state') === 'upcoming';
    waiting.hidden = !upcoming;
    waiting.textContent = upcoming ? format(VOTE_MESSAGES.codeWaiting[locale], { code: pollId }) : '';
  }).observe(poll, { attributes: true, attributeFilter: ['state'] });
  byId('provider').replaceChildren(poll);
}

function start(): void {
  applyText(VOTE_MESSAGES, locale);
  // Keep the chosen language when joining.
  const lang = byId<HTMLInputElement>('join-lang');
  if (new URLSearchParams(location.search).has('lang')) {
    lang.value = locale;
    lang.disabled = false;
    byId<HTMLAnchorElement>('other-poll').href = `/vote.html?lang=${locale}`;
  }
  byId('join-form').addEventListener('submit', (event) => {
    const input = byId<HTMLInputElement>('code');
    const code = readPollCode(input.value);
    if (code === undefined) {
      event.preventDefault();
      showJoinForm(input.value.trim() === '' ? VOTE_MESSAGES.codeMissing[locale] : VOTE_MESSAGES.codeInvalid[locale]);
      return;
    }
    input.value = code;
  });
  if (asked === null) {
    showJoinForm();
    return;
  }
  const pollId = readPollCode(asked);
  if (pollId === undefined) {
    showJoinForm(VOTE_MESSAGES.codeInvalid[locale], asked);
    return;
  }
  if (pollId !== asked) {
    // A code typed in small letters or with spaces: show it as it is meant.
    const address = new URL(location.href);
    address.searchParams.set('code', pollId);
    history.replaceState(history.state, '', address.pathname + address.search);
  }
  showPoll(pollId);
}

start();
