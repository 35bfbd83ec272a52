/**
 * The presenter view for a projector: `/present.html?code=K7QPM3` shows the question, the join
 * code in huge letters, the voting address and its QR code, and large live results drawn from
 * core's `viewResult`. It uses no facilitator key: it shows only what the room may see, so the
 * results of a hidden poll stay hidden until the facilitator reveals them.
 */
import { format, getBuiltInLadder, plural, releaseOrder, viewResult, type Ladder, type Locale, type Poll, type ReleasedResults } from '@partnerkit/core';
import { byId, errorMessage, make } from './common/dom.js';
import { readPollCode, showCodeForm } from './common/join-code.js';
import { applyText, pageLocale } from './common/locale.js';
import { qrCodeSvg } from './common/qr-code.js';
import { serverClient } from './common/server-client.js';
import { PRESENT_COUNTS, PRESENT_MESSAGES } from './messages/present.js';

const locale: Locale = pageLocale();
/** How long to wait before trying again when the server does not answer. */
const RETRY_MS = 3000;

/** Shows the form that asks for a code, with an error when there is one. */
function showChooser(error?: string, typed?: string): void {
  showCodeForm('choose', 'presenter', error, typed);
}

/** The voting page's full address for a poll. */
function votingUrl(pollId: string): string {
  return new URL(`/vote.html?code=${encodeURIComponent(pollId)}`, location.origin).href;
}

/** Draws the join code, the voting address and its QR code. */
function renderJoin(pollId: string): void {
  const url = votingUrl(pollId);
  byId('join-code').textContent = pollId;
  byId('vote-url').textContent = url;
  byId('qr').replaceChildren(qrCodeSvg(url, format(PRESENT_MESSAGES.qrLabel[locale], { url })));
}

/** One bar: the rung, its figures in words, and the bar itself (hidden from screen readers). */
function barRow(label: string, figures: string, percent: number): HTMLLIElement {
  const row = make('li', { className: 'bar-row' });
  const track = make('div', { className: 'bar-track', attributes: { 'aria-hidden': 'true' } });
  const fill = make('div', { className: 'bar-fill' });
  // CSSOM, not a style attribute: allowed under the page's strict policy.
  fill.style.width = `${percent}%`;
  track.append(fill);
  row.append(make('span', { className: 'bar-label', text: label }), make('span', { className: 'bar-figures', text: figures }), track);
  return row;
}

/** Draws what the room may see of the results. */
function renderResults(poll: Poll, ladder: Ladder, released: ReleasedResults): void {
  const summary = byId('summary');
  const bars = byId('bars');
  if (poll.resultsVisibility === 'hidden' && !poll.revealed) {
    summary.textContent = PRESENT_MESSAGES.hidden[locale];
    bars.replaceChildren();
    return;
  }
  const view = viewResult(ladder, released.result);
  let text: string;
  if (view.total === 0) text = PRESENT_MESSAGES.noAnswers[locale];
  else if (!view.visible) text = plural(PRESENT_COUNTS.tooFew, view.total, locale, { k: released.result.minGroupSize });
  else text = plural(PRESENT_COUNTS.total, view.total, locale, {});
  summary.textContent = poll.status === 'closed' ? `${PRESENT_MESSAGES.closed[locale]} ${text}` : text;
  bars.replaceChildren(
    ...view.rows.map((row) =>
      barRow(row.rung.label[locale], plural(PRESENT_COUNTS.row, row.count, locale, { percent: row.percent }), row.percent),
    ),
  );
}

/** Loads the poll, draws it and follows it live; tries again while the server does not answer. */
async function present(pollId: string): Promise<void> {
  const client = serverClient(locale);
  byId('choose').hidden = true;
  byId('presenter').hidden = false;
  renderJoin(pollId);
  let poll: Poll | undefined;
  let released: ReleasedResults;
  for (;;) {
    try {
      poll = await client.polls.get(pollId);
      if (poll === undefined) break;
      released = await client.polls.results(pollId);
      break;
    } catch {
      byId('summary').textContent = PRESENT_MESSAGES.unreachable[locale];
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
  if (poll === undefined) {
    showChooser(format(PRESENT_MESSAGES.codeUnknown[locale], { code: pollId }), pollId);
    return;
  }
  const ladder = getBuiltInLadder(poll.ladderId);
  if (ladder === undefined) {
    byId('summary').textContent = format(PRESENT_MESSAGES.failed[locale], { message: poll.ladderId });
    return;
  }
  let current: Poll = poll;
  byId('question').textContent = current.question ?? ladder.question[locale];
  renderResults(current, ladder, released!);
  // Reads and live events can cross: keep whichever results are newer.
  const show = (next: ReleasedResults): void => {
    if (releaseOrder(released, next) === 'older') return;
    released = next;
    renderResults(current, ladder, released);
  };
  client.polls.subscribe(pollId, (event) => {
    if (event.type === 'results') {
      show(event.results);
    } else if (event.type === 'poll') {
      current = event.poll;
      renderResults(current, ladder, released);
      // Revealed or reset: read the results as they are now.
      client.polls.results(pollId).then(show, () => undefined);
    }
  });
}

function start(): void {
  applyText(PRESENT_MESSAGES, locale);
  byId('choose-form').addEventListener('submit', (event) => {
    const input = byId<HTMLInputElement>('code');
    const code = readPollCode(input.value);
    if (code === undefined) {
      event.preventDefault();
      showChooser(PRESENT_MESSAGES.codeInvalid[locale]);
      return;
    }
    input.value = code;
  });
  const asked = new URLSearchParams(location.search).get('code');
  if (asked === null) {
    showChooser();
    return;
  }
  const pollId = readPollCode(asked);
  if (pollId === undefined) showChooser(PRESENT_MESSAGES.codeInvalid[locale], asked);
  else present(pollId).catch((error: unknown) => (byId('summary').textContent = format(PRESENT_MESSAGES.failed[locale], { message: errorMessage(error, locale) })));
}

start();
