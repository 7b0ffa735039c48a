/**
 * Worst-case inputs the 1 MiB size limit admits, shared by the bounded-work unit test (which counts
 * work at n and 2n) and bench/engine.ts (which prints the time of each at full size).
 */
export interface WorstCase {
  readonly name: string;
  /** A map of this shape with about `n` entries. */
  readonly build: (n: number) => string;
}

export const worstCases: readonly WorstCase[] = [
  { name: 'flow list of wrong stages', build: (n) => `journey: x\nstages: [${Array(n).fill('1').join(',')}]\n` },
  { name: 'block list of wrong stages', build: (n) => `journey: x\nstages:\n${'  - 1\n'.repeat(n)}` },
  {
    name: 'unknown top-level keys',
    build: (n) => `journey: x\nstages: []\n${Array.from({ length: n }, (_, i) => `k${i}: 1`).join('\n')}\n`,
  },
  {
    name: 'wrong emotions (anyOf errors)',
    build: (n) =>
      `journey: x\nstages:\n  - id: s\n    name: S\n    touchpoints:\n${Array.from(
        { length: n },
        (_, i) => `      - { id: t${i}, name: T, emotion: bad }\n`,
      ).join('')}`,
  },
  {
    name: 'duplicate keys',
    build: (n) => `journey: x\nstages: []\n${'owner: a\n'.repeat(n)}`,
  },
  {
    name: 'deep block nesting',
    build: (n) =>
      `journey: x\nstages:\n${Array.from({ length: Math.floor(Math.sqrt(n)) }, (_, i) => `${' '.repeat(i + 2)}k${i}:`).join('\n')} 1\n`,
  },
  {
    name: 'valid map, thousands of gap findings',
    build: (n) =>
      `journey: x\nstages:\n  - id: s\n    name: S\n    touchpoints:\n${Array.from(
        { length: Math.floor(n / 2) },
        (_, i) => `      - id: t${i}\n        name: T${i}\n`,
      ).join('')}`,
  },
  { name: 'one long line', build: (n) => `journey: "${'x'.repeat(n * 8)}"\nstages: []\n` },
];
