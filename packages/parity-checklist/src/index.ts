/**
 * `@partnerkit/parity-checklist`: the `<parity-checklist>` element. Importing this module
 * registers nothing; import `@partnerkit/parity-checklist/define.js` to register the tag.
 * @module
 */
export { ParityChecklist, DEFAULT_ASSESSMENT_ID, ASSESSMENTS_COLLECTION, type ChecklistState } from './parity-checklist.js';
export type { PkChangeDetail, PkOutboxDetail, PkSubmitDetail, ScoredParityAssessment } from './events.js';
export { MESSAGES } from './messages.js';
