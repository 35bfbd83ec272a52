// Browser tests for @partnerkit/ui, run in Chromium.
import { elementTestConfig } from '../../scripts/element-tests.mjs';

export default elementTestConfig();
