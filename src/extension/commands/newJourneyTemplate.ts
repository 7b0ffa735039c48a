/**
 * The text of a new journey map: the five canonical stages of the domain (awareness,
 * consideration, purchase, retention, advocacy), each with a customer and a business
 * goal and one touchpoint to fill in. Valid against the schema as it stands, so the
 * Problems panel starts with gap hints rather than errors. Pure: no `vscode`.
 */

/** Lets YAML-aware editors (Red Hat's YAML extension) validate the file with our schema too. */
export const SCHEMA_MODELINE = '# yaml-language-server: $schema=https://journey-map.dev/schemas/journey.schema.json';

const CANONICAL_STAGES = [
  {
    kind: 'awareness',
    name: 'Awareness',
    customerGoal: 'Notice a need and find out who can help',
    businessGoal: 'Be found by the people who have this need',
    touchpoint: {
      id: 'first-contact',
      name: 'Sees an ad or a search result',
      channel: 'search',
      digital: true,
      automated: true,
    },
  },
  {
    kind: 'consideration',
    name: 'Consideration',
    customerGoal: 'Compare options and trust the choice',
    businessGoal: 'Answer questions before they become doubts',
    touchpoint: {
      id: 'compare-options',
      name: 'Reads reviews and compares prices',
      channel: 'website',
      digital: true,
      automated: true,
    },
  },
  {
    kind: 'purchase',
    name: 'Purchase',
    customerGoal: 'Buy quickly, without surprises',
    businessGoal: 'Convert without friction',
    touchpoint: { id: 'checkout', name: 'Pays at checkout', channel: 'app', digital: true, automated: true },
  },
  {
    kind: 'retention',
    name: 'Retention',
    customerGoal: 'Get what was promised and help when needed',
    businessGoal: 'Deliver on the promise and keep the customer',
    touchpoint: {
      id: 'get-support',
      name: 'Asks support about the order',
      channel: 'chat',
      digital: true,
      automated: false,
    },
  },
  {
    kind: 'advocacy',
    name: 'Advocacy',
    customerGoal: 'Come back and recommend it to friends',
    businessGoal: 'Turn satisfied customers into promoters',
    touchpoint: {
      id: 'recommend',
      name: 'Recommends the brand to a friend',
      channel: 'word-of-mouth',
      digital: false,
      automated: false,
    },
  },
] as const;

export function newJourneyTemplate(today: string): string {
  const lines = [
    SCHEMA_MODELINE,
    '# A customer journey map. Hover a key for what it means; Ctrl+Space suggests keys and values.',
    '# Replace the placeholders, then open the preview (Journey Map: Open Preview to the Side).',
    'journey: Name of the journey, e.g. Parcel delivery for online shoppers',
    'description: What this journey covers and why it was mapped.',
    'owner: CX team',
    `reviewed: ${today}`,
    '',
    'personas:',
    '  - id: customer',
    '    name: Name, and a few words about this customer',
    '    goals:',
    '      - What this persona wants to achieve',
    '    channels: [website, app]',
    '',
    'stages:',
  ];
  for (const stage of CANONICAL_STAGES) {
    const t = stage.touchpoint;
    lines.push(
      `  - id: ${stage.kind}`,
      `    name: ${stage.name}`,
      `    kind: ${stage.kind}`,
      `    customerGoal: ${stage.customerGoal}`,
      `    businessGoal: ${stage.businessGoal}`,
      '    owner: team accountable for this stage',
      '    touchpoints:',
      `      - id: ${t.id}`,
      `        name: ${t.name}`,
      `        channel: ${t.channel}`,
      `        digital: ${t.digital}`,
      `        automated: ${t.automated}`,
      '        owner: team accountable for this touchpoint',
      '        emotion: 3 # 1 very negative … 5 very positive',
    );
    if (stage.kind === 'purchase') {
      lines.push(
        '        feeling: anxious # a word for the emotion',
        '        momentOfTruth: true',
        '        quotes:',
        '          - text: What a customer said here, word for word',
        '            source: Interview 1',
        '        evidence:',
        '          - kind: interview # interview, survey, support-tickets, analytics, observation or assumption',
        '            count: 5',
        '        backstage:',
        '          actions:',
        '            - description: What happens out of the customer’s sight to make this work',
        '              owner: operations',
        '        painPoints:',
        '          - id: example-pain',
        '            description: What goes wrong for the customer here',
        '            severity: medium',
        '        opportunities:',
        '          - description: An idea that fixes the pain point',
        '            addresses: [example-pain]',
        '            owner: product',
        '            status: idea',
        '        metrics:',
        '          - type: csat',
        '            label: How satisfied were you with checkout?',
        '            target: 80',
      );
    }
  }
  lines.push('');
  return lines.join('\n');
}
