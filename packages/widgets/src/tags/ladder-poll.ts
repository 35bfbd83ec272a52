/** The tag of `@partnerkit/ladder-poll`. Importing this module registers nothing. */
import { LadderPoll } from '@partnerkit/ladder-poll';
import type { TagDefinition } from '@partnerkit/ui';

/** `<ladder-poll>` and its class. */
export const definitions: readonly TagDefinition[] = [['ladder-poll', LadderPoll]];
