// Type-level checks of @partnerkit/widgets/jsx, run by `tsc -p tsconfig.json --noEmit` (the
// example's typecheck). Each `@ts-expect-error` must meet an error, or tsc fails: so wrong
// props are refused, and the right ones below compile. (TypeScript lets any unknown prop with a
// dash through, as it does `data-*`: a misspelt `onpk-vot` is not caught; known ones are typed.)
import { useRef } from 'react';
import type { PkPledgeDetail, PledgeWall } from '@partnerkit/pledge-card';
import type { LadderPoll } from '@partnerkit/ladder-poll';
import type { PkErrorDetail } from '@partnerkit/ui';

export function Accepted() {
  const wall = useRef<PledgeWall>(null);
  const poll = useRef<LadderPoll>(null);
  const rung: (event: CustomEvent<{ readonly rung: string }>) => string = (event) => event.detail.rung;
  const pledge = (detail: PkPledgeDetail): string | undefined => detail.ownerToken;
  const error = (detail: PkErrorDetail): string => detail.code;
  return (
    <partnerkit-provider storage="memory" kiosk>
      <ladder-poll
        ref={poll}
        poll="p"
        ladder="arnstein"
        results="hidden"
        min-group-size="4"
        heading-level={3}
        minGroupSize={5}
        segment
        onpk-vote={(event) => {
          rung(event);
          const element: LadderPoll = event.currentTarget;
          void element;
        }}
        onpk-results={(event) => event.detail.results.result.total}
        onpk-error={(event) => error(event.detail)}
      />
      <pledge-card wall="w" onpk-pledge={(event) => pledge(event.detail)} />
      <pledge-wall ref={wall} pledges={[]} onpk-join={(event) => event.detail.pledgeId.length} />
      <parity-checklist hide-roster team="t" onpk-change={(event) => event.detail.answer} />
    </partnerkit-provider>
  );
}

export function Refused() {
  return (
    <>
      {/* @ts-expect-error `pk-vote` has no `pledgeId` in its detail. */}
      <ladder-poll onpk-vote={(event) => event.detail.pledgeId} />
      {/* @ts-expect-error `pledges` takes pledges, not text. */}
      <pledge-wall pledges="none" />
      {/* @ts-expect-error `min-group-size` is a number. */}
      <ladder-poll min-group-size="five" />
      {/* @ts-expect-error `segment` is a boolean. */}
      <ladder-poll segment="yes" />
      {/* @ts-expect-error `state` is set by the element, not by the page. */}
      <pledge-card state="made" />
      {/* @ts-expect-error a ref to a wall is not a ref to a poll. */}
      <ladder-poll ref={useRef<PledgeWall>(null)} />
    </>
  );
}
