/**
 * The expected-finding kit: run the real engine on a map, pick findings, and assert them the
 * way the CLI prints them ("JM105 18:18-18:19"), or as marked in the map itself with
 * `# ✗ CODE` comments (expectMarkedFindings).
 */
import { strict as assert } from 'node:assert';
import { analyzeJourney, type JourneyAnalysis } from '../../../src/core/analyze';
import type { Finding, Fix, TextEdit } from '../../../src/core/findings';
import { fixesFor } from '../../../src/core/fixes';
import type { RuleSettings } from '../../../src/core/gaps';
import validateJourney from '../../../src/core/generated/validate-journey';
import { TODAY } from './journeyMaps';
import { formatRange } from './markedText';

export interface GapRun {
  readonly text: string;
  readonly findings: Finding[];
  readonly analysis: JourneyAnalysis;
}

/** The quick fixes of a finding of this run, computed on request as an editor asks for them. */
export function fixesOf(run: GapRun, finding: Finding): readonly Fix[] {
  return fixesFor(run.analysis, finding);
}

/** The real pipeline (analyzeJourney). The map must be valid: a test about gaps on an invalid map would prove nothing. */
export function gaps(text: string, options: { rules?: RuleSettings; today?: string } = {}): GapRun {
  const analysis = analyzeJourney(text, {
    today: options.today ?? TODAY,
    ...(options.rules ? { rules: options.rules } : {}),
  });
  const others = analysis.findings.filter((finding) => finding.category !== 'gap');
  assert.deepEqual(
    others.map(
      (finding) => `${finding.code} ${finding.range.start.line}:${finding.range.start.column} ${finding.message}`,
    ),
    [],
    'fixture has non-gap findings',
  );
  assert.ok(analysis.journey, 'fixture did not produce a journey');
  assert.ok(validateJourney(analysis.parsed.value), 'fixture is not schema-valid');
  return { text, findings: analysis.findings, analysis };
}

export function withCode(run: GapRun, code: string): Finding[] {
  return run.findings.filter((finding) => finding.code === code);
}

/** Asserts a finding covers exactly `needle` (its `occurrence`-th appearance after `after`) and returns the 1-based line. */
export function assertRangeOn(run: GapRun, finding: Finding, needle: string, after = ''): number {
  const anchor = after ? run.text.indexOf(after) : 0;
  assert.ok(anchor >= 0, `anchor ${after} not in text`);
  const start = run.text.indexOf(needle, anchor);
  assert.ok(start >= 0, `${needle} not in text`);
  assert.equal(
    run.text.slice(finding.range.start.offset, finding.range.end.offset),
    needle,
    `range of ${finding.code} covers the wrong text`,
  );
  assert.equal(finding.range.start.offset, start, `${finding.code} points at the wrong occurrence of ${needle}`);
  const line = run.text.slice(0, start).split('\n').length;
  const column = start - run.text.lastIndexOf('\n', start - 1);
  assert.equal(finding.range.start.line, line);
  assert.equal(finding.range.start.column, column);
  assert.equal(finding.range.end.column, column + needle.length);
  return line;
}

/** Applies non-overlapping edits, last first so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.range.start.offset - a.range.start.offset)
    .reduce(
      (result, { range, newText }) => result.slice(0, range.start.offset) + newText + result.slice(range.end.offset),
      text,
    );
}

/** "CODE line:col-line:col", the compact form goldens and assertions compare. */
export function summarize(finding: Finding): string {
  return `${finding.code} ${formatRange(finding.range)}`;
}

export function summaries(findings: readonly Finding[], codePrefix = ''): string[] {
  return findings.filter((finding) => finding.code.startsWith(codePrefix)).map(summarize);
}

/** Finds exactly one finding with this code (and range, if given) and returns it for further checks. */
export function expectFinding(findings: readonly Finding[], code: string, range?: string): Finding {
  const matching = findings.filter(
    (finding) => finding.code === code && (range === undefined || formatRange(finding.range) === range),
  );
  assert.equal(
    matching.length,
    1,
    `expected one ${code}${range ? ` at ${range}` : ''}, got:\n  ${findings.map(describeFinding).join('\n  ') || '(no findings)'}`,
  );
  return matching[0]!;
}

export function expectNoFinding(findings: readonly Finding[], code: string): void {
  const matching = findings.filter((finding) => finding.code === code);
  assert.equal(matching.length, 0, `expected no ${code}, got:\n  ${matching.map(describeFinding).join('\n  ')}`);
}

export function errorsOf(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity === 'error');
}

/** Applies a fix's edits to the text. */
export function applyFix(text: string, finding: Finding, index = 0): string {
  const fix = finding.fixes?.[index];
  assert.ok(fix, `finding ${summarize(finding)} has no fix #${index}`);
  return applyEdits(text, fix.edits);
}

export function describeFinding(finding: Finding): string {
  return `${summarize(finding)} ${finding.severity} ${finding.message}`;
}

/** Every range lies inside the text, with start ≤ end and consistent offsets. */
export function assertRangesInside(text: string, findings: readonly Finding[]): void {
  for (const finding of findings) {
    const ranges = [
      finding.range,
      ...(finding.related ?? []).map((related) => related.range),
      ...(finding.fixes ?? []).flatMap((fix) => fix.edits.map((edit) => edit.range)),
    ];
    for (const range of ranges) {
      assert.ok(
        range.start.offset >= 0 && range.end.offset <= text.length,
        `${describeFinding(finding)}: range outside the text (length ${text.length})`,
      );
      assert.ok(range.start.offset <= range.end.offset, `${describeFinding(finding)}: start after end`);
      assert.ok(
        range.start.line >= 1 && range.start.column >= 1 && range.end.line >= range.start.line,
        `${describeFinding(finding)}: bad line/column`,
      );
    }
  }
}

/** Marks the line a finding is expected on: `# ✗ JM105` (several codes: `# ✗ JM105 JM101`). */
export const MARKER = '# ✗';

/**
 * The codes each marked line of `text` expects, by 1-based line. A marker must name its
 * codes: a bare `# ✗` ("some finding here") is an error of the kit, not a weaker assertion.
 */
export function markedCodes(text: string): Map<number, string[]> {
  const expected = new Map<number, string[]>();
  text.split('\n').forEach((line, index) => {
    const at = line.indexOf(MARKER);
    if (at < 0) return;
    const codes = [...line.slice(at + MARKER.length).matchAll(/\bJM\d{3}\b/g)].map((match) => match[0]);
    assert.ok(
      codes.length > 0,
      `line ${index + 1} has a bare ${MARKER}: name the expected code(s), e.g. "${MARKER} JM101"`,
    );
    expected.set(index + 1, codes.sort());
  });
  return expected;
}

/**
 * Asserts the findings are exactly those the `# ✗ CODE` markers of `text` name: every code on
 * its line, and no finding on an unmarked line. Lines are where a finding starts.
 */
export function expectMarkedFindings(text: string, findings: readonly Finding[], label = 'map'): void {
  const actual = new Map<number, string[]>();
  for (const finding of findings) {
    const line = finding.range.start.line;
    actual.set(line, [...(actual.get(line) ?? []), finding.code].sort());
  }
  const render = (byLine: Map<number, string[]>) =>
    [...byLine].sort(([a], [b]) => a - b).map(([line, codes]) => `${line}: ${codes.join(' ')}`);
  assert.deepEqual(
    render(actual),
    render(markedCodes(text)),
    `${label}: findings differ from the ${MARKER} markers; found:\n  ${findings.map(describeFinding).join('\n  ') || '(none)'}`,
  );
}
