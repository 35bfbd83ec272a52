/**
 * The example app: a `<ladder-poll>` on a client React made, and a `<pledge-card>` with a
 * `<pledge-wall>` whose pledges React keeps. Every prop below is typed by
 * `@partnerkit/widgets/jsx`: properties (`client`, `pledges`), attributes (`min-group-size`)
 * and `onpk-…` event handlers with their detail types.
 */
import { useReducer, useState } from 'react';
// Deep imports, as @partnerkit/core's README advises, so the store engine loads on first use.
import { lazyClient } from '@partnerkit/core/client/lazy-client.js';
import { lazyMemoryStore } from '@partnerkit/core/store/lazy-store.js';
import { plural, type Locale, type LocalizedText } from '@partnerkit/core/shared/text.js';
import type { PkErrorDetail } from '@partnerkit/ui';
import { describe, hearReducer, NOTHING_HEARD, TEXT } from './heard.js';

/** The poll's id; the element creates the poll in the client's store on first load. */
export const POLL_ID = 'react-example';
/** The wall both pledge elements use. */
const WALL_ID = 'react-example-wall';

export function App() {
  const [locale, setLocale] = useState<Locale>('en');
  // One client for the life of the app, its data in this page only (a real app would point it
  // at its server). `lazyClient` is `createClient` with its code loaded on the first call.
  const [client] = useState(() => lazyClient({ store: lazyMemoryStore() }));
  const [{ pledges, votes, log }, hear] = useReducer(hearReducer, NOTHING_HEARD);

  const hearError = ({ detail }: CustomEvent<PkErrorDetail>) => hear({ type: 'pk-error', ...detail });
  const text = (value: LocalizedText) => value[locale];
  const otherLocale = locale === 'en' ? 'fr' : 'en';

  return (
    <div lang={locale} className="app">
      <header className="app-header">
        <h1>{text(TEXT.title)}</h1>
        <button type="button" lang={otherLocale} onClick={() => setLocale(otherLocale)}>
          {text(TEXT.otherLanguage)}
        </button>
      </header>
      <p>{text(TEXT.intro)}</p>

      <main className="app-grid">
        <section aria-labelledby="poll-heading">
          <h2 id="poll-heading">{text(TEXT.pollHeading)}</h2>
          <p className="note">{text(TEXT.pollNote)}</p>
          <partnerkit-provider client={client}>
            <ladder-poll
              poll={POLL_ID}
              min-group-size="3"
              heading-level="3"
              onpk-vote={({ detail }) => hear({ type: 'pk-vote', poll: detail.poll, rung: detail.rung })}
              onpk-results={({ detail }) => hear({ type: 'pk-results', poll: detail.poll, total: detail.results.result.total })}
              onpk-error={hearError}
            />
          </partnerkit-provider>
        </section>

        <section aria-labelledby="pledges-heading">
          <h2 id="pledges-heading">{text(TEXT.pledgesHeading)}</h2>
          <p className="note">{text(TEXT.pledgesNote)}</p>
          {/* storage="none": the elements keep nothing and fire their events at once. */}
          <partnerkit-provider storage="none">
            <pledge-card
              wall={WALL_ID}
              heading-level="3"
              onpk-pledge={({ detail }) => hear({ type: 'pk-pledge', pledge: detail.pledge })}
              onpk-error={hearError}
            />
            <pledge-wall
              wall={WALL_ID}
              heading-level="3"
              pledges={pledges}
              onpk-join={({ detail }) => hear({ type: 'pk-join', pledgeId: detail.pledgeId })}
              onpk-error={hearError}
            />
          </partnerkit-provider>
        </section>

        <aside aria-labelledby="heard-heading" className="heard">
          <h2 id="heard-heading">{text(TEXT.heardHeading)}</h2>
          <p>
            <span data-testid="votes">{plural(TEXT.votes, votes, locale)}</span>
            {' · '}
            <span data-testid="pledges">{plural(TEXT.pledges, pledges.length, locale)}</span>
          </p>
          {log.length === 0 ? (
            <p>{text(TEXT.nothingYet)}</p>
          ) : (
            <ol aria-labelledby="heard-heading">
              {log.map((heard, index) => (
                <li key={log.length - index} data-event={heard.type}>
                  {describe(heard, locale)}
                </li>
              ))}
            </ol>
          )}
        </aside>
      </main>
    </div>
  );
}
