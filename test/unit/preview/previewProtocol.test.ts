import assert from 'node:assert/strict';
import { analyzeJourney } from '../../../src/core/index';
import { buildContentSecurityPolicy } from '../../../src/extension/preview/contentSecurityPolicy';
import { buildPreviewHtml, escapeAttribute } from '../../../src/extension/preview/previewHtml';
import { diagramThemeFromBodyClasses, mermaidConfigFor, sanitizeDiagramTheme } from '../../../src/shared/mermaidConfig';
import {
  parseExtensionMessage,
  parsePreviewPageSettings,
  parsePreviewState,
  parseWebviewMessage,
} from '../../../src/shared/previewProtocol';
import { canvasSyncElements, drawnCanvasOf, parseCanvasInput } from '../../../src/shared/previewCanvas';
import { buildPreviewUpdate, DEFAULT_VIEW_OPTIONS, taskIndexAt } from '../../../src/shared/previewUpdate';

describe('preview: content security policy and page HTML', () => {
  it('starts from nothing, allows scripts only by nonce and never eval', () => {
    const csp = buildContentSecurityPolicy('https://x.vscode-cdn.net', 'abc123==');
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, /script-src 'nonce-abc123=='(;|$)/);
    assert.doesNotMatch(csp, /unsafe-eval/);
    assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
    assert.match(csp, /style-src https:\/\/x\.vscode-cdn\.net 'unsafe-inline'/);
    assert.match(csp, /img-src https:\/\/x\.vscode-cdn\.net data:/);
    assert.throws(() => buildContentSecurityPolicy('x', "n' 'unsafe-inline"));
  });

  it('writes the page’s own words in the reader’s language', () => {
    const page = (language: 'en' | 'id') =>
      buildPreviewHtml({
        cspSource: 'vscode-resource:',
        nonce: 'N',
        scriptUri: 'vscode-resource:/p.js',
        styleUri: 'vscode-resource:/p.css',
        settings: { uri: 'file:///a.journey.yaml', mermaidUrl: 'vscode-resource:/m.mjs', defaultView: 'map', language },
        title: 'x',
      });
    const indonesian = page('id');
    assert.match(indonesian, /<html lang="id">/);
    assert.match(indonesian, /aria-label="Perbesar">\+</);
    assert.match(indonesian, /title="Sesuaikan gambar dengan lebar panel"/);
    assert.match(indonesian, /aria-label="Ringkasan journey"/);
    assert.doesNotMatch(indonesian, /Zoom in|Fit to width|Journey summary|Personas to show/);
    assert.match(page('en'), /<html lang="en">[\s\S]*aria-label="Zoom in"/);
    assert.equal(parsePreviewPageSettings({ uri: 'u', mermaidUrl: 'm', language: 'id-ID' })?.language, 'id');
    assert.equal(parsePreviewPageSettings({ uri: 'u', mermaidUrl: 'm', language: 'fr' })?.language, 'en');
  });

  it('puts settings in an escaped data attribute and nothing inline', () => {
    const html = buildPreviewHtml({
      cspSource: 'vscode-resource:',
      nonce: 'N0nce',
      scriptUri: 'vscode-resource:/dist/webview/preview.js',
      styleUri: 'vscode-resource:/media/preview.css',
      settings: {
        uri: 'file:///a/"><script>alert(1)</script>.journey.yaml',
        mermaidUrl: 'vscode-resource:/m.mjs',
        defaultView: 'map',
        language: 'en',
      },
      title: 'Preview <b>x</b>',
    });
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.match(
      html,
      /<script type="module" nonce="N0nce" src="vscode-resource:\/dist\/webview\/preview\.js"><\/script>/,
    );
    assert.ok(!html.includes('"><script>alert(1)'));
    assert.ok(
      html.includes(
        escapeAttribute(
          JSON.stringify({
            uri: 'file:///a/"><script>alert(1)</script>.journey.yaml',
            mermaidUrl: 'vscode-resource:/m.mjs',
            defaultView: 'map',
            language: 'en',
          }),
        ),
      ),
    );
    for (const id of [
      'diagram',
      'canvas',
      'summary',
      'banner',
      'note',
      'zoom-in',
      'zoom-out',
      'zoom-fit',
      'view-map',
      'view-mermaid',
      'persona-filter',
      'lane-filter',
    ])
      assert.match(html, new RegExp(`id="${id}"`));
  });
});

