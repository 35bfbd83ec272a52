/**
 * What the facilitator page keeps in the browser. The token arrives in the address's fragment
 * (`#token=…`, never sent to a server), is kept in sessionStorage (this tab only, gone when it
 * closes) and removed from the address bar at once. The ids of polls made in this browser are
 * kept in localStorage: ids only, never a name.
 */

const TOKEN_KEY = 'partnerkit-demo:facilitator-token';
const POLLS_KEY = 'partnerkit-demo:facilitator-polls';
/** The most poll ids kept; the oldest are forgotten first. */
const MAX_SAVED_POLLS = 50;
/** The token for this page's life too, in case session storage is refused. */
let tokenInMemory: string | undefined;

/**
 * Moves a `#token=…` from the address into this tab's session, removing it from the address
 * bar (and from history) so it is not shared by copying the link. Returns the token now kept.
 */
export function takeTokenFromAddress(): string | undefined {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const token = fragment.get('token')?.trim();
  if (fragment.has('token')) {
    history.replaceState(history.state, '', location.pathname + location.search);
    if (token) saveToken(token);
  }
  return currentToken();
}

/** The token kept for this tab, if any. */
export function currentToken(): string | undefined {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? tokenInMemory;
  } catch {
    return tokenInMemory;
  }
}

/** Keeps a token for this tab. */
export function saveToken(token: string): void {
  tokenInMemory = token;
  try {
    sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Storage refused: the token lasts as long as the page.
  }
}

/** Forgets this tab's token. */
export function forgetToken(): void {
  tokenInMemory = undefined;
  try {
    sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Nothing kept.
  }
}

/** The ids of polls made in this browser, newest first. */
export function savedPollIds(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(POLLS_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function savePollIds(ids: readonly string[]): void {
  try {
    localStorage.setItem(POLLS_KEY, JSON.stringify(ids.slice(0, MAX_SAVED_POLLS)));
  } catch {
    // Storage refused: the list is not kept.
  }
}

/** Adds a poll id at the top of the list. */
export function rememberPoll(id: string): void {
  savePollIds([id, ...savedPollIds().filter((saved) => saved !== id)]);
}

/** Removes a poll id from the list (the poll itself stays on the server). */
export function forgetPoll(id: string): void {
  savePollIds(savedPollIds().filter((saved) => saved !== id));
}
