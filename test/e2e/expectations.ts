/**
 * What the UI should show, computed by the real engine from the same files the workbench opens —
 * so the UI tests check the extension's wiring (diagnostics, preview) rather than pinning numbers
 * that the engine's own tests already pin.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeJourney, parseRuleSettings, type Finding, type JourneyAnalysis } from '../../src/core/index';
import { toMermaid } from '../../src/core/mermaid/index';

const SEVERITY_ORDER = ['error', 'warning', 'info', 'hint'];

export function analyzeFile(workspace: string, relativePath: string, text?: string): JourneyAnalysis {
  const configFile = join(workspace, '.journeymaprc.json');
  const rules = existsSync(configFile)
    ? parseRuleSettings((JSON.parse(readFileSync(configFile, 'utf8')) as { rules?: unknown }).rules).settings
    : undefined;
  return analyzeJourney(text ?? readFileSync(join(workspace, relativePath), 'utf8'), rules ? { rules } : {});
}

/**
 * The findings the Problems panel lists first: it sorts by severity, then position, and only
 * renders the rows in view, so these are the ones a test can reliably see.
 */
export function firstListedFindings(findings: readonly Finding[], count: number): Finding[] {
  return [...findings]
    .filter((finding) => finding.severity !== 'hint') // hints are not listed in the Problems panel
    .sort(
      (a, b) =>
        SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
        a.range.start.offset - b.range.start.offset,
    )
    .slice(0, count);
}

export function taskLabels(analysis: JourneyAnalysis): string[] {
  if (!analysis.journey) throw new Error('the sample has syntax or schema errors: no diagram to expect');
  return toMermaid(analysis.journey).tasks.map((task) => task.label);
}

/** 1-based number of the first line (at or after `fromLine`) that contains `needle`. */
export function lineContaining(text: string, needle: string | RegExp, fromLine = 1): number {
  const lines = text.split('\n');
  for (let index = fromLine - 1; index < lines.length; index++) {
    if (typeof needle === 'string' ? lines[index]!.includes(needle) : needle.test(lines[index]!)) return index + 1;
  }
  throw new Error(`no line contains ${String(needle)}`);
}
