/** A valid map whose every human-written label is `text` (JSON-quoted: valid YAML for any string). */
export const LABEL_FIELDS = ['journey', 'persona name', 'stage name', 'touchpoint name'] as const;

export function journeyWithLabels(text: string): string {
  const quoted = JSON.stringify(text);
  return [
    `journey: ${quoted}`,
    'personas:',
    `  - { id: p1, name: ${quoted} }`,
    '  - { id: p2, name: Budi }',
    'stages:',
    '  - id: s1',
    `    name: ${quoted}`,
    '    touchpoints:',
    '      - id: t1',
    `        name: ${quoted}`,
    '        emotion: { p1: 2, p2: 4 }',
    '      - id: t2',
    '        name: Plain',
    '        emotion: 3',
    '',
  ].join('\n');
}
