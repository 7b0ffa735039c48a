import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeJourney, type JourneyAnalysis } from '../../src/core';
import { diffJourneys, formatDiffMarkdown, type JourneyDiff } from '../../src/core/diff';
import { codeSpans } from '../support/markdownCodeSpans';

const FIXTURES = join(__dirname, 'fixtures', 'diff');
/** Pinned so the stale-review rule gives the same gaps every day. */
const TODAY = '2026-11-20';

function read(name: string): string {
  return readFileSync(join(FIXTURES, `${name}.journey.yaml`), 'utf8');
}

function analyze(text: string): JourneyAnalysis {
  return analyzeJourney(text, { today: TODAY });
}

function diffOf(before: string, after: string): JourneyDiff {
  return diffJourneys(analyze(read(before)), analyze(read(after)));
}

/** Compare with test/unit/fixtures/diff/<name>.expected.md; UPDATE_GOLDEN=1 rewrites it (then review the git diff). */
function assertGolden(name: string, actual: string): void {
  const file = join(FIXTURES, `${name}.expected.md`);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, actual);
  assert.equal(actual, readFileSync(file, 'utf8'), `${name}.expected.md differs (UPDATE_GOLDEN=1 to accept)`);
}

describe('diffJourneys', () => {
  const diff = diffOf('parcel.before', 'parcel.after');

  it('the fixtures are valid maps (the pair must exercise the diff, not the validator)', () => {
    for (const name of ['parcel.before', 'parcel.after', 'parcel.reformatted', 'markup.before', 'markup.after']) {
      assert.ok(analyze(read(name)).journey, `${name} should be valid`);
    }
  });

  it('finds stages added, removed, renamed and moved, by id', () => {
    assert.deepEqual(diff.stages, {
      added: [{ id: 'advocacy', name: 'Advocacy' }],
      removed: [{ id: 'consideration', name: 'Consideration' }],
      renamed: [{ id: 'purchase', from: 'Purchase', to: 'Checkout and payment' }],
      idChanged: [],
      moved: [{ id: 'awareness', name: 'Awareness', fromPosition: 1, toPosition: 2 }],
    });
  });

  it('finds touchpoints added, removed, renamed and moved to another stage', () => {
    assert.deepEqual(
      diff.touchpoints.added.map((t) => t.id),
      ['review-request'],
    );
    assert.deepEqual(
      diff.touchpoints.removed.map((t) => t.id),
      ['compare-options', 'confirm-call'],
    );
    assert.deepEqual(diff.touchpoints.renamed, [
      { id: 'tracking', from: 'Tracking notification', to: 'Real-time tracking' },
    ]);
    assert.deepEqual(diff.touchpoints.moved, [
      {
        id: 'tracking',
        name: 'Real-time tracking',
        fromStage: 'Delivery',
        toStage: 'Checkout and payment',
        kind: 'stage',
      },
    ]);
  });

  it('reports a touchpoint reordered within its stage once, not every touchpoint it passed', () => {
    const before = read('parcel.before');
    const courierStart = before.indexOf('      - id: courier');
    const trackingStart = before.indexOf('      - id: tracking');
    const metricsStart = before.indexOf('    metrics:', courierStart);
    const swapped =
      before.slice(0, trackingStart) +
      before.slice(courierStart, metricsStart) +
      before.slice(trackingStart, courierStart) +
      before.slice(metricsStart);
    const moved = diffJourneys(analyze(before), analyze(swapped)).touchpoints.moved;
    assert.equal(moved.length, 1);
    assert.equal(moved[0]!.kind, 'order');
    assert.equal(moved[0]!.fromStage, 'Delivery');
  });

  it('reports emotion changes with their direction, per persona when recorded per persona', () => {
    assert.deepEqual(
      diff.emotions.map((change) => [
        change.touchpoint.id,
        change.personaId ?? '',
        change.from ?? null,
        change.to ?? null,
        change.direction,
      ]),
      [
        ['checkout', 'rina', 3, 4, 'up'],
        ['checkout', 'pak-hadi', 2, null, 'unrecorded'],
        ['checkout', 'budi', null, 2, 'recorded'],
        ['tracking', '', 4, 5, 'up'],
        ['courier', '', 2, 1, 'down'],
      ],
    );
    assert.equal(diff.emotions[0]!.persona, 'Rina, busy online shopper');
  });

  it('compares a single score with per-persona scores persona by persona', () => {
    const before = read('parcel.before').replace('emotion: { rina: 3, pak-hadi: 2 }', 'emotion: 3');
    const changes = diffJourneys(analyze(before), analyze(read('parcel.before'))).emotions;
    assert.deepEqual(
      changes.map((change) => [change.personaId, change.from, change.to, change.direction]),
      [['pak-hadi', 3, 2, 'down']],
    );
  });

  it('finds pain points opened and resolved, opportunities added and their status changes', () => {
    assert.deepEqual(
      diff.painPoints.opened.map((p) => p.id),
      ['no-cod'],
    );
    // Deleted, not resolved: nothing closed it.
    assert.deepEqual(diff.painPoints.resolved, []);
    assert.deepEqual(
      diff.painPoints.removed.map((p) => [p.id, p.severity]),
      [['hidden-fee', 'high']],
    );
    assert.deepEqual(
      diff.opportunities.added.map((o) => o.key),
      ['cod-pilot'],
    );
    assert.deepEqual(
      diff.opportunities.removed.map((o) => o.key),
      ['Send the OTP by WhatsApp as well'],
      'an opportunity without id is matched by its description',
    );
    assert.deepEqual(
      diff.opportunities.statusChanged.map((c) => [c.opportunity.key, c.from, c.to]),
      [
        ['fee-upfront', 'idea', 'done'],
        ['late-apology', 'planned', 'in-progress'],
      ],
    );
  });

  it('finds owner changes of touchpoints and opportunities, and moments of truth flagged or unflagged', () => {
    assert.deepEqual(
      diff.owners.map((c) => [c.kind, c.name, c.from, c.to]),
      [
        ['touchpoint', 'Checkout in the app', 'web team', 'payments team'],
        ['touchpoint', 'Courier hand-over', 'logistics', 'last-mile partner'],
        ['opportunity', 'Apologise with a voucher when a parcel is late', 'support', 'customer care'],
      ],
    );
    assert.deepEqual(
      diff.momentsOfTruth.flagged.map((t) => t.id),
      ['courier'],
    );
    assert.deepEqual(
      diff.momentsOfTruth.unflagged.map((t) => t.id),
      ['checkout'],
    );
  });

  it('reports metric movements with the computed scores against their targets', () => {
    assert.deepEqual(
      diff.metrics.map((m) => [
        m.type,
        m.change,
        m.before?.score,
        m.after?.score,
        m.before?.meetsTarget,
        m.after?.meetsTarget,
        m.direction,
      ]),
      [
        ['nps', 'changed', 26, 38, false, true, 'up'],
        ['csat', 'changed', 72, 84, false, true, 'up'],
        ['ces', 'added', undefined, 5.25, undefined, false, undefined],
        ['bounce-rate', 'removed', 55, undefined, false, undefined, undefined],
      ],
    );
  });

  it('reports personas added and removed, the review date, and how the gaps changed', () => {
    assert.deepEqual(
      diff.personas.added.map((p) => p.id),
      ['budi'],
    );
    assert.deepEqual(
      diff.personas.removed.map((p) => p.id),
      ['pak-hadi'],
    );
    assert.deepEqual(
      diff.details.map((change) => [change.field, change.from]),
      [
        ['description', undefined],
        ['reviewed', '2026-10-01'],
      ],
    );
    assert.equal(diff.details[1]!.to, '2026-11-15');
    const before = analyze(read('parcel.before')).findings.filter((f) => f.category === 'gap').length;
    const after = analyze(read('parcel.after')).findings.filter((f) => f.category === 'gap').length;
    assert.deepEqual([diff.gaps.before, diff.gaps.after], [before, after]);
    assert.ok(diff.gaps.new.some((gap) => gap.code === 'JM204' && gap.line > 0));
    assert.ok(diff.gaps.fixed.some((gap) => gap.code === 'JM208'));
    for (const count of diff.gaps.byCode) assert.notEqual(count.before, count.after);
  });

  it('matches gaps by code and the ids they point at: a gap at a renamed item, or with new numbers, is neither new nor fixed', () => {
    const markup = diffOf('markup.before', 'markup.after');
    // The only fixed gap is a real one: the rude-staff pain point sat at emotion 4 (JM219) and now at 1.
    assert.deepEqual(
      markup.gaps.fixed.map((gap) => gap.code),
      ['JM219'],
    );
    assert.deepEqual(
      markup.gaps.new.map((gap) => gap.code),
      ['JM206', 'JM220', 'JM201'], // JM220: the new moment of truth records no evidence
    );
    // The valley before the courier deepened from 4 → 2 to 4 → 1: still the same gap.
    assert.ok(!diff.gaps.new.some((gap) => gap.code === 'JM205'));
  });

  it('lists other changed fields of items present in both versions', () => {
    assert.deepEqual(diff.fields, [
      { kind: 'touchpoint', name: 'Real-time tracking', field: 'channel', from: 'sms', to: 'app' },
      {
        kind: 'opportunity',
        name: 'Show the shipping fee on the product page',
        field: 'addresses',
        from: 'hidden-fee',
      },
    ]);
    const goal = read('parcel.before').replace(
      'customerGoal: Know where the parcel is',
      'customerGoal: Know when the parcel arrives',
    );
    assert.deepEqual(diffJourneys(analyze(read('parcel.before')), analyze(goal)).fields, [
      {
        kind: 'stage',
        name: 'Delivery',
        field: 'customerGoal',
        from: 'Know where the parcel is',
        to: 'Know when the parcel arrives',
      },
    ]);
  });

  it('never says "no changes" when something it does not itemise changed', () => {
    const period = read('parcel.before').replace(
      '        target: 80\n        value: 72\n',
      '        target: 80\n        value: 72\n        period: 2026-Q3\n',
    );
    const changed = diffJourneys(analyze(read('parcel.before')), analyze(period));
    assert.deepEqual([changed.unchanged, changed.otherChanges], [false, true]);
    assert.match(formatDiffMarkdown(changed), /Other values changed that this summary does not itemise/);
  });

  it('is plain JSON (for --format json)', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(diff)), diff);
  });

  it('sees no change when only comments, quoting, key order and flow style differ', () => {
    const same = diffOf('parcel.before', 'parcel.reformatted');
    assert.equal(same.comparable, true);
    assert.equal(same.unchanged, true);
  });

  it('says which side is invalid, with its errors, instead of failing', () => {
    const broken = diffOf('parcel.before', 'broken');
    assert.equal(broken.comparable, false);
    assert.equal(broken.before.valid, true);
    assert.equal(broken.after.valid, false);
    assert.equal(broken.after.errors[0]!.line, 10);
    assert.equal(broken.stages.added.length, 0);
    const neither = diffJourneys(analyze(''), analyze('- just\n- a list\n'));
    assert.equal(neither.comparable, false);
    assert.match(formatDiffMarkdown(neither), /Neither version is a valid journey map/);
  });
});