describe('preview: Mermaid config and themes', () => {
  it('maps VS Code body classes to themes, high contrast first', () => {
    assert.equal(diagramThemeFromBodyClasses(['vscode-light']), 'light');
    assert.equal(diagramThemeFromBodyClasses(['vscode-dark']), 'dark');
    assert.equal(diagramThemeFromBodyClasses(['vscode-high-contrast', 'vscode-dark']), 'high-contrast');
    assert.equal(
      diagramThemeFromBodyClasses(['vscode-high-contrast-light', 'vscode-high-contrast']),
      'high-contrast-light',
    );
    assert.equal(diagramThemeFromBodyClasses([]), 'light');
    assert.equal(sanitizeDiagramTheme('dark'), 'dark');
    assert.equal(sanitizeDiagramTheme('loose'), 'light');
    assert.equal(sanitizeDiagramTheme({ toString: () => 'dark' }), 'light');
  });

  it('is strict and keeps the natural width', () => {
    const config = mermaidConfigFor({ theme: 'dark' });
    assert.equal(config.securityLevel, 'strict');
    assert.equal(config.theme, 'dark');
    assert.equal(config.journey?.useMaxWidth, false);
    assert.equal(config.journey?.textPlacement, 'tspan');
  });
});

describe('preview: message validation', () => {
  const update = {
    type: 'update',
    uri: 'file:///m.journey.yaml',
    version: 3,
    fileName: 'm.journey.yaml',
    view: 'mermaid',
    diagram: { text: 'journey', tasks: [{ label: 'a', line: 4, emotionRecorded: true }] },
  };
  const canvasUpdate = {
    type: 'update',
    uri: 'file:///m.journey.yaml',
    version: 3,
    fileName: 'm.journey.yaml',
    view: 'map',
    canvasInput: { hash: 'h2', base: 'h1', parts: ['{"journey":', [0, 3], '}'] },
  };
  const options = { view: 'map', theme: 'dark', personas: ['sari'], hiddenLanes: ['metrics'] };

  it('accepts well-formed messages from the extension and rejects the rest', () => {
    assert.deepEqual(parseExtensionMessage(update), update);
    assert.deepEqual(parseExtensionMessage(canvasUpdate), canvasUpdate);
    assert.equal(parseExtensionMessage({ ...update, view: 'gantt' }), undefined);
    const slotted = { ...update, diagram: { ...update.diagram, actorSlots: [1, 0] } };
    assert.deepEqual(parseExtensionMessage(slotted), slotted);
    for (const actorSlots of [[-1], [0.5], ['0'], 'nope'])
      assert.equal(parseExtensionMessage({ ...update, diagram: { ...update.diagram, actorSlots } }), undefined);
    const whole = { ...canvasUpdate, canvasInput: { hash: 'h1', text: '{}' } };
    assert.deepEqual(parseExtensionMessage(whole), whole);
    for (const canvasInput of [
      { hash: 'h2', parts: ['x'] }, // a patch of nothing
      { hash: 'h2', base: 'h1', parts: [[0, -1]] },
      { hash: 'h2', base: 'h1', parts: [[0, 1, 2]] },
      { hash: 'h2', base: 'h1', parts: [7] },
      { hash: 7, text: '{}' },
      { text: '{}' },
    ])
      assert.equal(parseExtensionMessage({ ...canvasUpdate, canvasInput }), undefined, JSON.stringify(canvasInput));
    assert.equal(
      parseExtensionMessage({ type: 'highlightElement', uri: 'u', version: 1, elementId: 'tp-1' })?.type,
      'highlightElement',
    );
    assert.equal(parseExtensionMessage({ type: 'highlightElement', uri: 'u', version: 1, elementId: '' }), undefined);
    assert.equal(parseExtensionMessage({ type: 'setView', uri: 'u', view: 'map' })?.type, 'setView');
    assert.equal(parseExtensionMessage({ type: 'setView', uri: 'u', view: 'pie' }), undefined);
    assert.equal(parseExtensionMessage({ ...update, version: -1 }), undefined);
    assert.equal(parseExtensionMessage({ ...update, version: 1.5 }), undefined);
    assert.equal(parseExtensionMessage({ ...update, diagram: { text: 'journey', tasks: [{ label: 1 }] } }), undefined);
    assert.equal(parseExtensionMessage({ ...update, banner: { code: 'JM001' } }), undefined);
    assert.equal(
      parseExtensionMessage({ type: 'highlightTask', uri: 'u', version: 1, taskIndex: null })?.type,
      'highlightTask',
    );
    assert.equal(
      parseExtensionMessage({ type: 'exportImage', uri: 'u', requestId: 1, format: 'gif', scale: 1 }),
      undefined,
    );
    assert.equal(
      parseExtensionMessage({ type: 'exportImage', uri: 'u', requestId: 1, format: 'png', scale: 100 }),
      undefined,
    );
    for (const garbage of [null, undefined, 1, 'update', [], { type: 'constructor' }])
      assert.equal(parseExtensionMessage(garbage), undefined);
  });

  it('accepts well-formed messages from the webview and rejects the rest', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready', extra: 1 }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'ready', options }), { type: 'ready', options });
    assert.deepEqual(parseWebviewMessage({ type: 'viewOptions', uri: 'u', options }), {
      type: 'viewOptions',
      uri: 'u',
      options,
    });
    assert.equal(
      parseWebviewMessage({ type: 'viewOptions', uri: 'u', options: { ...options, theme: 'x' } }),
      undefined,
    );
    assert.equal(
      parseWebviewMessage({ type: 'viewOptions', uri: 'u', options: { ...options, personas: 'all' } }),
      undefined,
    );
    assert.equal(
      parseWebviewMessage({ type: 'revealElement', uri: 'u', version: 1, elementId: 'pp-1' })?.type,
      'revealElement',
    );
    assert.equal(parseWebviewMessage({ type: 'revealElement', uri: 'u', version: 1, elementId: 5 }), undefined);
    assert.equal(parseWebviewMessage({ type: 'revealTask', uri: 'u', version: 1, taskIndex: -2 }), undefined);
    assert.equal(
      parseWebviewMessage({
        type: 'rendered',
        uri: 'u',
        version: 1,
        taskCount: 2,
        svgLength: 10,
        renderMs: 5.5,
        wrappedLabels: 0,
        theme: 'light',
      })?.type,
      'rendered',
    );
    assert.equal(
      parseWebviewMessage({
        type: 'rendered',
        uri: 'u',
        version: 1,
        taskCount: 2,
        svgLength: 10,
        renderMs: Infinity,
        wrappedLabels: 0,
        theme: 'light',
      }),
      undefined,
    );
    assert.equal(
      parseWebviewMessage({
        type: 'exportResult',
        uri: 'u',
        requestId: 1,
        format: 'svg',
        ok: true,
        data: '<svg/>',
        width: 1,
        height: 1,
      })?.type,
      'exportResult',
    );
    assert.equal(
      parseWebviewMessage({ type: 'exportResult', uri: 'u', requestId: 1, format: 'svg', ok: 'yes', data: '' }),
      undefined,
    );
  });

  it('restores only sane persisted state', () => {
    assert.deepEqual(parsePreviewState({ uri: 'file:///m', zoom: 99, scrollLeft: -5, scrollTop: 10 }), {
      uri: 'file:///m',
      zoom: 4,
      scrollLeft: 0,
      scrollTop: 10,
    });
    assert.deepEqual(parsePreviewState({ uri: 'file:///m', zoom: 'fit' }), {
      uri: 'file:///m',
      zoom: 'fit',
      scrollLeft: 0,
      scrollTop: 0,
    });
    assert.deepEqual(
      parsePreviewState({
        uri: 'file:///m',
        zoom: 1,
        options: { view: 'mermaid', theme: 'light', personas: null, hiddenLanes: [] },
      })?.options,
      { view: 'mermaid', theme: 'light', personas: null, hiddenLanes: [] },
    );
    assert.equal(parsePreviewState({ uri: 'file:///m', options: { view: 'nope' } })?.options, undefined);
    assert.equal(parsePreviewState({ uri: '' }), undefined);
    assert.equal(parsePreviewState('file:///m'), undefined);
  });
});

