#!/usr/bin/env node
// Removes a package's old test counts before its tests run, so a runner that never starts
// cannot leave yesterday's numbers behind.
import { rmSync } from 'node:fs';
import { join } from 'node:path';

rmSync(join(process.cwd(), 'test-results'), { recursive: true, force: true });
