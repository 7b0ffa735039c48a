/**
 * Preview benchmark for issue 12 (a script, not a test: timings depend on the machine): our
 * Mermaid-view renderer against Mermaid alone, at 13, 50, 200 and 500 tasks, in one run of real
 * Chromium (Debian's, started the way test/browser starts it), with min / median (ms) and the
 * machine's load printed before and after.
 *   - ours: the real preview page under the production CSP, from receiving the update message to
 *     the drawing on screen (Mermaid, inert parse, label wrapping, legend, fit, task titles);
 *   - Mermaid alone: the same Mermaid build, configuration and text in a plain page of the same
 *     browser: `mermaid.render` and its SVG put into the page and laid out (getBBox).
 * Each run changes the title, so both sides really redraw; the two are interleaved, so a burst of
 * load hits both alike, and the ratio that counts is the median of each run's own ratio (ours over
 * Mermaid alone, same text, back to back); the ratios of the medians and of the minimums are
 * printed beside it. Target: ours ≤ 1.3× Mermaid alone at 50 and 200 tasks.
 * Needs `npm run build` (dist/webview) and Chromium. Run: npm run bench:preview   (options: --runs N)
 * On a shared machine run it under the heavy-run lock: flock /work/.heavy.lock npm run bench:preview
 */
import type { Browser, Page } from 'playwright-core';
import { mermaidConfigFor } from '../src/shared/mermaidConfig';
import {
  assertBuilt,
  launchChromium,
  PreviewPage,
  PreviewServer,
  updateFor,
} from '../test/browser/support/previewHarness';
import { machineLoad, stats, type Timing } from './benchSupport';

const runsArgument = process.argv.indexOf('--runs');
const runs = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 7;
const TASK_COUNTS = [13, 50, 200, 500];
/** Where the issue sets the target. */
const TARGET_COUNTS = [50, 200];
const TARGET = 1.3;

const show = (timing: Timing) => `${timing.min.toFixed(1)}/${timing.median.toFixed(1)}`;

/**
 * A valid map drawn as exactly `tasks` Mermaid tasks: one emotion per touchpoint (a touchpoint its
 * personas score differently is drawn once per score), labels long enough to wrap, five stages.
 */