describe('formatDiffMarkdown (golden files in test/unit/fixtures/diff)', () => {
  const pairs: [string, string, string][] = [
    ['parcel', 'parcel.before', 'parcel.after'],
    ['unchanged', 'parcel.before', 'parcel.reformatted'],
    ['invalid', 'parcel.before', 'broken'],
    ['markup', 'markup.before', 'markup.after'],
  ];
  for (const [golden, before, after] of pairs) {
    it(`${before} → ${after}`, () => {
      const markdown = formatDiffMarkdown(diffOf(before, after), {
        beforeLabel: `${before}.journey.yaml`,
        afterLabel: `${after}.journey.yaml`,
      });
      assertGolden(golden, markdown);
    });
  }

  it('never lets a name turn into Markdown or HTML', () => {
    const markdown = formatDiffMarkdown(diffOf('markup.before', 'markup.after'));
    assert.doesNotMatch(markdown, /<script>/);
    assert.doesNotMatch(markdown, /(^|[^\\])\*\*forever/);
    assert.doesNotMatch(markdown, /(^|\s)@taco/, 'an owner must not mention a GitHub team');
    assert.match(markdown, /Visit \[in person\] \| 2nd/);
    assert.doesNotMatch(markdown, /&amp;|&#|#44;/, 'no entity where the text needs none');
  });
});

describe('a diff a reviewer can trust', () => {
  const map = (body: { stageId?: string; tpId?: string; emotion?: string; status?: string; extra?: string }) =>
    [
      'journey: Trust',
      'personas:',
      '  - { id: sari, name: Sari }',
      '  - { id: budi, name: Budi }',
      'stages:',
      `  - id: ${body.stageId ?? 'buy'}`,
      '    name: Purchase',
      '    kind: purchase',
      '    touchpoints:',
      `      - id: ${body.tpId ?? 'pay'}`,
      '        name: Pay',
      '        channel: app',
      `        emotion: ${body.emotion ?? '{ sari: 2, budi: 2 }'}`,
      '        painPoints:',
      '          - { id: slow, description: Slow OTP, severity: high }',
      '        opportunities:',
      `          - { id: fast-otp, description: Faster OTP, addresses: [slow], owner: app, status: ${body.status ?? 'planned'} }`,
      '      - id: receipt',
      '        name: Receipt',
      '        channel: email',
      '        emotion: 3',
      ...(body.extra ? [body.extra] : []),
      '',
    ].join('\n');
  const diffTexts = (before: string, after: string) => diffJourneys(analyze(before), analyze(after));

  it('counts touchpoints, not per-persona changes: one touchpoint up for two personas is one', () => {
    const diff = diffTexts(map({}), map({ emotion: '{ sari: 4, budi: 3 }' }));
    assert.equal(diff.emotions.length, 2);
    assert.match(formatDiffMarkdown(diff), /emotion up at 1 touchpoint[;.]/);
  });

  it('"Resolved" is a pain point closed by an opportunity that became done', () => {
    const diff = diffTexts(map({}), map({ status: 'done' }));
    assert.deepEqual(
      diff.painPoints.resolved.map((pain) => pain.id),
      ['slow'],
    );
    assert.deepEqual(diff.painPoints.removed, []);
    const markdown = formatDiffMarkdown(diff);
    assert.match(markdown, /- Resolved: \*\*Slow OTP\*\*/);
    assert.match(markdown, /1 pain point resolved/);
  });

  it('a stage and a touchpoint whose ids changed are one rename each: no flood, no gap both new and fixed', () => {
    const diff = diffTexts(map({}), map({ stageId: 'purchase', tpId: 'payment' }));
    assert.deepEqual(diff.stages.idChanged, [{ name: 'Purchase', from: 'buy', to: 'purchase' }]);
    assert.deepEqual(diff.touchpoints.idChanged, [{ name: 'Pay', from: 'pay', to: 'payment' }]);
    assert.deepEqual([diff.stages.added, diff.stages.removed, diff.stages.moved], [[], [], []]);
    assert.deepEqual([diff.touchpoints.added, diff.touchpoints.removed, diff.touchpoints.moved], [[], [], []]);
    assert.deepEqual([diff.gaps.new, diff.gaps.fixed], [[], []]);
    assert.deepEqual(diff.metrics, []);
    const markdown = formatDiffMarkdown(diff);
    assert.match(markdown, /New id for \*\*Purchase\*\*: `buy` → `purchase`/);
    assert.match(markdown, /stages 1 renamed; touchpoints 1 renamed/);
  });

  it('a persona whose id changed (same name) is one rename: no persona added and removed, no emotion flood', () => {
    const after = map({})
      .replace('{ id: sari, name: Sari }', '{ id: sari-w, name: Sari }')
      .replace('{ sari: 2, budi: 2 }', '{ sari-w: 2, budi: 2 }');
    assert.ok(analyze(after).journey, 'the renamed map is valid');
    const diff = diffTexts(map({}), after);
    assert.deepEqual(diff.personas, {
      added: [],
      removed: [],
      renamed: [],
      idChanged: [{ name: 'Sari', from: 'sari', to: 'sari-w' }],
    });
    assert.deepEqual(diff.emotions, []);
    assert.deepEqual([diff.gaps.new, diff.gaps.fixed, diff.fields], [[], [], []]);
    const markdown = formatDiffMarkdown(diff);
    assert.match(markdown, /New id for \*\*Sari\*\*: `sari` → `sari-w`/);
    assert.match(markdown, /personas 1 renamed/);
    assert.doesNotMatch(markdown, /Added|Removed|emotion/i);
  });

  it('a persona with a new id and a reworded name at the same position is one rename, its score change listed once', () => {
    const after = map({})
      .replace('{ id: sari, name: Sari }', '{ id: sari-w, name: "Sari, works from home" }')
      .replace('{ sari: 2, budi: 2 }', '{ sari-w: 4, budi: 2 }');
    const diff = diffTexts(map({}), after);
    assert.deepEqual(diff.personas.idChanged, [{ name: 'Sari, works from home', from: 'sari', to: 'sari-w' }]);
    assert.deepEqual(diff.personas.renamed, [{ id: 'sari-w', from: 'Sari', to: 'Sari, works from home' }]);
    assert.deepEqual([diff.personas.added, diff.personas.removed], [[], []]);
    assert.deepEqual(
      diff.emotions.map((change) => [change.personaId, change.from, change.to]),
      [['sari-w', 2, 4]],
    );
    assert.match(formatDiffMarkdown(diff), /personas 1 renamed/);
  });

  it('a different persona in the same place is not a rename', () => {
    const after = map({})
      .replace('{ id: sari, name: Sari }', '{ id: tono, name: Tono }')
      .replace('{ sari: 2, budi: 2 }', '{ tono: 2, budi: 2 }');
    const diff = diffTexts(map({}), after);
    assert.deepEqual(diff.personas.idChanged, []);
    assert.deepEqual(
      [diff.personas.added.map((persona) => persona.id), diff.personas.removed.map((persona) => persona.id)],
      [['tono'], ['sari']],
    );
  });

  describe('version labels (file names, `HEAD:path`) in the Markdown', () => {
    const hostile = 'HEAD:we*ird_`x`` <script>alert(1)</script> @octocat |pipe|/m.journey.yaml';

    it('show a hostile path verbatim inside code spans: no emphasis, HTML, mention or table cell escapes', () => {
      const changed = diffTexts(map({}), map({ emotion: '{ sari: 4, budi: 2 }' }));
      const unchanged = diffTexts(map({}), map({}));
      const invalid = diffJourneys(analyze(map({})), analyze('journey: [broken\n'));
      for (const diff of [changed, unchanged, invalid]) {
        const markdown = formatDiffMarkdown(diff, { beforeLabel: hostile, afterLabel: `${hostile}.new` });
        const { spans, outside } = codeSpans(markdown);
        assert.ok(spans.includes(hostile), `the before label reads back verbatim:\n${markdown}`);
        assert.ok(spans.includes(`${hostile}.new`), 'the after label reads back verbatim');
        assert.doesNotMatch(outside, /<script|@octocat|we\*ird|\|pipe/, `nothing of the label outside a code span`);
      }
    });

    it('show control characters and bidi overrides in a label as escapes, never raw', () => {
      const diff = diffTexts(map({}), map({ emotion: '{ sari: 4, budi: 2 }' }));
      const markdown = formatDiffMarkdown(diff, {
        beforeLabel: 'HEAD:a\u001b[2Jb\u202ec.journey.yaml',
        afterLabel: 'x',
      });
      assert.match(markdown, /`HEAD:a\\u001b\[2Jb\\u202ec\.journey\.yaml`/);
      assert.doesNotMatch(markdown, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    });
  });

  it('finding messages keep their code spans and carry no stray escapes', () => {
    const before = map({});
    const after = map({ extra: '          painPoints: [{ id: rd, description: "R&D, later" }]' }).replace(
      '        emotion: 3\n          painPoints',
      '        emotion: 3\n        painPoints',
    );
    const markdown = formatDiffMarkdown(diffTexts(before, after));
    assert.match(markdown, /`addresses: \[rd\]`/);
    assert.match(markdown, /R&D, later/);
    assert.doesNotMatch(markdown, /\\`|\\\[|&amp;|#44;/);
  });
});
