/**
 * Maps of a given size for the browser tests and measurements: touchpoints spread over
 * stages (a stage holds at most 200), two personas with their own emotions, a pain point
 * and an opportunity on every third touchpoint, a metric per stage.
 */
export function generatedMap(touchpointCount: number, options: { stages?: number; title?: string } = {}): string {
  const stageCount = Math.max(options.stages ?? Math.max(5, Math.ceil(touchpointCount / 150)), 1);
  const lines = [
    `journey: ${options.title ?? `Generated journey of ${touchpointCount} touchpoints`}`,
    'personas:',
    '  - id: sari',
    '    name: Sari, office worker',
    '  - id: budi',
    '    name: Budi, student',
    'stages:',
  ];
  let made = 0;
  for (let stage = 0; stage < stageCount; stage++) {
    const share = Math.floor(touchpointCount / stageCount) + (stage < touchpointCount % stageCount ? 1 : 0);
    lines.push(
      `  - id: s${stage}`,
      `    name: Stage ${stage + 1}`,
      share > 0 ? '    touchpoints:' : '    touchpoints: []',
    );
    for (let index = 0; index < share; index++, made++) {
      lines.push(
        `      - id: t${made}`,
        `        name: Touchpoint ${made} where the customer does something worth a longer label`,
        `        channel: ${made % 2 === 0 ? 'website' : 'store'}`,
        `        owner: Team ${made % 4}`,
        `        emotion:`,
        `          sari: ${1 + (made % 5)}`,
        `          budi: ${1 + ((made + 2) % 5)}`,
      );
      if (made % 3 === 0) {
        lines.push(
          '        painPoints:',
          `          - id: p${made}`,
          `            description: Pain point ${made}, waiting too long for an answer`,
          '            severity: high',
          '        opportunities:',
          `          - description: Answer within the hour (${made})`,
          `            addresses: [p${made}]`,
          '            owner: Support',
          '            status: planned',
        );
      }
    }
    lines.push(
      '    metrics:',
      '      - type: csat',
      `        label: CSAT of stage ${stage + 1}`,
      '        value: 70',
      '        target: 80',
    );
  }
  return lines.join('\n') + '\n';
}
