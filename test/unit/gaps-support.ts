/**
 * Builders and range helpers for the gap-rule tests: a complete map with no gaps,
 * targeted text edits of it, and the real pipeline (analyzeJourney: yaml with ranges,
 * the generated ajv validator, semantic checks, metrics, gaps).
 */
import { strict as assert } from 'node:assert';
import type { Finding, Fix, TextEdit } from '../../src/core/findings';
import { analyzeJourney, type JourneyAnalysis } from '../../src/core/analyze';
import { fixesFor } from '../../src/core/fixes';
import type { RuleSettings } from '../../src/core/gaps';
import validateJourney from '../../src/core/generated/validate-journey';

export const TODAY = '2026-11-23';

/** A realistic map with no gap at all: every rule's "does not trigger" case starts here. */
export const CLEAN_MAP = `journey: Parcel delivery for online shoppers
owner: CX team
reviewed: 2026-10-01
personas:
  - id: rina
    name: Rina, busy online shopper
stages:
  - id: awareness
    name: Awareness
    kind: awareness
    touchpoints:
      - id: ad
        name: Instagram ad
        channel: social
        digital: true
        automated: true
        owner: marketing
        emotion: 3
      - id: friend
        name: Friend recommends the shop
        channel: word-of-mouth
        digital: false
        automated: false
        owner: marketing
        emotion: 4
    metrics:
      - type: click-through-rate
        target: 2
        value: 2.5
  - id: purchase
    name: Purchase
    kind: purchase
    touchpoints:
      - id: checkout
        name: Checkout in the app
        channel: app
        digital: true
        automated: true
        owner: web team
        emotion: 3
        momentOfTruth: true
        painPoints:
          - id: hidden-fee
            description: Shipping fee appears only at the last step
        opportunities:
          - description: Show the shipping fee on the product page
            addresses: [hidden-fee]
            owner: product
      - id: call
        name: Call to confirm the order
        channel: phone
        digital: false
        automated: false
        owner: sales
        emotion: 4
    metrics:
      - type: nps
        target: 20
        responses: { promoters: 48, passives: 30, detractors: 22 }
  - id: delivery
    name: Delivery
    kind: retention
    touchpoints:
      - id: tracking
        name: Tracking notification
        channel: sms
        digital: true
        automated: true
        owner: logistics
        emotion: 4
      - id: courier
        name: Courier hands over the parcel
        channel: delivery
        digital: false
        automated: false
        owner: logistics
        emotion: 4
    metrics:
      - type: csat
        target: 80
        responses: { 5: 50, 4: 40, 3: 10 }
  - id: advocacy
    name: Advocacy
    kind: advocacy
    touchpoints:
      - id: review
        name: Leaves a review
        channel: marketplace
        digital: true
        automated: true
        owner: marketing
        emotion: 5
      - id: referral
        name: Refers a friend
        channel: word-of-mouth
        digital: false
        automated: false
        owner: marketing
        emotion: 5
    metrics:
      - type: conversion-rate
        target: 5
        value: 6
`;

/** Replaces the one occurrence of `from`; fails loudly when the fixture does not contain it exactly once. */
export function edit(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  assert.ok(first >= 0, `fixture does not contain ${JSON.stringify(from)}`);
  assert.equal(text.indexOf(from, first + 1), -1, `fixture contains ${JSON.stringify(from)} more than once`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

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
