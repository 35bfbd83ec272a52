// Browser tests for @partnerkit/pledge-card (<pledge-card> and <pledge-wall>), run in Chromium.
import { elementTestConfig } from '../../scripts/element-tests.mjs';

export default elementTestConfig();
