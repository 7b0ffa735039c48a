/**
 * Assertions on findings that read like the CLI's output: "JM105 18:18-18:19".
 */
import { strict as assert } from 'node:assert';
import type { Finding } from '../../../src/core/findings';
import { formatRange } from './markedText';

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

/** Applies a fix's edits to the text (edits sorted from the end so offsets stay valid). */
export function applyFix(text: string, finding: Finding, index = 0): string {
  const fix = finding.fixes?.[index];
  assert.ok(fix, `finding ${summarize(finding)} has no fix #${index}`);
  const edits = [...fix.edits].sort((a, b) => b.range.start.offset - a.range.start.offset);
  return edits.reduce(
    (result, edit) => result.slice(0, edit.range.start.offset) + edit.newText + result.slice(edit.range.end.offset),
    text,
  );
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
