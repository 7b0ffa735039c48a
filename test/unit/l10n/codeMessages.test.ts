/**
 * The syntax, limit, schema and reference findings (JM0xx, JM1xx) are keyed messages in every
 * language: the catalogues agree key for key and placeholder for placeholder, every code has its
 * severity and category in its code catalogue, and every finding the samples and a set of broken
 * maps produce reads in Indonesian with nothing left in English templates or unresolved.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeJourney } from '../../../src/core/analyze';
import { fixesFor } from '../../../src/core/fixes';
import { codeMessagesEn } from '../../../src/core/l10n/catalogues/codes.en';
import { codeMessagesId } from '../../../src/core/l10n/catalogues/codes.id';
import { isMessageRef, placeholdersOf, type MessageData } from '../../../src/core/l10n/format';
import { translator } from '../../../src/core/l10n/index';
import { syntaxCodeCatalogue } from '../../../src/core/parse/codes';
import { schemaCodeCatalogue } from '../../../src/core/validate/codes';

const root = join(__dirname, '..', '..', '..');

/** Broken maps that reach the messages the samples do not (each line: what it provokes). */
const BROKEN: readonly string[] = [
  '',
  '- a\n- b\n',
  'journey: x\n---\njourney: y\n',
  'journey: x\nstages:\n\t- id: a\n',
  'journey: x\njourney: y\nstages: []\n',
  'journey: "open\nstages: [\n',
  `journey: ${'['.repeat(150)}\n`,
  'journey: T\nreviewed: 2026-02-30\nstages:\n  - id: s\n    name: S\n    kind: retension\n    touchpoints:\n      - name: No id here\n        channel: app\n        channels: [web]\n        emotion: 9\n        digital: yes\n        personas: [ghost, ghost]\n        painPoints:\n          - id: Bad Id!\n            description: x\n        metrics:\n          - type: nps\n            value: 300\n            target: "80%"\n            unit: pts\n          - type: csat\n            responses: { 0: 0, 9: 0 }\n            value: 3\n          - type: ces\n            scale: 5\n  - id: s\n    name: ""\n    colour: red\n',
];

function sources(): string[] {
  const files = [
    ...readdirSync(join(root, 'samples'))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => join('samples', name)),
    ...readdirSync(join(root, 'samples', 'invalid'))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => join('samples', 'invalid', name)),
  ];
  return [...files.map((file) => readFileSync(join(root, file), 'utf8')), ...BROKEN];
}

describe('JM0xx / JM1xx messages in every language', () => {
  it('codes.id.ts has every key of codes.en.ts, with the same {placeholders}', () => {
    const english = Object.keys(codeMessagesEn) as (keyof typeof codeMessagesEn)[];
    assert.deepEqual(
      english.filter((key) => !(key in codeMessagesId)),
      [],
    );
    assert.deepEqual(
      Object.keys(codeMessagesId).filter((key) => !(key in codeMessagesEn)),
      [],
    );
    const differ = english.filter(
      (key) => placeholdersOf(codeMessagesEn[key]).join() !== placeholdersOf(codeMessagesId[key]).join(),
    );
    assert.deepEqual(differ, [], 'placeholders differ');
    const empty = english.filter((key) => JSON.stringify(codeMessagesId[key]).replace(/[\s"{}]/g, '') === '');
    assert.deepEqual(empty, [], 'empty translations');
  });

  it('every code has messages, a severity and a category in its catalogue', () => {
    for (const entry of [...syntaxCodeCatalogue, ...schemaCodeCatalogue]) {
      assert.ok(['error', 'warning'].includes(entry.severity), entry.code);
      assert.ok(['syntax', 'limit', 'schema', 'reference'].includes(entry.category), entry.code);
      assert.ok(
        Object.keys(codeMessagesEn).some((key) => key.startsWith(`${entry.code}.`)),
        `${entry.code} has no message in codes.en.ts`,
      );
    }
  });

  it('findings carry their message id and data, and English renders exactly as the engine wrote it', () => {
    const en = translator('en');
    let count = 0;
    for (const text of sources()) {
      for (const finding of analyzeJourney(text, { today: '2026-06-01' }).findings) {
        if (finding.code >= 'JM200') continue;
        count++;
        assert.ok(finding.messageId, `${finding.code} without a messageId: ${finding.message}`);
        assert.ok(`${finding.code}.${finding.messageId}` in codeMessagesEn, `${finding.code}.${finding.messageId}`);
        assert.equal(en.finding(finding), finding.message);
      }
    }
    assert.ok(count >= 30, `only ${count} JM0xx/JM1xx findings: the broken maps no longer reach the messages`);
  });

  it('Indonesian renders every finding, fix title and related place with nothing unresolved', () => {
    const id = translator('id');
    const seen = new Set<string>();
    for (const text of sources()) {
      const analysis = analyzeJourney(text, { today: '2026-06-01' });
      for (const finding of analysis.findings) {
        if (finding.code >= 'JM200') continue;
        seen.add(`${finding.code}.${finding.messageId}`);
        const texts = [
          id.finding(finding),
          ...(finding.related ?? []).map((r) => id.keyed(finding.code, r.messageId, r.data, r.message)),
          ...fixesFor(analysis, finding).map((fix) => id.keyed(finding.code, fix.messageId, fix.data, fix.title)),
        ];
        for (const message of texts) {
          assert.doesNotMatch(message, /\{\w+(:\w+)?\}|term\.|JM\d{3}\./, `unresolved in: ${message}`);
          // The map's own text (quoted “…” or `code`) and YAML's own words may be English.
          const ours = message.replace(/“[^”]*”|`[^`]*`|\(YAML: .*\)|YAML: .*$/g, '');
          assert.doesNotMatch(
            ours,
            /\b(the|is not|should be|has no|refers to|Did you mean|Change to)\b/,
            `English left in: ${message}`,
          );
        }
        assert.notEqual(id.finding(finding), finding.message, `${finding.code} not translated`);
        assertNoEnglishRefs(finding.data);
      }
    }
    assert.ok(seen.size >= 30, `only ${seen.size} distinct messages reached: ${[...seen].join(', ')}`);
  });

  it('groups digits the language’s way ({count:n})', () => {
    const finding = { code: 'JM013', message: 'x', messageId: 'more', data: { count: 12345, max: 1000 } };
    assert.match(translator('en').finding(finding), /^12,345 more findings .* first 1,000 /);
    assert.match(translator('id').finding(finding), /^12\.345 temuan lain .* 1\.000 /);
  });
});

/** Parameters are ids, numbers, user text or refs: never an English phrase the engine chose. */
function assertNoEnglishRefs(data: MessageData | undefined): void {
  for (const value of Object.values(data ?? {})) {
    if (isMessageRef(value)) {
      assert.ok(value.ref in codeMessagesEn, `unknown ref ${value.ref}`);
      assertNoEnglishRefs(value.data);
    }
  }
}
