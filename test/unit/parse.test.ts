import { strict as assert } from 'node:assert';
import { analyzeJourney } from '../../src/core/analyze';
import { SyntaxCode } from '../../src/core/parse/codes';
import { MAX_TEXT_LENGTH } from '../../src/core/parse/limits';
import { parseJourney } from '../../src/core/parse/parseJourney';
import { PositionMapper } from '../../src/core/text/positions';
import { SchemaCode } from '../../src/core/validate/codes';
import { formatRange, marked } from './helpers/markedText';
import { applyFix, assertRangesInside, expectFinding, summaries } from './helpers/findings';

describe('parse: source ranges', () => {
  const { text, ranges } = marked(
    [
      'journey: Parcel',
      'stages:',
      '  - ⟦id: purchase⟧',
      '    name: Purchase',
      '    touchpoints:',
      '      - id: checkout',
      '        ⟦emotion⟧: ⟦2⟧',
      '        personas: [rina, ⟦budi⟧]',
      '',
    ].join('\n'),
  );
  const { parsed } = parseJourney(text);

  it('gives the exact range of a value and of its key', () => {
    const path = ['stages', 0, 'touchpoints', 0, 'emotion'];
    assert.equal(formatRange(parsed.rangeOf(path)!), ranges[2]);
    assert.equal(formatRange(parsed.rangeOf(path, 'key')!), ranges[1]);
  });

  it('gives the first line of a list item', () => {
    assert.equal(formatRange(parsed.rangeOf(['stages', 0], 'item')!), ranges[0]);
  });

  it('reaches items of flow sequences', () => {
    assert.equal(formatRange(parsed.rangeOf(['stages', 0, 'touchpoints', 0, 'personas', 1])!), ranges[3]);
  });

  it('returns undefined for a path that does not exist', () => {
    assert.equal(parsed.rangeOf(['stages', 3]), undefined);
    assert.equal(parsed.rangeOf(['stages', 0, 'nope']), undefined);
    assert.equal(parsed.rangeOf(['journey', 'deeper']), undefined);
  });

  it('follows aliases to the anchored node', () => {
    const aliased = marked('base: &b { x: ⟦3⟧ }\nother: ⟦*b⟧\n');
    const { parsed: p } = parseJourney(aliased.text);
    assert.equal(formatRange(p.rangeOf(['other', 'x'])!), aliased.ranges[0]);
    // The alias itself is where the author wrote the value: findings about it land there.
    assert.equal(formatRange(p.rangeOf(['other'])!), aliased.ranges[1]);
  });

  it('points at the key when the value is empty', () => {
    const empty = marked('journey: x\n⟦owner⟧:\n');
    assert.equal(formatRange(parseJourney(empty.text).parsed.rangeOf(['owner'])!), empty.ranges[0]);
  });

  it('finds numeric keys (survey answers) by their string or number', () => {
    const answers = marked('responses: { 5: ⟦42⟧, 4: 40 }\n');
    const { parsed: p } = parseJourney(answers.text);
    assert.equal(formatRange(p.rangeOf(['responses', '5'])!), answers.ranges[0]);
    assert.equal(formatRange(p.rangeOf(['responses', 5])!), answers.ranges[0]);
  });
});

describe('parse: positions', () => {
  it('counts \\n, \\r\\n and a lone \\r as line breaks, as VS Code does', () => {
    const mapper = new PositionMapper('a\r\nb\rc\nd');
    assert.deepEqual(
      [0, 3, 5, 7].map((offset) => mapper.positionAt(offset)).map((p) => `${p.line}:${p.column}`),
      ['1:1', '2:1', '3:1', '4:1'],
    );
  });

  it('counts columns in UTF-16 code units (an emoji is two)', () => {
    const { text, ranges } = marked('journey: "🚚 Kurir"\nowner: x\nstages: ⟦[1]⟧\n');
    const { parsed } = parseJourney(text);
    assert.equal(formatRange(parsed.rangeOf(['stages'])!), ranges[0]);
    assert.deepEqual(parsed.positionAt(text.indexOf('Kurir')), { line: 1, column: 14, offset: text.indexOf('Kurir') });
  });

  it('puts findings on the right line in a CRLF file', () => {
    const text = 'journey: x\r\nstages:\r\n  - id: a\r\n    name: b\r\n    emotion: 3\r\n';
    const finding = expectFinding(analyzeJourney(text).findings, 'JM101');
    assert.equal(formatRange(finding.range), '5:5-5:12');
  });

  it('clamps offsets outside the text', () => {
    const mapper = new PositionMapper('ab\ncd');
    assert.deepEqual(mapper.positionAt(-5), { line: 1, column: 1, offset: 0 });
    assert.deepEqual(mapper.positionAt(99), { line: 2, column: 3, offset: 5 });
  });
});

