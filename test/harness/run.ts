/** Small process helpers shared by the harness scripts. */
import { spawn, type SpawnOptions } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface RunResult {
  code: number;
  output: string;
}

/**
 * Runs a command to completion. Output goes to `logFile` (and is returned) when given,
 * otherwise straight to our stdout/stderr. Never throws for a non-zero exit: callers decide.
 */
export function run(
  command: string,
  args: readonly string[],
  options: SpawnOptions & { logFile?: string } = {},
): Promise<RunResult> {
  const { logFile, ...spawnOptions } = options;
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: logFile ? ['ignore', 'pipe', 'pipe'] : 'inherit', ...spawnOptions });
    let output = '';
    if (logFile) {
      mkdirSync(dirname(logFile), { recursive: true });
      const log = createWriteStream(logFile);
      const collect = (chunk: Buffer) => {
        output += chunk.toString();
        log.write(chunk);
      };
      child.stdout?.on('data', collect);
      child.stderr?.on('data', collect);
      child.on('close', () => log.end());
    }
    child.on('error', (error) => resolve({ code: 127, output: output + String(error) }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

export function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

export function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)}s`;
}

/** An error whose message is meant for the person reading the log; printed without a stack. */
export class HarnessError extends Error {}
