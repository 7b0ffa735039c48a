/**
 * The part of node:assert/strict the integration suites use, for the web-worker extension
 * host (no Node built-ins there). esbuild maps `node:assert/strict` here when it bundles the
 * web suite (test/harness/integration-web.ts).
 */
class AssertionError extends Error {
  override name = 'AssertionError';
}

function fail(message?: string | Error): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? 'Failed');
}

function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) fail(message ?? `expected a truthy value, got ${String(value)}`);
}

function equal(actual: unknown, expected: unknown, message?: string | Error): void {
  if (!Object.is(actual, expected)) fail(message ?? `expected ${show(expected)}, got ${show(actual)}`);
}

function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) fail(message ?? `expected something other than ${show(expected)}`);
}

function deepEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (canonical(actual) !== canonical(expected)) fail(message ?? `expected ${show(expected)}, got ${show(actual)}`);
}

function match(actual: string, pattern: RegExp, message?: string | Error): void {
  if (!pattern.test(actual)) fail(message ?? `${show(actual)} does not match ${String(pattern)}`);
}

async function rejects(promise: Promise<unknown> | (() => Promise<unknown>), message?: string | Error): Promise<void> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch {
    return;
  }
  fail(message ?? 'expected a rejection');
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const assert = Object.assign(ok, {
  ok,
  equal,
  notEqual,
  deepEqual,
  deepStrictEqual: deepEqual,
  strictEqual: equal,
  match,
  fail,
  rejects,
  AssertionError,
});
export default assert;
export { AssertionError, deepEqual, equal, fail, match, notEqual, ok, rejects };
