// Browser tests for @partnerkit/parity-checklist, run in Chromium.
import { elementTestConfig } from '../../scripts/element-tests.mjs';

export default elementTestConfig();
