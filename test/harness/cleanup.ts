/**
 * Teardown that always happens: on normal completion, on failure, and on Ctrl-C / SIGTERM.
 * Whatever starts a server or a browser registers its stop function here.
 */
type Cleanup = () => Promise<void> | void;

const cleanups = new Set<Cleanup>();
let signalHandlersInstalled = false;

export function onCleanup(cleanup: Cleanup): () => void {
  installSignalHandlers();
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

export async function runCleanups(): Promise<void> {
  const pending = [...cleanups].reverse();
  cleanups.clear();
  for (const cleanup of pending) {
    try {
      await cleanup();
    } catch (error) {
      console.error('[harness] cleanup failed:', error);
    }
  }
}

function installSignalHandlers(): void {
  if (signalHandlersInstalled) return;
  signalHandlersInstalled = true;
  let tearingDown = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    // `on`, not `once`: Ctrl-C reaches us twice (from the terminal and relayed by tsx/npm), and a
    // second signal without a handler would kill us in the middle of the teardown.
    process.on(signal, () => {
      if (tearingDown) return;
      tearingDown = true;
      console.error(`\n[harness] ${signal}: tearing down …`);
      void runCleanups().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
}
