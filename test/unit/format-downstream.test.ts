import { strict as assert } from 'node:assert';
import { analyzeJourney } from '../../src/core/analyze';
import { diffJourneys, formatDiffMarkdown } from '../../src/core/diff';
import { toMarkdown } from '../../src/core/export/markdown';
import { toMermaid } from '../../src/core/mermaid';
import { buildPreviewSummary } from '../../src/shared/previewUpdate';
import { journey, metric, painPoint, persona, stage, toYaml, touchpoint } from './helpers/journeyBuilder';

const TODAY = '2026-11-23';
const analyze = (text: string) => analyzeJourney(text, { today: TODAY });

/** A map that uses every new field, with text that Markdown and Mermaid must not interpret. */
function richMap(overrides: { touchpoint?: Record<string, unknown>; pain?: Record<string, unknown> } = {}): string {
  return toYaml(
    journey({
      personas: [persona('rina', { name: 'Rina, seller' }), persona('budi')],
      stages: [
        stage('deliver', {
          kind: 'retention',
          owner: 'logistics lead',
          quotes: [{ text: 'Kurirnya ramah | tapi telat', persona: 'rina', source: 'Wawancara 4' }],
          touchpoints: [
            touchpoint('handover', {
              channel: undefined,
              channels: ['delivery', 'whatsapp'],
              emotion: { rina: 2, budi: 4 },
              feeling: { rina: 'cemas', budi: 'lega' },
              thoughts: ['Paketnya sampai hari ini nggak ya?'],
              quotes: [{ text: 'Saya tunggu seharian: section; title #1', persona: 'budi' }],
              evidence: [{ kind: 'assumption' }],
              backstage: {
                frontstage: [{ description: 'Courier calls before arriving', owner: 'courier partner' }],
                actions: [{ description: 'Hub sorts parcels by route', owner: 'logistics' }],
                support: [{ description: 'Route planning system' }],
              },
              painPoints: [painPoint('late', { severity: 'high', evidence: [{ kind: 'support-tickets', count: 40 }] })],
              metrics: [
                metric('on-time-delivery', {
                  target: 95,
                  value: 88,
                  persona: 'rina',
                  evidence: [{ kind: 'analytics', link: 'https://example.com/ot' }],
                }),
              ],
              ...overrides.touchpoint,
            }),
          ],
        }),
      ],
    }),
  );
}

