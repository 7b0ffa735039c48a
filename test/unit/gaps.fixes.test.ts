import { strict as assert } from 'node:assert';
import { CLEAN_MAP, edit } from './helpers/journeyMaps';
import { applyEdits, fixesOf, gaps, withCode } from './helpers/findings';

/** Applies the finding's first fix and re-analyses: the result must parse, be schema-valid (gaps() checks both) and no longer have that finding. */
function fixOnce(text: string, code: string, options: Parameters<typeof gaps>[1] = {}): string {
  const run = gaps(text, options);
  const finding = withCode(run, code)[0];
  assert.ok(finding, `no ${code} to fix`);
  const fix = fixesOf(run, finding)[0];
  assert.ok(fix, `${code} has no fix`);
  const fixed = applyEdits(text, fix.edits);
  const again = gaps(fixed, options);
  assert.deepEqual(
    withCode(again, code).filter((other) => JSON.stringify(other.path) === JSON.stringify(finding.path)),
    [],
    `${code} still reported after "${fix.title}":\n${fixed}`,
  );
  return fixed;
}

describe('gap quick fixes', () => {
  it('JM201 appends an opportunity stub to an existing opportunities list, at its indentation', () => {
    const fixed = fixOnce(edit(CLEAN_MAP, 'addresses: [hidden-fee]', 'addresses: []'), 'JM201');
    assert.ok(
      fixed.includes(
        '            owner: product\n          - description: "TODO: how to remove hidden-fee"\n            addresses: [hidden-fee]\n      - id: call',
      ),
      fixed,
    );
  });

  it('JM201 adds an opportunities list to a touchpoint that has none', () => {
    const text = edit(
      CLEAN_MAP,
      '        opportunities:\n          - description: Show the shipping fee on the product page\n            addresses: [hidden-fee]\n            owner: product\n',
      '',
    );
    const fixed = fixOnce(text, 'JM201');
    assert.ok(
      fixed.includes(
        '            description: Shipping fee appears only at the last step\n        opportunities:\n          - description: "TODO: how to remove hidden-fee"\n            addresses: [hidden-fee]\n',
      ),
      fixed,
    );
  });

  it('JM201 quotes a pain point id YAML would read as a number', () => {
    const text = edit(edit(CLEAN_MAP, 'addresses: [hidden-fee]', 'addresses: []'), '- id: hidden-fee', '- id: "1.5"');
    assert.ok(fixOnce(text, 'JM201').includes('addresses: ["1.5"]'));
  });

  it("JM201 writes ids with yaml's own stringifier: 0x1f stays a string after the fix", () => {
    const text = edit(edit(CLEAN_MAP, 'addresses: [hidden-fee]', 'addresses: []'), '- id: hidden-fee', '- id: "0x1f"');
    const fixed = fixOnce(text, 'JM201');
    assert.ok(fixed.includes('addresses: ["0x1f"]'), fixed);
    assert.ok(fixed.includes('description: "TODO: how to remove 0x1f"'), fixed);
  });

  it('JM202 and JM212 add an owner placeholder inside the right mapping', () => {
    const noOpportunityOwner = fixOnce(edit(CLEAN_MAP, '            owner: product\n', ''), 'JM202');
    assert.ok(
      noOpportunityOwner.includes('            addresses: [hidden-fee]\n            owner: TODO\n'),
      noOpportunityOwner,
    );
    const noTouchpointOwner = fixOnce(edit(CLEAN_MAP, '        owner: sales\n', ''), 'JM212');
    assert.ok(noTouchpointOwner.includes('        emotion: 4\n        owner: TODO\n    metrics:'), noTouchpointOwner);
  });

  it('JM207 and JM208 append a stage stub at the end of the stages', () => {
    const text = edit(edit(CLEAN_MAP, 'kind: retention', 'kind: purchase'), 'kind: advocacy', 'kind: purchase');
    const withRetention = fixOnce(text, 'JM207');
    assert.ok(
      withRetention.endsWith('        value: 6\n  - id: retention\n    name: Retention\n    kind: retention\n'),
      withRetention,
    );
    const withBoth = fixOnce(withRetention, 'JM208');
    assert.ok(
      withBoth.endsWith('    kind: retention\n  - id: advocacy-2\n    name: Advocacy\n    kind: advocacy\n'),
      withBoth,
    );
  });

  it('JM216 marks the map as reviewed today, replacing or adding the date', () => {
    const stale = fixOnce(edit(CLEAN_MAP, 'reviewed: 2026-10-01', 'reviewed: 2025-01-01'), 'JM216');
    assert.ok(stale.includes('reviewed: 2026-11-23\n'));
    const missing = fixOnce(edit(CLEAN_MAP, 'reviewed: 2026-10-01\n', ''), 'JM216');
    assert.ok(
      missing.startsWith('journey: Parcel delivery for online shoppers\nreviewed: 2026-11-23\nowner: CX team\n'),
      missing,
    );
  });

  it('keeps CRLF line endings', () => {
    const text = edit(CLEAN_MAP, '        owner: sales\n', '').replaceAll('\n', '\r\n');
    const fixed = fixOnce(text, 'JM212');
    assert.ok(fixed.includes('        emotion: 4\r\n        owner: TODO\r\n'), JSON.stringify(fixed.slice(0, 200)));
    assert.ok(!/[^\r]\n/.test(fixed));
  });

  it('offers no fix rather than a wrong one for flow-style mappings', () => {
    const text = edit(
      CLEAN_MAP,
      '      - id: call\n        name: Call to confirm the order\n        channel: phone\n        digital: false\n        automated: false\n        owner: sales\n        emotion: 4\n',
      '      - { id: call, name: Call to confirm the order, channel: phone, digital: false, automated: false, emotion: 4 }\n',
    );
    const run = gaps(text);
    const finding = withCode(run, 'JM212')[0];
    assert.ok(finding);
    assert.deepEqual(fixesOf(run, finding), []);
  });
});