describe('parse: comments', () => {
  it('lists comments with their ranges, ignoring # inside quoted values', () => {
    const { text, ranges } = marked('⟦# top⟧\njourney: "Tips # and tricks" ⟦# title⟧\nurl: http://x/#anchor\n');
    const { parsed } = parseJourney(text);
    assert.deepEqual(
      parsed.comments.map((comment) => [comment.text, formatRange(comment.range)]),
      [
        ['top', ranges[0]],
        ['title', ranges[1]],
      ],
    );
  });
});

describe('parse: hostile and unusual input', () => {
  it('reports an empty file with a skeleton as the fix', () => {
    for (const text of ['', '\n\n', '# only a comment\n']) {
      const finding = expectFinding(analyzeJourney(text).findings, SyntaxCode.empty);
      assert.equal(formatRange(finding.range), '1:1-1:1');
      const fixed = applyFix(text, finding);
      assert.equal(analyzeJourney(fixed).findings.filter((f) => f.severity === 'error').length, 0, fixed);
    }
  });

  it('reports a list or a scalar at the top instead of a mapping', () => {
    assert.deepEqual(summaries(analyzeJourney('- journey: x\n- stages: []\n').findings), ['JM012 1:1-1:13']);
    assert.deepEqual(summaries(analyzeJourney('just some words\n').findings), ['JM012 1:1-1:16']);
    assert.deepEqual(summaries(analyzeJourney('42').findings), ['JM012 1:1-1:3']);
  });

  it('reports duplicate keys on the second key, with the first as related location', () => {
    const { text, ranges } = marked('journey: ⟦x⟧\n⟦journey⟧: y\nstages: []\n'.replace('⟦x⟧', 'x'));
    const finding = expectFinding(analyzeJourney(text).findings, SyntaxCode.duplicateKey, ranges[0]);
    assert.equal(formatRange(finding.related![0]!.range), '1:1-1:8');
  });

  it('reports tab indentation with a fix that indents with spaces', () => {
    const text = 'journey: x\nstages:\n  - id: a\n\tname: b\n';
    const finding = expectFinding(analyzeJourney(text).findings, SyntaxCode.tabIndentation, '4:1-4:2');
    assert.equal(applyFix(text, finding), 'journey: x\nstages:\n  - id: a\n  name: b\n');
  });

  it('reports a second document and reads only the first', () => {
    const analysis = analyzeJourney('journey: x\nstages: [{ id: a, name: A }]\n---\njourney: y\n');
    expectFinding(analysis.findings, SyntaxCode.multipleDocuments, '3:1-3:4');
    assert.equal((analysis.parsed.value as { journey: string }).journey, 'x');
  });

  it('reports NUL and other control characters at their position', () => {
    expectFinding(analyzeJourney('journey: a\u0000b\n').findings, SyntaxCode.binaryContent, '1:11-1:12');
    expectFinding(analyzeJourney('journey: ok\nowner: \u0007\n').findings, SyntaxCode.binaryContent, '2:8-2:9');
  });

  it('reports binary garbage without throwing', () => {
    const garbage = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const analysis = analyzeJourney(garbage);
    assert.ok(analysis.findings.length >= 1);
    assert.equal(analysis.journey, undefined);
    assertRangesInside(garbage, analysis.findings);
  });

  it('refuses an alias bomb quickly, pointing at the first alias', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      const previous = String.fromCharCode(96 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const text = `journey: bomb\n${levels.join('\n')}\nstages: [*i]\n`;
    const analysis = analyzeJourney(text);
    const finding = expectFinding(analysis.findings, SyntaxCode.aliasLimit);
    assert.equal(finding.range.start.line, 3);
    assert.equal(analysis.parsed.value, undefined, 'the bomb must not be expanded');
  });

  // Timings live in bench/engine.ts (a loaded CI machine makes time limits flaky); here: the
  // file is refused before parsing, which is what makes it fast.
  it('refuses a 10 MB file before parsing, with a size finding', () => {
    const line = '# padding padding padding padding padding padding padding padding padding\n';
    const text = `journey: big\nstages: []\n${line.repeat(Math.ceil((10 * 1024 * 1024) / line.length))}`;
    const analysis = analyzeJourney(text);
    expectFinding(analysis.findings, SyntaxCode.tooLarge, '1:1-1:13');
    assert.equal(analysis.findings.length, 1);
    assert.equal(analysis.parsed.document, undefined, 'the file must not be parsed');
  });

  it('accepts a file just under the size limit', () => {
    const text = `journey: x\nstages: [{ id: a, name: A }]\n#${'x'.repeat(MAX_TEXT_LENGTH - 45)}\n`;
    assert.ok(text.length <= MAX_TEXT_LENGTH);
    assert.deepEqual(
      analyzeJourney(text).findings.filter((f) => f.code === SyntaxCode.tooLarge),
      [],
    );
  });

  for (const [name, text] of [
    ['flow sequences', `journey: x\nstages: ${'['.repeat(20000)}${']'.repeat(20000)}\n`],
    ['unclosed flow sequences', `journey: x\nstages: ${'['.repeat(3000)}\n`],
    ['flow mappings', `journey: x\nstages: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n`],
    ['compact block sequences', `journey: x\nstages:\n${'- '.repeat(5000)}x\n`],
  ] as const) {
    it(`reports absurdly deep nesting (${name}) as one finding`, () => {
      const analysis = analyzeJourney(text);
      expectFinding(analysis.findings, SyntaxCode.tooDeep);
      assertRangesInside(text, analysis.findings);
    });
  }

  it('keeps reporting YAML syntax errors with a position and a plain-words hint', () => {
    const analysis = analyzeJourney('journey: "unclosed\nstages: []\n');
    const [finding] = analysis.findings;
    assert.equal(finding?.code, SyntaxCode.yamlSyntax);
    assert.match(finding!.message, /quote|YAML/);
    assert.equal(analysis.journey, undefined);
  });

  it('does not run schema checks on a tree yaml had to guess (no cascade of findings)', () => {
    const analysis = analyzeJourney('journey: x\nstages:\n  - id: a\n    name: b\n   touchpoints: [\n');
    assert.ok(
      analysis.findings.every((finding) => finding.code.startsWith('JM0')),
      analysis.findings.map((f) => f.code).join(),
    );
  });
});

