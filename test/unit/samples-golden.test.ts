/**
 * Golden tests over samples/: the realistic maps must stay free of errors; every file in
 * samples/invalid/ has its findings pinned in <name>.expected.json (code, severity, range, and
 * for the engine's own JM0xx/JM1xx codes the message), and each line with a finding says which
 * codes in a `# ✗ JM105` marker.
 * After an intended change, regenerate with:  UPDATE_GOLDEN=1 npx mocha test/unit/samples-golden.test.ts
 * and review the diff.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeJourney } from '../../src/core/analyze';
import type { Finding } from '../../src/core/findings';
import { formatRange } from './helpers/markedText';
import { assertRangesInside, describeFinding, errorsOf, expectMarkedFindings } from './helpers/findings';

const TODAY = '2026-11-23';
const samples = join(__dirname, '..', '..', 'samples');
const invalid = join(samples, 'invalid');
const update = process.env.UPDATE_GOLDEN === '1';
const journeyFiles = (folder: string) =>
  readdirSync(folder)
    .filter((name) => /\.journey\.ya?ml$/.test(name))
    .sort();

interface GoldenFinding {
  code: string;
  severity: string;
  range: string;
  rule?: string;
  message?: string;
}

function golden(finding: Finding): GoldenFinding {
  return {
    code: finding.code,
    severity: finding.severity,
    range: formatRange(finding.range),
    ...(finding.rule ? { rule: finding.rule } : {}),
    // Gap messages belong to the gap rules' own tests; pinning them here would make every wording change two edits.
    ...(finding.code.startsWith('JM2') ? {} : { message: finding.message }),
  };
}

describe('samples', () => {
  const files = journeyFiles(samples);
  it('has at least four realistic maps', () => assert.ok(files.length >= 4, files.join()));

  for (const name of files) {
    describe(name, () => {
      const text = readFileSync(join(samples, name), 'utf8');
      const analysis = analyzeJourney(text, { today: TODAY });

      it('has no errors and yields a journey', () => {
        assert.deepEqual(errorsOf(analysis.findings).map(describeFinding), []);
        assert.ok(analysis.journey);
      });

      it('starts with a schema modeline whose relative path resolves', () => {
        const match = /^# yaml-language-server: \$schema=(\S+)/.exec(text);
        assert.ok(match, 'missing modeline on the first line');
        assert.ok(existsSync(join(samples, match[1]!)), `${match[1]} does not exist`);
      });

      it('is rich: personas, five stages, touchpoints, emotions per persona, pain points, opportunities, CSAT, NPS and CES from responses', () => {
        const journey = analysis.journey!;
        const touchpoints = journey.stages.flatMap((stage) => stage.touchpoints ?? []);
        assert.ok((journey.personas?.length ?? 0) >= 2);
        assert.ok(journey.stages.length >= 5);
        assert.ok(touchpoints.length >= 8);
        assert.ok(
          touchpoints.some((touchpoint) => typeof touchpoint.emotion === 'object'),
          'no per-persona emotion',
        );
        assert.ok(touchpoints.some((touchpoint) => touchpoint.momentOfTruth));
        assert.ok(touchpoints.some((touchpoint) => touchpoint.painPoints?.length));
        assert.ok(touchpoints.some((touchpoint) => touchpoint.opportunities?.length));
        const measured = new Set(
          analysis.metrics.filter((metric) => metric.source === 'responses').map((metric) => metric.type),
        );
        for (const type of ['csat', 'nps', 'ces'] as const)
          assert.ok(measured.has(type), `no ${type} computed from responses`);
      });

      it('keeps gap warnings few and meaningful', () => {
        assert.ok(analysis.findings.length <= 10, analysis.findings.map(describeFinding).join('\n'));
      });
    });
  }
});

describe('samples/invalid (golden)', () => {
  const files = journeyFiles(invalid);
  it('has several files', () => assert.ok(files.length >= 5));

  for (const name of files) {
    it(`${name} gives exactly the pinned findings`, () => {
      const text = readFileSync(join(invalid, name), 'utf8');
      const analysis = analyzeJourney(text, { today: TODAY });
      assertRangesInside(text, analysis.findings);
      const actual = analysis.findings.map(golden);
      const expectedPath = join(invalid, name.replace(/\.journey\.ya?ml$/, '.expected.json'));
      if (update || !existsSync(expectedPath)) {
        writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
        if (!update) assert.fail(`${expectedPath} did not exist: written now, review it and run again`);
        return;
      }
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as GoldenFinding[];
      assert.deepEqual(
        actual,
        expected,
        `findings of ${name} changed; if intended, run UPDATE_GOLDEN=1 npx mocha test/unit/samples-golden.test.ts`,
      );
      assert.ok(errorsOf(analysis.findings).length + analysis.findings.length > 0);
    });
  }

  for (const name of files) {
    it(`${name}: its findings are exactly those its # ✗ markers name`, () => {
      const text = readFileSync(join(invalid, name), 'utf8');
      expectMarkedFindings(text, analyzeJourney(text, { today: TODAY }).findings, name);
    });
  }
});
