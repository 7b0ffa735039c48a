/** `tsx test/harness/install-tools.ts`: fills the harness cache (Chromium, Node 24, code-server) without running anything. */
import { ensureCodeServer } from './tools';
import { HarnessError } from './run';

ensureCodeServer().then(
  (entry) => console.log(`[harness] code-server ready: ${entry}`),
  (error: unknown) => {
    console.error(`[harness] ${error instanceof HarnessError ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