function mapWithTasks(tasks: number, title: string): string {
  const stages = 5;
  const lines = [
    `journey: ${title}`,
    'personas:',
    '  - id: sari',
    '    name: Sari, office worker',
    '  - id: budi',
    '    name: Budi, student',
    'stages:',
  ];
  let made = 0;
  for (let stage = 0; stage < stages; stage++) {
    const share = Math.floor(tasks / stages) + (stage < tasks % stages ? 1 : 0);
    lines.push(`  - id: s${stage}`, `    name: Stage ${stage + 1}`, '    touchpoints:');
    for (let index = 0; index < share; index++, made++)
      lines.push(
        `      - id: t${made}`,
        `        name: Touchpoint ${made}, the customer acts here`,
        `        channel: ${made % 2 === 0 ? 'website' : 'store'}`,
        `        owner: Team ${made % 4}`,
        `        emotion: ${1 + (made % 5)}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** A plain page (no CSP, no preview code) that has loaded the preview's own Mermaid build. */
async function mermaidAlonePage(browser: Browser, server: PreviewServer): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  await page.addInitScript('globalThis.__name = (target) => target');
  await page.goto(`${server.origin}/standalone.html`);
  await page.evaluate(
    async ({ url, config }) => {
      const module = (await import(url)) as { default: { initialize(config: unknown): void } };
      module.default.initialize(config);
      Object.assign(window, { __mermaid: module.default });
    },
    { url: `${server.origin}/dist/webview/mermaid/mermaid.esm.min.mjs`, config: mermaidConfigFor({ theme: 'light' }) },
  );
  return page;
}

/** Mermaid alone: render the text, put its SVG in the page, lay it out. Milliseconds. */
function renderAlone(page: Page, text: string, id: string): Promise<number> {
  return page.evaluate(
    async ({ text, id }) => {
      const mermaid = (
        window as unknown as { __mermaid: { render(id: string, text: string): Promise<{ svg: string }> } }
      ).__mermaid;
      const started = performance.now();
      const { svg } = await mermaid.render(id, text);
      const host = document.createElement('div');
      host.innerHTML = svg;
      document.body.replaceChildren(host);
      (host.querySelector('svg') as SVGSVGElement).getBBox();
      return performance.now() - started;
    },
    { text, id },
  );
}

async function main(): Promise<void> {
  assertBuilt();
  const startLoad = machineLoad();
  console.log(
    `Preview benchmark: ${runs} runs each (after 2 warm-ups), Node ${process.version}; at start: ${startLoad}`,
  );
  const server = await PreviewServer.start();
  const browser = await launchChromium();
  const verdicts: string[] = [];
  try {
    const preview = await PreviewPage.open(browser, server, { width: 1000 });
    const alone = await mermaidAlonePage(browser, server);
    console.log('\nPreview render (Mermaid view) vs Mermaid alone (min/median ms)');
    console.log(
      '  tasks   Mermaid text   Mermaid alone   our renderer   ratio (paired median)   of medians   of mins   of ours: Mermaid / wrapping',
    );
    let version = 0;
    for (const tasks of TASK_COUNTS) {
      const ours: number[] = [];
      const paired: number[] = [];
      const mermaid: number[] = [];
      const inside: number[] = [];
      const wrapping: number[] = [];
      let textLength = 0;
      let drawn = 0;
      for (let run = -2; run < runs; run++) {
        const text = mapWithTasks(tasks, `Run ${run + 3} of ${tasks} tasks`);
        const update = updateFor(text, ++version);
        if (!update.diagram) throw new Error(`${tasks} tasks: no Mermaid diagram (${update.note ?? 'invalid map'})`);
        textLength = update.diagram.text.length;
        const report = await preview.render(update, 120_000);
        if (report.error) throw new Error(`${tasks} tasks: the preview could not draw: ${report.error}`);
        const aloneMs = await renderAlone(alone, update.diagram.text, `alone-${version}`);
        if (run < 0) continue;
        drawn = report.taskCount;
        ours.push(report.renderMs);
        paired.push(report.renderMs / aloneMs);
        mermaid.push(aloneMs);
        inside.push(report.mermaidMs ?? NaN);
        wrapping.push(report.wrapMs ?? NaN);
      }
      const oursTiming = stats(ours);
      const aloneTiming = stats(mermaid);
      const ratio = stats(paired).median;
      const ofMedians = oursTiming.median / aloneTiming.median;
      const minRatio = oursTiming.min / aloneTiming.min;
      console.log(
        `${String(drawn).padStart(7)} ${`${(textLength / 1000).toFixed(1)}k chars`.padStart(14)} ${show(aloneTiming).padStart(15)} ${show(oursTiming).padStart(14)} ${`${ratio.toFixed(2)}×`.padStart(23)} ${`${ofMedians.toFixed(2)}×`.padStart(12)} ${`${minRatio.toFixed(2)}×`.padStart(9)}   ${stats(inside).median.toFixed(1)} / ${stats(wrapping).median.toFixed(1)} ms`,
      );
      if (drawn !== tasks) throw new Error(`asked for ${tasks} tasks, the preview drew ${drawn}`);
      if (TARGET_COUNTS.includes(tasks))
        verdicts.push(
          `${ratio <= TARGET ? 'met    ' : 'NOT met'}  preview render ≤ ${TARGET}× Mermaid alone at ${tasks} tasks: ${ratio.toFixed(2)}× (median of paired runs; medians ${oursTiming.median.toFixed(1)} vs ${aloneTiming.median.toFixed(1)} ms = ${ofMedians.toFixed(2)}×, mins ${minRatio.toFixed(2)}×)`,
        );
      else
        verdicts.push(
          `(no target) preview render vs Mermaid alone at ${tasks} tasks: ${ratio.toFixed(2)}× (median of paired runs; medians ${oursTiming.median.toFixed(1)} vs ${aloneTiming.median.toFixed(1)} ms)`,
        );
    }
    await preview.close();
    await alone.close();
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\nAt the end: ${machineLoad()} (at start: ${startLoad})`);
  console.log("\nIssue 12's preview target, measured in this run:");
  for (const verdict of verdicts) console.log(`  ${verdict}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