describe('preview: update built from an analysis', () => {
  const map = [
    'journey: Checkout',
    'stages:',
    '  - id: buy',
    '    name: Purchase',
    '    touchpoints:',
    '      - id: pay',
    '        name: Pays',
    '        emotion: 2',
    '        metrics:',
    '          - type: csat',
    '            label: CSAT after paying',
    '            value: 60',
    '            target: 80',
    '',
  ].join('\n');

  const mermaidView = { ...DEFAULT_VIEW_OPTIONS, view: 'mermaid' as const };

  it('carries the diagram, task lines in the map, and the summary', () => {
    const { message, tasks } = buildPreviewUpdate({
      uri: 'file:///c.journey.yaml',
      version: 7,
      fileName: 'c.journey.yaml',
      analysis: analyzeJourney(map, { today: '2026-11-01' }),
      options: mermaidView,
    });
    assert.equal(message.canvasInput, undefined, 'only the drawing of the view shown');
    assert.equal(message.version, 7);
    assert.match(message.diagram?.text ?? '', /^journey\n/);
    assert.deepEqual(message.diagram?.tasks, [{ label: 'Pays', line: 6, emotionRecorded: true }]);
    assert.deepEqual(tasks[0]?.path, ['stages', 0, 'touchpoints', 0]);
    assert.equal(message.summary?.stageCount, 1);
    assert.equal(message.summary?.touchpointCount, 1);
    assert.deepEqual(
      message.summary?.metrics.map((metric) => [metric.label, metric.where, metric.status]),
      [['CSAT after paying', 'Purchase › Pays', 'below-target']],
    );
    assert.ok(
      (message.summary?.gaps.warning ?? 0) + (message.summary?.gaps.info ?? 0) > 0,
      'the gaps of this thin map are counted',
    );
    assert.equal(message.banner, undefined);
  });

  it('carries each actor’s persona palette slot, for the combined and a one-persona diagram', () => {
    const personas = [
      'journey: Slots',
      'personas:',
      '  - { id: rina, name: Rina }',
      '  - { id: budi, name: Budi }',
      'stages:',
      '  - id: s',
      '    name: S',
      '    touchpoints:',
      '      - { id: t, name: T, emotion: { rina: 4, budi: 2 } }',
      '',
    ].join('\n');
    const build = (chosen: string[] | null) =>
      buildPreviewUpdate({
        uri: 'u',
        version: 1,
        fileName: 'p.journey.yaml',
        analysis: analyzeJourney(personas),
        options: { ...mermaidView, personas: chosen },
      }).message.diagram?.actorSlots;
    // Mermaid sorts its actors (Budi, Rina); their palette slots follow the map's order (rina 0, budi 1).
    assert.deepEqual(build(null), [1, 0]);
    assert.deepEqual(build(['budi']), [1]);
  });

  it('has no diagram and a banner at the first error when the map is invalid', () => {
    const { message } = buildPreviewUpdate({
      uri: 'u',
      version: 1,
      fileName: 'c.journey.yaml',
      analysis: analyzeJourney('journey: X\nstages:\n  - id: a\n    name: A\n    colour: red\n'),
    });
    assert.equal(message.diagram, undefined);
    assert.equal(message.summary, undefined);
    assert.equal(message.banner?.line, 5);
    assert.equal(message.banner?.column, 5);
    assert.match(message.banner?.code ?? '', /^JM1/);
    assert.match(message.banner?.message ?? '', /colour/);
  });

  it('finds the task under the cursor: the innermost range containing it', () => {
    const text = analyzeJourney(map).text;
    const analysis = analyzeJourney(map);
    const { tasks } = buildPreviewUpdate({
      uri: 'u',
      version: 1,
      fileName: 'c.journey.yaml',
      analysis,
      options: mermaidView,
    });
    const ranges = tasks.map((task) => analysis.parsed.rangeOf(task.path));
    assert.equal(taskIndexAt(ranges, text.indexOf('emotion: 2')), 0);
    assert.equal(taskIndexAt(ranges, text.indexOf('journey: Checkout')), null);
    const outer = { start: { line: 1, column: 1, offset: 0 }, end: { line: 9, column: 1, offset: 100 } };
    const inner = { start: { line: 2, column: 1, offset: 10 }, end: { line: 3, column: 1, offset: 20 } };
    assert.equal(taskIndexAt([outer, inner, undefined], 15), 1);
    assert.equal(taskIndexAt([outer, inner], 50), 0);
  });

  it('carries the canvas in the Map view, with every element the editor can reveal', () => {
    const analysis = analyzeJourney(map, { today: '2026-11-01' });
    const { message } = buildPreviewUpdate({ uri: 'u', version: 2, fileName: 'c.journey.yaml', analysis });
    assert.equal(message.view, 'map');
    assert.equal(message.diagram, undefined);
    assert.ok(message.canvasInput?.text, 'a whole canvas input');
    assert.doesNotMatch(
      message.canvasInput.text,
      /"range"|"offset"/,
      'no source positions: an edit above moves nothing',
    );
    const drawn = drawnCanvasOf(message);
    assert.ok(drawn, 'a canvas');
    assert.match(drawn.canvas.svg, /^<svg[\s\S]*<\/svg>$/);
    assert.ok(drawn.canvas.width > 0 && drawn.canvas.height > 0);
    assert.ok(message.summary);
    const elements = drawn.elements;
    assert.deepEqual(
      canvasSyncElements(parseCanvasInput(message.canvasInput.text)),
      elements,
      "the server's sync elements",
    );
    const kinds = new Set(elements.map((element) => element.kind));
    for (const kind of ['stage', 'touchpoint', 'metric']) assert.ok(kinds.has(kind), `a ${kind} element`);
    for (const element of elements) {
      assert.ok(drawn.canvas.svg.includes(`data-id="${element.id}"`), `${element.id} is drawn`);
      assert.ok(analysis.parsed.rangeOf(element.path), `${element.id}'s path ${JSON.stringify(element.path)} resolves`);
    }
    assert.equal(new Set(elements.map((element) => element.id)).size, elements.length, 'ids are unique');
  });

  it('shows the canvas with a note when Mermaid could not draw the map (over its text limit)', () => {
    // 8 stages of 150 (a stage holds at most 200): ~55,000 characters of Mermaid text.
    const stage = (s: number) =>
      `  - id: s${s}\n    name: Stage ${s}\n    touchpoints:\n` +
      Array.from(
        { length: 150 },
        (_, t) => `      - id: t${s}-${t}\n        name: A rather long touchpoint name ${s}-${t}\n        emotion: 3\n`,
      ).join('');
    const analysis = analyzeJourney(`journey: Big\nstages:\n${Array.from({ length: 8 }, (_, s) => stage(s)).join('')}`);
    assert.ok(analysis.journey, 'the big map is valid');
    const { message } = buildPreviewUpdate({
      uri: 'u',
      version: 1,
      fileName: 'b.journey.yaml',
      analysis,
      options: mermaidView,
    });
    assert.equal(message.diagram, undefined);
    assert.ok(message.canvasInput, 'the canvas instead');
    assert.match(message.note ?? '', /more than Mermaid's limit of 50,000: showing the Map view instead/);
  });
});
