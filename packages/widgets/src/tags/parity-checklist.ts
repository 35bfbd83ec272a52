/** The tag of `@partnerkit/parity-checklist`. Importing this module registers nothing. */
import { ParityChecklist } from '@partnerkit/parity-checklist';
import type { TagDefinition } from '@partnerkit/ui';

/** `<parity-checklist>` and its class. */
export const definitions: readonly TagDefinition[] = [['parity-checklist', ParityChecklist]];
