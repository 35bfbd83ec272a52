// Browser tests for @partnerkit/pledge-card (<pledge-card> and <pledge-wall>), run in Chromium. The
// server is the repository root, so tests and stories can import packages/ui/test-utils.
import { elementTestConfig } from '../../scripts/element-tests.mjs';

export default { ...elementTestConfig(), rootDir: '../..' };
