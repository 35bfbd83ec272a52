/**
 * `@partnerkit/ui`: what every PartnerKit element shares — the provider, the connection to a
 * client, per-element language, theme tokens and styles, events and the guarded define helper.
 * Importing this module registers nothing; import `@partnerkit/ui/define.js` for the provider.
 * @module
 */
export { VERSION } from './version.js';
export { defineElement, defineElements, type TagDefinition, type VersionedElement } from './define-element.js';
export { findLang, LocaleController } from './locale.js';
export {
  connectionContext,
  connectionFor,
  createConnection,
  createServerConnection,
  defaultConnection,
  pageConnection,
  readEndpoint,
  readStorageKind,
  resetDefaultConnections,
  serverConnection,
  STORAGE_KINDS,
  type ConnectionStorage,
  type PartnerKitConnection,
  type StorageKind,
} from './connection.js';
export { ConnectionController, type ConnectionHost } from './connection-controller.js';
export { baseStyles, themeStyles } from './styles.js';
export { adoptPartStyles } from './part-styles.js';
export { emit, errorDetail, type PkErrorDetail, type PkOutboxDetail } from './events.js';
export { OutboxController, queuedKey, type OutboxOutcome } from './outbox-controller.js';
export { PartnerKitElement, type PartView } from './element.js';
export { PartnerKitProvider } from './provider.js';
