/**
 * `@partnerkit/widgets`: every PartnerKit element with Lit in one file. Loading it registers
 * `<partnerkit-provider>`, `<ladder-poll>`, `<parity-checklist>`, `<pledge-card>` and
 * `<pledge-wall>` (each skipped when its tag is taken) and adds nothing else to `window`
 * but Lit's version markers.
 *
 * ```html
 * <script type="module" src="https://your-intranet.example/partnerkit/partnerkit.js"></script>
 * <ladder-poll poll="team-meeting"></ladder-poll>
 * ```
 * @module
 */
import type { PartnerKitProvider } from '@partnerkit/ui';
import type { LadderPoll } from '@partnerkit/ladder-poll';
import type { ParityChecklist } from '@partnerkit/parity-checklist';
import type { PledgeCard, PledgeWall } from '@partnerkit/pledge-card';
import { defineElements } from '@partnerkit/ui';
import { definitions as provider } from './tags/provider.js';
import { definitions as ladderPoll } from './tags/ladder-poll.js';
import { definitions as parityChecklist } from './tags/parity-checklist.js';
import { definitions as pledgeCard } from './tags/pledge-card.js';

defineElements([...provider, ...ladderPoll, ...parityChecklist, ...pledgeCard]);

export { defineElements, type TagDefinition } from '@partnerkit/ui';
export { VERSION, PartnerKitProvider, type PkErrorDetail } from '@partnerkit/ui';
export { LadderPoll, type LadderPollState, type PkVoteDetail, type PkResultsDetail } from '@partnerkit/ladder-poll';
export {
  ParityChecklist,
  type ChecklistState,
  type PkChangeDetail,
  type PkSubmitDetail,
  type ScoredParityAssessment,
} from '@partnerkit/parity-checklist';
export {
  PledgeCard,
  PledgeWall,
  type PledgeCardState,
  type PledgeWallState,
  type PkJoinDetail,
  type PkPledgeDetail,
} from '@partnerkit/pledge-card';

declare global {
  interface HTMLElementTagNameMap {
    'partnerkit-provider': PartnerKitProvider;
    'ladder-poll': LadderPoll;
    'parity-checklist': ParityChecklist;
    'pledge-card': PledgeCard;
    'pledge-wall': PledgeWall;
  }
}
