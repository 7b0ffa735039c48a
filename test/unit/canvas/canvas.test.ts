import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { analyzeJourney } from '../../../src/core/index';
import { layoutCanvas, renderCanvasSvg, MIN_FONT_SIZE, type CanvasLayout } from '../../../src/core/canvas/index';

const root = join(__dirname, '..', '..', '..');
const sample = (name: string) => readFileSync(join(root, 'samples', name), 'utf8');

function kinds(layout: CanvasLayout, kind: string) {
  return layout.elements.filter((element) => element.kind === kind);
}

describe('canvas layout and SVG', () => {
  it('draws every touchpoint, pain point, opportunity and metric of a sample once', () => {
    const analysis = analyzeJourney(sample('parcel-delivery.journey.yaml'), { today: '2026-11-01' });
    const journey = analysis.journey!;
    const layout = layoutCanvas(analysis);
    const touchpoints = journey.stages.flatMap((stage) => stage.touchpoints ?? []);
    assert.equal(kinds(layout, 'touchpoint').length, touchpoints.length);
    assert.equal(kinds(layout, 'painPoint').length, touchpoints.flatMap((tp) => tp.painPoints ?? []).length);
    assert.equal(kinds(layout, 'opportunity').length, touchpoints.flatMap((tp) => tp.opportunities ?? []).length);
    assert.equal(kinds(layout, 'metric').length, analysis.metrics.length);
    assert.equal(kinds(layout, 'stage').length, journey.stages.length);
    assert.ok(layout.minFontSize >= MIN_FONT_SIZE);
  });

  it('renders well-formed, self-contained SVG with labels and sync attributes', () => {
    const analysis = analyzeJourney(sample('parcel-delivery.journey.yaml'), { today: '2026-11-01' });
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      const svg = renderCanvasSvg(layoutCanvas(analysis), { theme });
      assert.equal(XMLValidator.validate(svg), true);
      assert.doesNotMatch(svg, /<style|class=/);
      assert.match(svg, /<title id="journey-canvas-title">Parcel delivery/);
      assert.match(svg, /<desc id="journey-canvas-desc">/);
      assert.match(svg, /data-kind="painPoint"[^>]*data-path="\[&quot;stages&quot;,/);
    }
  });

  it('escapes hostile labels and makes control characters visible', () => {
    const text = [
      'journey: "<script>alert(1)</script> & \\u0001 \\"quoted\\""',
      'stages:',
      '  - id: a',
      '    name: "]]><img src=x onerror=alert(1)>"',
      '    touchpoints:',
      '      - id: t',
      '        name: "\\u0007bell \\u001b[31m"',
      '        emotion: 2',
    ].join('\n');
    const analysis = analyzeJourney(text);
    assert.ok(analysis.journey, JSON.stringify(analysis.findings.map((f) => f.message)));
    const svg = renderCanvasSvg(layoutCanvas(analysis));
    assert.equal(XMLValidator.validate(svg), true);
    assert.doesNotMatch(svg, /<script|<img/);
    assert.match(svg, /\u2401/);
    assert.match(svg, /\u2407bell \u241b\[31m/);
  });

  it('draws a placeholder for a map with errors', () => {
    const layout = layoutCanvas(analyzeJourney('journey: [unclosed'));
    assert.equal(layout.elements.length, 1);
    assert.equal(XMLValidator.validate(renderCanvasSvg(layout)), true);
  });
});