describe('parse: one mistake, one finding; every line ending', () => {
  const today = { today: '2026-11-23' };
  const codesAndLines = (text: string) =>
    analyzeJourney(text, today).findings.map((finding) => `${finding.code}@${finding.range.start.line}`);

  it('a tab as the whole indentation yields JM007 only, not echoes on the correct lines after it', () => {
    const text =
      'journey: x\nstages:\n  - id: a\n    name: A\n    touchpoints:\n      - id: t\n\tname: T\n      - id: u\n        name: U\n  - id: b\n    name: B\n';
    assert.deepEqual(codesAndLines(text), ['JM007@7']);
  });

  it('a tab after spaces in the indentation is reported as the tab, once', () => {
    const text =
      'journey: x\nstages:\n  - id: a\n    name: A\n    touchpoints:\n      - id: t\n      \tname: T\n      - id: u\n        name: U\n';
    assert.deepEqual(codesAndLines(text), ['JM007@7']);
  });

  it('a real mistake after a tab is still reported', () => {
    const text = 'journey: x\nstages:\n  - id: a\n\tname: A\n  - id: b\n    name: "B\n';
    const codes = codesAndLines(text);
    assert.equal(codes[0], 'JM007@4');
    assert.ok(
      codes.slice(1).some((code) => code.startsWith('JM001@')),
      codes.join(' '),
    );
  });

  const lines = [
    'journey: x',
    'stages:',
    '  - id: a',
    '    name: A',
    '    touchpoints:',
    '      - id: t',
    '        name: T',
    '        emotion: 9',
  ];
  for (const [name, join] of [
    ['lone CR', (l: string[]) => l.join('\r')],
    ['mixed CR, LF and CRLF', (l: string[]) => l.map((line, i) => line + ['\r', '\n', '\r\n'][i % 3]).join('')],
  ] as const) {
    it(`${name} line endings parse, with findings on the lines the editor shows`, () => {
      const text = join(lines);
      const analysis = analyzeJourney(text, today);
      assert.equal(analysis.findings.filter((finding) => finding.category === 'syntax').length, 0);
      const emotion = analysis.findings.find((finding) => finding.code === SchemaCode.outOfRange);
      assert.ok(emotion, codesAndLines(text).join(' '));
      assert.equal(emotion.range.start.line, 8);
      assert.equal(text.slice(emotion.range.start.offset, emotion.range.end.offset), '9');
      assertRangesInside(text, analysis.findings);
    });
  }
});
