/**
 * The one polling helper of every test layer (unit, CLI, integration in VS Code, e2e in
 * code-server, the harness): ask again until the answer is there, never sleep a fixed time.
 * Pure Node; no `vscode`, no Playwright, so each layer can import it.
 */

export interface WaitOptions {
  /** Give up after this long (default 15 s; slow machines under load need the margin). */
  readonly timeoutMs?: number;
  /** Ask again after this long (default 50 ms). */
  readonly intervalMs?: number;
}

/**
 * Calls `check` until it returns something other than `undefined` or `false`, and returns
 * that. After `timeoutMs` it fails naming `what` and the last error `check` threw, if any.
 */
export async function waitFor<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  options: WaitOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const intervalMs = options.intervalMs ?? 50;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError === undefined ? '' : ` (last error: ${String(lastError).split('\n')[0]})`;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
