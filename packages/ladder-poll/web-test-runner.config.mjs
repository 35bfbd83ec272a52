// Browser tests for @partnerkit/ladder-poll, run in Chromium.
import { elementTestConfig } from '../../scripts/element-tests.mjs';

export default elementTestConfig();
