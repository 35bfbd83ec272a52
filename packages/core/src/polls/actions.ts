/** What a facilitator can do to a poll, as a pure step from one poll record to the next. */
import type { PollAction } from '../store/types.js';
import { invalid } from '../shared/errors.js';
import { t } from '../shared/text.js';
import { readEnum } from '../shared/validate.js';
import type { Poll } from './types.js';

/** Every facilitator action, in the order a poll usually sees them. */
export const POLL_ACTIONS: readonly PollAction[] = ['open', 'close', 'reveal', 'reset'];

/** Reads a poll action from untrusted input. */
export function readPollAction(input: unknown, field = 'action'): PollAction {
  return readEnum(input, field, POLL_ACTIONS);
}

/**
 * Returns the poll after a facilitator's action. The rules:
 * - `open` takes votes again (a closed poll reopens). Opening an open poll changes nothing.
 * - `close` stops votes; the store then releases the final result. Closing a closed poll
 *   changes nothing.
 * - `reveal` is only for polls whose results are `hidden`: it lets everyone see them. On a
 *   poll with another visibility it is refused (`invalid-transition`), since people can
 *   already see the results; revealing twice changes nothing.
 * - `reset` starts the poll over: it is open again and, when hidden, hidden again. The store
 *   also removes every vote and every released result.
 *
 * Returns the same object when nothing changes, so callers can skip saving.
 */
export function applyPollAction(poll: Poll, action: PollAction): Poll {
  switch (action) {
    case 'open':
      return poll.status === 'open' ? poll : { ...poll, status: 'open' };
    case 'close':
      return poll.status === 'closed' ? poll : { ...poll, status: 'closed' };
    case 'reveal':
      if (poll.resultsVisibility !== 'hidden') {
        throw invalid('invalid-transition', 'action', t('Only a poll with hidden results can be revealed. People can already see these results.', 'Seul un sondage aux résultats cachés peut être dévoilé. Les gens voient déjà ces résultats.'));
      }
      return poll.revealed ? poll : { ...poll, revealed: true };
    case 'reset':
      return poll.status === 'open' && !poll.revealed ? poll : { ...poll, status: 'open', revealed: false };
    default:
      // Unreachable for typed callers; refuses anything else as a ValidationError.
      readPollAction(action);
      return poll;
  }
}
