/** The tags of `@partnerkit/pledge-card`. Importing this module registers nothing. */
import { PledgeCard, PledgeWall } from '@partnerkit/pledge-card';
import type { TagDefinition } from '@partnerkit/ui';

/** `<pledge-card>`, `<pledge-wall>` and their classes. */
export const definitions: readonly TagDefinition[] = [
  ['pledge-card', PledgeCard],
  ['pledge-wall', PledgeWall],
];
