// Browser tests for @partnerkit/parity-checklist, run in Chromium. The server is the repository
// root, so tests and stories can import the fake server store in packages/ui/test-utils.
import { elementTestConfig } from '../../scripts/element-tests.mjs';

export default { ...elementTestConfig(), rootDir: '../..' };
