/**
 * Canvas layout + SVG cost at 13, 50, 200 and 1,000 touchpoints (Node, no DOM).
 * Usage: npx tsx bench/canvas.ts — prints the median wall and CPU time of 5 runs each.
 */
import { analyzeJourney } from '../src/core/index';
import { layoutCanvas, renderCanvasSvg } from '../src/core/canvas/index';

function mapText(touchpoints: number): string {
  const stages = Math.max(6, Math.ceil(touchpoints / 150));
  const lines = [
    'journey: Benchmark map',
    'personas:',
    '  - {id: a, name: Ana, description: First persona}',
    '  - {id: b, name: Budi, description: Second persona}',
    'stages:',
  ];
  for (let s = 0; s < stages; s += 1) {
    lines.push(
      `  - id: s${s}`,
      `    name: Stage ${s} of the journey`,
      `    customerGoal: What the customer wants in stage ${s}`,
      '    metrics: [{type: csat, target: 80, value: 72}]',
      '    touchpoints:',
    );
    for (let t = s; t < touchpoints; t += stages)
      lines.push(
        `      - id: t${t}`,
        `        name: Touchpoint ${t} where the customer does something worth describing at length`,
        '        channel: app',
        '        owner: digital team',
        `        emotion: {a: ${1 + (t % 5)}, b: ${1 + ((t * 3) % 5)}}`,
        `        painPoints: [{id: p${t}, description: Something slow and annoying happens here, severity: high}]`,
        `        opportunities: [{description: Fix it with a better flow, addresses: [p${t}], owner: product, status: planned}]`,
      );
  }
  return lines.join('\n');
}

for (const size of [13, 50, 200, 1000]) {
  const analysis = analyzeJourney(mapText(size));
  if (!analysis.journey) throw new Error(analysis.findings[0]?.message);
  const walls: number[] = [];
  const cpus: number[] = [];
  let bytes = 0;
  for (let run = 0; run < 5; run += 1) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    bytes = renderCanvasSvg(layoutCanvas(analysis)).length;
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[2]!.toFixed(1);
  console.log(
    `${size} touchpoints: layout+SVG median ${median(walls)} ms wall, ${median(cpus)} ms CPU, SVG ${(bytes / 1024).toFixed(0)} KB`,
  );
}
