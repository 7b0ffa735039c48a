import { strict as assert } from 'node:assert';
import { suppressionComment } from '../../src/core/index';
import { CLEAN_MAP, edit } from './helpers/journeyMaps';
import { assertRangeOn, gaps, withCode } from './helpers/findings';

// Two touchpoints without an owner: "Checkout in the app" (purchase) and "Tracking notification" (delivery).
const TWO_UNOWNED = edit(
  edit(CLEAN_MAP, '        owner: web team\n', ''),
  '        owner: logistics\n        emotion: 4\n      - id: courier',
  '        emotion: 4\n      - id: courier',
);

describe('in-file suppression', () => {
  it('the fixture has two findings to silence', () => assert.equal(withCode(gaps(TWO_UNOWNED), 'JM212').length, 2));

  it('disable-next-line silences the named rule on the next line only', () => {
    const text = edit(
      TWO_UNOWNED,
      '        name: Checkout in the app\n',
      '        # journey-map-disable-next-line JM212\n        name: Checkout in the app\n',
    );
    const left = withCode(gaps(text), 'JM212');
    assert.equal(left.length, 1);
    assert.match(left[0]!.message, /Tracking notification/);
  });

  it('suppressionComment writes the syntax the engine reads (the quick fixes insert it)', () => {
    assert.equal(suppressionComment('next-line', ['JM212']), '# journey-map-disable-next-line JM212');
    assert.equal(suppressionComment('line', ['JM212', 'JM204']), '# journey-map-disable-line JM212 JM204');
    assert.equal(suppressionComment('file', ['JM212']), '# journey-map-disable JM212');
    const nextLine = edit(
      TWO_UNOWNED,
      '        name: Checkout in the app\n',
      `        ${suppressionComment('next-line', ['JM212'])}\n        name: Checkout in the app\n`,
    );
    assert.equal(withCode(gaps(nextLine), 'JM212').length, 1);
    assert.equal(withCode(gaps(`${suppressionComment('file', ['JM212'])}\n${TWO_UNOWNED}`), 'JM212').length, 0);
  });

  it('disable-line at the end of a line silences that line, by rule name', () => {
    const text = edit(
      TWO_UNOWNED,
      '        name: Checkout in the app\n',
      '        name: Checkout in the app # journey-map-disable-line touchpoint-without-owner -- owned by a vendor\n',
    );
    assert.equal(withCode(gaps(text), 'JM212').length, 1);
  });

  it('a directive for another rule silences nothing', () => {
    const text = edit(
      TWO_UNOWNED,
      '        name: Checkout in the app\n',
      '        name: Checkout in the app # journey-map-disable-line JM204\n',
    );
    assert.equal(withCode(gaps(text), 'JM212').length, 2);
  });

  it('disable anywhere in the file silences the rule everywhere; with no rule, every gap rule', () => {
    assert.deepEqual(withCode(gaps(`${TWO_UNOWNED}# journey-map-disable JM212, JM216\n`), 'JM212'), []);
    const all = gaps(edit(TWO_UNOWNED, 'owner: CX team\n', 'owner: CX team # journey-map-disable\n'));
    assert.deepEqual(all.findings, []);
  });

  it('a directive inside a quoted string is text, not a comment', () => {
    const text = edit(
      TWO_UNOWNED,
      '        name: Checkout in the app\n',
      '        name: "Checkout # journey-map-disable-line JM212 in the app"\n',
    );
    const run = gaps(text);
    assert.equal(withCode(run, 'JM212').length, 2);
    assert.deepEqual(withCode(run, 'JM200'), []);
    const single = gaps(
      edit(
        TWO_UNOWNED,
        'journey: Parcel delivery for online shoppers',
        "journey: 'Parcel # journey-map-disable JM212 delivery'",
      ),
    );
    assert.equal(withCode(single, 'JM212').length, 2);
    assert.deepEqual(withCode(single, 'JM200'), []);
  });

  it('a directive inside a block scalar is text, not a comment', () => {
    const text = edit(
      TWO_UNOWNED,
      'owner: CX team\n',
      'owner: CX team\ndescription: |\n  # journey-map-disable\n  kept as text\n',
    );
    assert.equal(withCode(gaps(text), 'JM212').length, 2);
  });

  it('reports an unknown rule in a directive at info, on the unknown name', () => {
    const run = gaps(`${CLEAN_MAP}# journey-map-disable JM999 touchpoint-without-owner\n`);
    assert.equal(run.findings.length, 1);
    const finding = run.findings[0]!;
    assert.equal(finding.code, 'JM200');
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /Unknown rule “JM999”/);
    assertRangeOn(run, finding, 'JM999');
  });
});
