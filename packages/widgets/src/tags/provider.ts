/** The tag of `@partnerkit/ui`'s provider. Importing this module registers nothing. */
import { PartnerKitProvider } from '@partnerkit/ui';
import type { TagDefinition } from '@partnerkit/ui';

/** `<partnerkit-provider>` and its class. */
export const definitions: readonly TagDefinition[] = [['partnerkit-provider', PartnerKitProvider]];
