import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeJourney } from '../../src/core';
import { toMarkdown } from '../../src/core/export/markdown';
import { escapeInline, escapeTableCell, code } from '../../src/core/export/markdownText';

const TODAY = '2026-11-20';
const FIXTURES = join(__dirname, 'fixtures', 'diff');

function analyzeFixture(name: string) {
  return analyzeJourney(readFileSync(join(FIXTURES, `${name}.journey.yaml`), 'utf8'), { today: TODAY });
}

/** Golden files beside this test; UPDATE_GOLDEN=1 rewrites them (then review the git diff). */
function assertGolden(file: string, actual: string): void {
  const path = join(__dirname, file);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, actual);
  assert.equal(actual, readFileSync(path, 'utf8'), `${file} differs (UPDATE_GOLDEN=1 to accept)`);
}

/** The cells of the table that follows a "## <title>" heading. */
function tableRows(markdown: string, title: string): string[][] {
  const section = markdown.split(`## ${title}\n\n`)[1]!.split('\n\n')[0]!;
  return section
    .split('\n')
    .slice(2)
    .filter((line) => line !== '')
    .map((line) => line.slice(2, -2).split(/(?<!\\) \| /));
}

describe('toMarkdown', () => {
  it('writes title, facts, description, a mermaid block and the tables (golden)', () => {
    const markdown = toMarkdown(analyzeFixture('parcel.after'), { fileName: 'parcel.after.journey.yaml' });
    assertGolden('markdown.parcel.expected.md', markdown);
  });

  it('fills the stage table with kind, goals, touchpoint count and average emotion', () => {
    const rows = tableRows(toMarkdown(analyzeFixture('parcel.after')), 'Stages');
    assert.deepEqual(rows[0], [
      '1',
      'Checkout and payment',
      'purchase',
      'Pay quickly and trust the delivery date',
      'Convert without friction',
      '—',
      '2',
      '4.0 / 5',
    ]);
    // The advocacy stage has one touchpoint and no emotion recorded.
    assert.deepEqual(rows[3]!.slice(6), ['1', '—']);
  });

  it('lists each pain point with the opportunities addressing it and their owners, and flags the unaddressed', () => {
    const rows = tableRows(toMarkdown(analyzeFixture('parcel.after')), 'Pain points');
    const byPain = new Map(rows.map((row) => [row[0], row]));
    assert.deepEqual(byPain.get('No cash on delivery for first orders')!.slice(3), [
      'Pilot cash on delivery in Jakarta (planned)',
      'finance',
    ]);
    assert.deepEqual(byPain.get('The OTP code arrives late')!.slice(3), ['**none yet**', '—']);
  });

  it('shows metrics against their targets with the computed score', () => {
    const rows = tableRows(toMarkdown(analyzeFixture('parcel.after')), 'Metrics');
    assert.ok(
      rows.some(
        (row) => row[0] === 'Checkout and payment' && row[2]!.startsWith('NPS +38') && row[3] === 'meets target',
      ),
    );
    assert.ok(rows.some((row) => row[0]!.startsWith('Courier hand-over') && row[3] === '**misses target**'));
  });

  it('lists the gaps with code, rule, severity, line and message', () => {
    const analysis = analyzeFixture('parcel.after');
    const rows = tableRows(toMarkdown(analysis), 'Gaps');
    const gaps = analysis.findings.filter((finding) => finding.category === 'gap');
    assert.equal(rows.length, gaps.length);
    assert.deepEqual(rows[0]!.slice(0, 4), [
      gaps[0]!.code,
      gaps[0]!.rule,
      gaps[0]!.severity,
      String(gaps[0]!.range.start.line),
    ]);
  });

  it('with a persona filter, keeps only what concerns the persona', () => {
    const markdown = toMarkdown(
      analyzeJourney(readFileSync(join(__dirname, '..', '..', 'samples', 'parcel-delivery.journey.yaml'), 'utf8'), {
        today: TODAY,
      }),
      { persona: 'rina' },
    );
    assert.match(markdown, /- For persona: Rina, busy online shopper/);
    // The gaps are the file's, whoever they concern: look above them.
    const beforeGaps = markdown.split('## Gaps')[0]!;
    assert.doesNotMatch(beforeGaps, /Call to support about a late parcel/, 'a touchpoint concerning only Budi');
    assert.doesNotMatch(beforeGaps, /Budi has to repeat the order number/, 'its pain point');
  });

  it('escapes names in tables and text: pipes, line breaks, HTML, emphasis, mentions', () => {
    const markdown = toMarkdown(analyzeFixture('markup.after'));
    assert.match(markdown, /^# Taco night \\\| \\\*best\\\* tacos &lt;in town&gt;$/m);
    const stage = tableRows(markdown, 'Stages')[0]!;
    assert.equal(stage[1], 'Visit \\[in person\\] \\| 2nd');
    const pains = tableRows(markdown, 'Pain points');
    assert.equal(pains[0]![0], 'Staff are rude &lt;script&gt;alert(1)&lt;/script&gt;');
    assert.equal(pains[0]![2], 'Order at the counter \\`fast\\`<br>then wait (Visit \\[in person\\] \\| 2nd)');
    assert.doesNotMatch(markdown, /<script>/);
    // Every table row keeps the header's number of cells.
    for (const title of ['Stages', 'Pain points', 'Gaps']) {
      const rows = tableRows(markdown, title);
      for (const row of rows) assert.equal(row.length, title === 'Stages' ? 8 : 5, `${title}: ${row.join(' | ')}`);
    }
  });

  it('gives a clear document listing the errors for an invalid map, never a crash', () => {
    const markdown = toMarkdown(analyzeFixture('broken'), { fileName: 'broken.journey.yaml' });
    assert.match(markdown, /^# broken\.journey\.yaml$/m);
    assert.match(markdown, /not a valid journey map yet/);
    assert.match(markdown, /\| JM001 \| 10 \| \d+ \|/);
    assert.doesNotMatch(markdown, /```mermaid/);
    assert.doesNotThrow(() => toMarkdown(analyzeJourney('\u0000\u0001 binary')));
  });
});

describe('Markdown text escaping', () => {
  it('neutralises inline Markdown and HTML', () => {
    assert.equal(
      escapeInline('*a* _b_ `c` [d](e) <f> & g | h ~i~ @team'),
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) &lt;f&gt; &amp; g \\| h \\~i\\~ @&#8203;team',
    );
  });
  it('keeps a table cell on one row', () => {
    assert.equal(escapeTableCell('one | two\nthree\r\nfour'), 'one \\| two<br>three<br>four');
  });
  it('makes a code span that can hold backticks', () => {
    assert.equal(code('a`b'), '``a`b``');
    assert.equal(code('`x'), '`` `x ``');
  });
});
