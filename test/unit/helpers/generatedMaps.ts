/**
 * Big realistic maps for benchmarks and for tests that need size: the benchmark map of issue 12
 * (bench/engine.ts, bench/language.ts) with any number of touchpoints, valid at every size.
 */

/** The schema's maxItems of a stage's touchpoints. */
const MAX_TOUCHPOINTS_PER_STAGE = 200;

/**
 * A realistic, valid map: the 5 canonical stages (more stages above 1,000 touchpoints, as the
 * schema allows at most 200 touchpoints per stage), touchpoints spread over them, pain points,
 * opportunities, metrics.
 */
export function mapWithTouchpoints(count: number): string {
  const canonical = ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'];
  const stageCount = Math.max(canonical.length, Math.ceil(count / MAX_TOUCHPOINTS_PER_STAGE));
  const kinds = Array.from(
    { length: stageCount },
    (_, s) => canonical[Math.floor((s * canonical.length) / stageCount)]!,
  );
  const ids = kinds.map((kind, s) => (stageCount === canonical.length ? kind : `${kind}-${s + 1}`));
  const channels = ['social', 'website', 'app', 'email', 'store', 'phone', 'delivery', 'whatsapp'];
  const lines = [
    '# yaml-language-server: $schema=../schemas/journey.schema.json',
    `journey: Benchmark journey with ${count} touchpoints`,
    'owner: CX team',
    'reviewed: 2026-10-01',
    'personas:',
    '  - id: rina',
    '    name: Rina, busy online shopper',
    '  - id: budi',
    '    name: Budi, reseller',
    'stages:',
  ];
  for (let s = 0; s < kinds.length; s++) {
    lines.push(
      `  - id: ${ids[s]}`,
      `    name: Stage ${s + 1}`,
      `    kind: ${kinds[s]}`,
      '    customerGoal: Get what I came for without friction',
      '    businessGoal: Keep the customer moving',
      '    touchpoints:',
    );
    const inStage = Math.floor(count / kinds.length) + (s < count % kinds.length ? 1 : 0);
    for (let t = 0; t < inStage; t++) {
      const id = `tp-${s}-${t}`;
      lines.push(
        `      - id: ${id}`,
        `        name: "Touchpoint ${t + 1}: ${channels[t % channels.length]} contact"`,
        `        channel: ${channels[t % channels.length]}`,
        `        digital: ${t % 3 !== 0}`,
        `        automated: ${t % 2 === 0}`,
        '        owner: support',
        `        personas: [${t % 2 ? 'rina' : 'rina, budi'}]`,
        t % 4 === 0 ? '        emotion: { rina: 3, budi: 4 }' : `        emotion: ${2 + (t % 3)}`,
      );
      if (t % 5 === 0) {
        lines.push(
          '        painPoints:',
          `          - id: pain-${id}`,
          '            description: Waiting without any update',
          '            severity: medium',
          '        opportunities:',
          '          - description: Send an automatic update',
          `            addresses: [pain-${id}]`,
          '            owner: product',
        );
      }
    }
    lines.push(
      '    metrics:',
      '      - type: csat',
      '        target: 80',
      '        responses: { 5: 120, 4: 95, 3: 30, 2: 12, 1: 8 }',
      '      - type: nps',
      '        target: 30',
      '        responses: { promoters: 148, passives: 90, detractors: 62 }',
    );
  }
  return `${lines.join('\n')}\n`;
}
