/**
 * Every fenced ```yaml block in README.md and docs/ is a map a reader may copy: it must read
 * without a syntax, schema or reference finding (gap findings are what some examples show).
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeJourney } from '../../src/core/index';
import { describeFinding } from './helpers/findings';

const root = join(import.meta.dirname, '..', '..');

function markdownFiles(): string[] {
  const docs = readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name));
  return ['README.md', ...docs];
}

function yamlBlocks(markdown: string): { line: number; text: string }[] {
  const blocks: { line: number; text: string }[] = [];
  const pattern = /^```ya?ml[^\S\n]*\n([\s\S]*?)^```/gm;
  for (let match = pattern.exec(markdown); match; match = pattern.exec(markdown))
    blocks.push({ line: markdown.slice(0, match.index).split('\n').length, text: match[1]! });
  return blocks;
}

describe('YAML examples in README.md and docs/', () => {
  const files = markdownFiles();
  let total = 0;
  for (const file of files) {
    const blocks = yamlBlocks(readFileSync(join(root, file), 'utf8'));
    total += blocks.length;
    for (const block of blocks) {
      it(`${file}:${block.line} is a valid map`, () => {
        const analysis = analyzeJourney(block.text);
        const problems = analysis.findings.filter((finding) => finding.category !== 'gap');
        assert.deepEqual(problems.map(describeFinding), []);
        assert.ok(analysis.journey, 'no journey');
      });
    }
  }

  it('finds the examples (README and the rule docs have some)', () => {
    assert.ok(total >= 35, `only ${total} yaml blocks found`);
  });
});
