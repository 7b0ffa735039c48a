import assert from 'node:assert/strict';
import type { Journey } from '../../src/core/generated/journey';
import { diagramEmotion, EMPTY_STAGE_LABEL, escapeMermaidLabel, toMermaid } from '../../src/core/mermaid';

/** A small map in the shape the schema defines; each test changes what it is about. */
function parcelJourney(): Journey {
  return {
    journey: 'Parcel delivery',
    personas: [
      { id: 'rina', name: 'Rina, busy shopper' },
      { id: 'budi', name: 'Budi' },
    ],
    stages: [
      {
        id: 'purchase',
        name: 'Purchase',
        touchpoints: [
          { id: 'checkout', name: 'Checkout in the app', personas: ['rina'], emotion: 2 },
          { id: 'pay', name: 'Pay', emotion: { rina: 2, budi: 5 } },
        ],
      },
      { id: 'retention', name: 'Retention' },
      {
        id: 'delivery',
        name: 'Delivery',
        touchpoints: [{ id: 'courier', name: 'Courier hand-over', personas: ['budi'] }],
      },
    ],
  };
}

describe('toMermaid', () => {
  it('writes a journey with title, accessibility title and description, a section per stage and a task per touchpoint', () => {
    const { text } = toMermaid(parcelJourney());
    assert.equal(
      text,
      [
        'journey',
        '  title Parcel delivery',
        '  accTitle: #74;ourney map#58; Parcel delivery',
        '  accDescr: Customer journey #34;Parcel delivery#34;#58; 3 stages (Purchase#44; Retention#44; Delivery) and 3 touchpoints#59; lowest point#58; #34;Checkout in the app#34; in Purchase (emotion 2 of 5).',
        '  section Purchase',
        '    Checkout in the app: 2: Rina#44; busy shopper',
        '    Pay: 2: Rina#44; busy shopper',
        '    Pay: 5: Budi',
        '  section Retention',
        `    ${EMPTY_STAGE_LABEL}: 3`,
        '  section Delivery',
        '    Courier hand-over: 3: Budi',
        '',
      ].join('\n'),
    );
  });

  it('lists tasks in drawing order with their path, score, stage, line and whether the emotion is recorded', () => {
    const { text, tasks } = toMermaid(parcelJourney());
    const lines = text.split('\n');
    assert.deepEqual(
      tasks.map(({ path, score, stageIndex, emotionRecorded, kind }) => ({
        path,
        score,
        stageIndex,
        emotionRecorded,
        kind,
      })),
      [
        { path: ['stages', 0, 'touchpoints', 0], score: 2, stageIndex: 0, emotionRecorded: true, kind: 'touchpoint' },
        { path: ['stages', 0, 'touchpoints', 1], score: 2, stageIndex: 0, emotionRecorded: true, kind: 'touchpoint' },
        { path: ['stages', 0, 'touchpoints', 1], score: 5, stageIndex: 0, emotionRecorded: true, kind: 'touchpoint' },
        { path: ['stages', 1], score: 3, stageIndex: 1, emotionRecorded: false, kind: 'empty-stage' },
        { path: ['stages', 2, 'touchpoints', 0], score: 3, stageIndex: 2, emotionRecorded: false, kind: 'touchpoint' },
      ],
    );
    for (const task of tasks)
      assert.ok(
        lines[task.line - 1]!.startsWith(`    ${escapeMermaidLabel(task.label)}:`),
        `line ${task.line} holds ${task.label}`,
      );
  });

  it('diagramEmotion (one face where one is needed, e.g. the canvas) is the mean rounded half up', () => {
    const pay = parcelJourney().stages[0]!.touchpoints![1]!;
    assert.equal(diagramEmotion({ ...pay, emotion: { rina: 1, budi: 2 } }).score, 2);
    assert.equal(diagramEmotion({ ...pay, emotion: { rina: 1, budi: 4 } }).score, 3);
  });

  it('with a persona filter: keeps only the touchpoints concerning the persona, with its own score and name', () => {
    const { text, tasks } = toMermaid(parcelJourney(), { persona: 'budi' });
    assert.deepEqual(
      tasks.map((task) => [task.label, task.score, task.emotionRecorded]),
      [
        ['Pay', 5, true],
        [EMPTY_STAGE_LABEL, 3, false],
        ['Courier hand-over', 3, false],
      ],
    );
    assert.match(text, /^ {2}title Parcel delivery — Budi$/m);
    assert.match(text, /^ {4}Pay: 5: Budi$/m);
    // Checkout concerns Rina only: the Purchase stage keeps only Pay.
    assert.doesNotMatch(text, /Checkout/);
  });

  it('with a persona filter, a per-persona emotion without that persona counts as not recorded', () => {
    const journey = parcelJourney();
    journey.stages[0]!.touchpoints![1]!.emotion = { rina: 1 };
    const pay = toMermaid(journey, { persona: 'budi' }).tasks[0]!;
    assert.deepEqual([pay.label, pay.score, pay.emotionRecorded], ['Pay', 3, false]);
  });

  it('clamps a score Mermaid would draw off the chart (the validator reports it separately)', () => {
    const journey = parcelJourney();
    journey.stages[0]!.touchpoints![0]!.emotion = 9;
    assert.equal(toMermaid(journey).tasks[0]!.score, 5);
  });

  it('describes a map without any recorded emotion', () => {
    const journey: Journey = { journey: 'J', stages: [{ id: 's', name: 'S', touchpoints: [{ id: 't', name: 'T' }] }] };
    assert.match(toMermaid(journey).text, /accDescr: .*1 stage \(S\) and 1 touchpoint#59; no emotions recorded\.$/m);
  });

  it('keeps consecutive stages with the same name apart (Mermaid merges equal neighbours into one section)', () => {
    const journey: Journey = {
      journey: 'J',
      stages: [
        { id: 'a', name: 'Visit' },
        { id: 'b', name: 'Visit' },
        { id: 'c', name: 'Visit' },
      ],
    };
    const sections = toMermaid(journey)
      .text.split('\n')
      .filter((line) => line.startsWith('  section '));
    assert.deepEqual(sections, ['  section Visit', '  section Visit\u200B', '  section Visit']);
  });

  it('draws a map without stages as an empty journey (the schema forbids it; the generator does not trust that)', () => {
    const { text, tasks } = toMermaid({ journey: 'Empty', stages: [] });
    assert.deepEqual(tasks, []);
    assert.match(
      text,
      /accDescr: Customer journey #34;Empty#34;#58; no stages and 0 touchpoints#59; no emotions recorded\.$/m,
    );
  });

  it('shows touchpoints without personas without actors when the map has no personas', () => {
    const journey: Journey = {
      journey: 'J',
      stages: [{ id: 's', name: 'S', touchpoints: [{ id: 't', name: 'T', emotion: 4 }] }],
    };
    assert.match(toMermaid(journey).text, /^ {4}T: 4$/m);
  });
});

describe('escapeMermaidLabel', () => {
  const cases: [string, string][] = [
    ['Plain text stays', 'Plain text stays'],
    ['a:b', 'a#58;b'],
    ['a;b', 'a#59;b'],
    ['#58;', '#35;58#59;'],
    ['Rina, Budi', 'Rina#44; Budi'],
    ['<img src=x onerror=alert(1)>', '#60;img src#61;x onerror#61;alert(1)#62;'],
    ['Fish & chips', 'Fish #38; chips'],
    ['100% %% not a comment', '100#37; #37;#37; not a comment'],
    ['"quoted"', '#34;quoted#34;'],
    ['line\nbreak', 'line#10;break'],
    ['crlf\r\nbreak', 'crlf#10;break'],
    [' padded ', '#32;padded#32;'],
    ['no\u00a0break', 'no#160;break'],
    ['title of a task', '#116;itle of a task'],
    ['Section B', '#83;ection B'],
    ['journey start', '#106;ourney start'],
    ['accTitle x', '#97;ccTitle x'],
    ['a\ufb02\u00b0\u00b058\u00b6\u00df', 'a#64258;\u00b0\u00b058#182;\u00df'],
    ['Straße 😀 مرحبا', 'Straße 😀 مرحبا'],
    ['lone \ud800 surrogate', 'lone \ufffd surrogate'],
    ['nul\u0000', 'nul\ufffd'],
  ];
  for (const [label, escaped] of cases) {
    it(`escapes ${JSON.stringify(label)}`, () => assert.equal(escapeMermaidLabel(label), escaped));
  }
});

describe('toMermaid: per-persona emotions are drawn, never silently averaged', () => {
  const journey = (emotion: Record<string, number>, personas?: string[]): Journey => ({
    journey: 'Honest numbers',
    personas: [
      { id: 'sari', name: 'Sari' },
      { id: 'budi', name: 'Budi' },
    ],
    stages: [
      {
        id: 'buy',
        name: 'Buy',
        touchpoints: [
          { id: 'pay', name: 'Pay', emotion, ...(personas ? { personas } : {}) },
          { id: 'receipt', name: 'Receipt', emotion: 2 },
        ],
      },
    ],
  });

  it('{ sari: 2, budi: 1 } is one face at 2 for Sari and one at 1 for Budi', () => {
    const { text, tasks } = toMermaid(journey({ sari: 2, budi: 1 }));
    assert.match(text, /^ {4}Pay: 1: Budi$/m);
    assert.match(text, /^ {4}Pay: 2: Sari$/m);
    assert.deepEqual(
      tasks.map((task) => [task.label, task.score, task.personas?.join(',') ?? '']),
      [
        ['Pay', 1, 'Budi'],
        ['Pay', 2, 'Sari'],
        ['Receipt', 2, ''],
      ],
    );
    assert.ok(tasks.every((task, i) => text.split('\n')[task.line - 1]!.trim().startsWith(tasks[i]!.label)));
  });

  it('the accessible description names the true lowest point and whose it is, and counts touchpoints once', () => {
    const { text } = toMermaid(journey({ sari: 2, budi: 1 }));
    assert.match(text, /2 touchpoints#59; lowest point#58; #34;Pay#34; in Buy for Budi \(emotion 1 of 5\)/);
  });

  it('equal scores stay one task with every persona as actor', () => {
    const { tasks, text } = toMermaid(journey({ sari: 4, budi: 4 }));
    assert.equal(tasks.length, 2);
    assert.match(text, /^ {4}Pay: 4: Sari, Budi$/m);
  });

  it('a persona the touchpoint concerns without a score is drawn apart, as not recorded', () => {
    const { tasks } = toMermaid(journey({ sari: 4 }, ['sari', 'budi']));
    assert.deepEqual(
      tasks.filter((task) => task.label === 'Pay').map((task) => [task.score, task.emotionRecorded, task.personas]),
      [
        [4, true, ['Sari']],
        [3, false, ['Budi']],
      ],
    );
  });
});