describe('new fields downstream: Markdown export', () => {
  const markdown = toMarkdown(analyze(richMap()));

  it('has a Customer voice section with feelings, thoughts and quotes, escaped', () => {
    assert.match(markdown, /## Customer voice\n\n\| Where \| Feeling \| Thoughts \| Quotes \|/);
    assert.match(markdown, /cemas \(Rina, seller\), lega \(Persona budi\)/);
    assert.match(markdown, /“Kurirnya ramah \\\| tapi telat” — Rina, seller, Wawancara 4/);
    assert.match(markdown, /Paketnya sampai hari ini nggak ya\?/);
  });

  it('has an Evidence section naming what each piece backs', () => {
    assert.match(markdown, /## Evidence\n/);
    assert.match(markdown, /\| The touchpoint \| \*\*Assumption\*\* \(not yet checked\) \|/);
    assert.match(markdown, /\| Pain point: Pain point late \| Support tickets \| 40 \|/);
    assert.match(markdown, /\| Metric: On-time delivery \| Analytics \|/);
  });

  it('has a Backstage section (the service blueprint) and the stage owner', () => {
    assert.match(markdown, /## Backstage\n/);
    assert.match(
      markdown,
      /Courier calls before arriving \(courier partner\) \| Hub sorts parcels by route \(logistics\) \| Route planning system \|/,
    );
    assert.match(markdown, /\| logistics lead \|/);
  });

  it('shows a metric measured for one persona', () => {
    assert.match(markdown, /On-time delivery for rina 88% \(target 95%\) — below target/);
  });

  it('leaves the sections out when a map records none of it', () => {
    const plain = toMarkdown(analyze(toYaml(journey())));
    assert.doesNotMatch(plain, /## Customer voice|## Evidence|## Backstage/);
  });
});

describe('new fields downstream: Mermaid stays valid', () => {
  it('draws the same diagram whatever quotes, evidence and backstage say', () => {
    const rich = analyze(richMap()).journey!;
    const stripped = structuredClone(rich);
    const handover = stripped.stages[0]!.touchpoints![0]!;
    for (const key of ['feeling', 'thoughts', 'quotes', 'evidence', 'backstage', 'notes'] as const)
      delete handover[key];
    delete stripped.stages[0]!.quotes;
    delete stripped.stages[0]!.owner;
    assert.equal(toMermaid(rich).text, toMermaid(stripped).text);
    assert.doesNotMatch(toMermaid(rich).text, /Saya tunggu|section;/);
  });
});

describe('new fields downstream: preview summary', () => {
  it('summarises a persona metric with its persona', () => {
    const summary = buildPreviewSummary(analyze(richMap()));
    assert.equal(summary.metrics[0]!.display, 'On-time delivery for rina 88% (target 95%) — below target');
    assert.equal(summary.metrics[0]!.status, 'below-target');
  });
});

describe('new fields downstream: diff in plain words', () => {
  const diff = (before: string, after: string) => diffJourneys(analyze(before), analyze(after));
  /** The lines of the diff summary's research section. */
  const researchLines = (before: string, after: string, language?: 'en' | 'id') => {
    const markdown = formatDiffMarkdown(diff(before, after), language ? { language } : {});
    const section = markdown.split(
      /### (?:Voices, evidence and backstage|Suara pelanggan, bukti, dan backstage)\n\n/,
    )[1];
    return (section ?? '')
      .split('\n\n')[0]!
      .split('\n')
      .filter((line) => line !== '');
  };

  it('a quote added', () => {
    const after = richMap({
      touchpoint: {
        quotes: [{ text: 'Saya tunggu seharian: section; title #1', persona: 'budi' }, { text: 'Finally it came!' }],
      },
    });
    assert.equal(diff(richMap(), after).research[0]!.kind, 'quote-added');
    assert.deepEqual(researchLines(richMap(), after), [
      '- Quote added at touchpoint “Touchpoint handover”: “Finally it came!”',
    ]);
  });

  it('evidence strengthened from assumption to interviews (and in Indonesian)', () => {
    const after = richMap({ touchpoint: { evidence: [{ kind: 'interview', count: 12 }] } });
    assert.equal(diff(richMap(), after).research[0]!.kind, 'evidence-strengthened');
    assert.deepEqual(researchLines(richMap(), after), [
      '- Evidence for touchpoint “Touchpoint handover” strengthened from assumption to 12 interviews',
    ]);
    assert.deepEqual(researchLines(richMap(), after, 'id'), [
      '- Bukti untuk touchpoint “Touchpoint handover” menguat dari asumsi menjadi 12 wawancara',
    ]);
  });

  it('backstage owner changed', () => {
    const after = richMap({
      touchpoint: {
        backstage: {
          frontstage: [{ description: 'Courier calls before arriving', owner: 'courier partner' }],
          actions: [{ description: 'Hub sorts parcels by route', owner: '3PL partner' }],
          support: [{ description: 'Route planning system' }],
        },
      },
    });
    assert.equal(diff(richMap(), after).research[0]!.kind, 'backstage-owner-changed');
    assert.deepEqual(researchLines(richMap(), after), [
      '- Backstage owner of “Hub sorts parcels by route” at touchpoint “Touchpoint handover” changed: logistics → 3PL partner',
    ]);
  });

  it('a feeling, a pain point’s evidence, a stage owner and channels', () => {
    const after = richMap({
      touchpoint: { feeling: { rina: 'lega', budi: 'lega' }, channels: ['delivery'] },
      pain: {},
    })
      .replace('logistics lead', 'ops lead')
      .replace('kind: support-tickets', 'kind: assumption');
    const result = diff(richMap(), after);
    const lines = researchLines(richMap(), after);
    assert.ok(
      lines.includes('- Feeling at touchpoint “Touchpoint handover”: rina: cemas, budi: lega → rina: lega, budi: lega'),
      lines.join('\n'),
    );
    assert.ok(
      lines.includes('- Evidence for pain point late weakened from 40 support tickets to assumption'),
      lines.join('\n'),
    );
    assert.ok(
      result.fields.some(
        (change) => change.field === 'owner' && change.from === 'logistics lead' && change.to === 'ops lead',
      ),
    );
    assert.ok(result.fields.some((change) => change.field === 'channels' && change.to === 'delivery'));
  });

  it('nothing to say when nothing changed', () => {
    assert.equal(diff(richMap(), richMap()).unchanged, true);
  });
});
