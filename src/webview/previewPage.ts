import type { Mermaid } from 'mermaid';
import { textIn, type TextFunction } from '../core/l10n/text';
import { diagramThemeFromBodyClasses, type DiagramTheme } from '../shared/mermaidConfig';
import {
  parseExtensionMessage,
  parsePreviewState,
  type CanvasTheme,
  type ExportImageRequest,
  type ExportImageResult,
  type PreviewPageSettings,
  type PreviewState,
  type PreviewView,
  type PreviewCanvas,
  type PreviewViewOptions,
  type UpdateMessage,
  type WebviewToExtensionMessage,
} from '../shared/previewProtocol';
import { BannerView } from './bannerView';
import { CanvasView } from './canvasView';
import { DiagramView } from './diagramView';
import { ChoiceMenu } from './filterControls';
import { svgToPngBase64 } from './imageExport';
import { loadMermaid } from './render/mermaidLoader';
import { serializeStandaloneSvg } from './render/renderJourney';
import { SummaryView } from './summaryView';
import type { VsCodeApi } from './vscodeApi';
import { svgSurface, ZoomController } from './zoomController';
import { PREVIEW_IDS, type PreviewElementId } from '../shared/previewDom';
import { drawPreviewCanvas, parseCanvasInput } from '../shared/previewCanvas';
import { applyPatch, chunksOf, hashOf, type PatchedText } from '../shared/textPatch';

/** An update as the page keeps it: the canvas drawn from its canvas input. */
type PageUpdate = Omit<UpdateMessage, 'canvasInput'> & { readonly canvas?: PreviewCanvas };

/** Scroll positions are saved at most this often (setState writes to disk). */
const STATE_SAVE_DELAY_MS = 200;

/** The preview page: one per panel, alive across updates so Mermaid loads once. */
export class PreviewPage {
  private readonly diagram: DiagramView;
  private readonly canvas: CanvasView;
  private readonly summary: SummaryView;
  private readonly banner: BannerView;
  private readonly zoom: ZoomController;
  private readonly diagramHost: HTMLElement;
  private readonly canvasHost: HTMLElement;
  private readonly note: HTMLElement;
  private readonly personaMenu: ChoiceMenu;
  private readonly laneMenu: ChoiceMenu;
  private uri: string;
  private options: PreviewViewOptions;
  private latest: PageUpdate | undefined;
  /** The last update whose Mermaid diagram made it to the screen (what exports and theme changes use). */
  private shown: { message: PageUpdate; theme: DiagramTheme; text: string } | undefined;
  private theme: DiagramTheme;
  /** The drawing input of the last update that had one: what an `unchanged` update keeps. */
  private lastDrawing: Pick<PageUpdate, 'diagram' | 'canvas'> | undefined;
  /** The canvas input last received (its hash, and its chunks: what the next patch reuses). */
  private canvasText: { hash: string; chunks: readonly string[] } | undefined;
  private pendingScroll: { left: number; top: number } | undefined;
  private stateTimer: ReturnType<typeof setTimeout> | undefined;
  /** The page's own words, in the reader's display language (settings.language). */
  private readonly t: TextFunction;

  constructor(
    private readonly api: VsCodeApi,
    private readonly settings: PreviewPageSettings,
  ) {
    const restored = parsePreviewState(api.getState());
    this.t = textIn(settings.language);
    this.uri = restored?.uri ?? settings.uri;
    this.theme = this.currentTheme();
    this.options = {
      view: settings.defaultView,
      personas: null,
      hiddenLanes: [],
      ...restored?.options,
      theme: canvasThemeOf(this.theme),
    };
    this.diagramHost = byId(PREVIEW_IDS.diagram);
    this.canvasHost = byId(PREVIEW_IDS.canvas);
    this.note = byId(PREVIEW_IDS.note);
    this.diagram = new DiagramView(this.diagramHost, (taskIndex) => this.revealTask(taskIndex));
    this.canvas = new CanvasView(this.canvasHost, (elementId) => this.revealElement(elementId));
    this.summary = new SummaryView(byId(PREVIEW_IDS.summary), this.t);
    this.banner = new BannerView(byId(PREVIEW_IDS.banner), this.t);
    this.zoom = new ZoomController(this.diagramHost, byId(PREVIEW_IDS.zoomLevel), restored?.zoom ?? 1, () =>
      this.saveState(),
    );
    this.personaMenu = new ChoiceMenu(
      byId(PREVIEW_IDS.personaFilter) as HTMLDetailsElement,
      this.t('preview.filter.personas'),
      this.t,
      (checked) => this.changeOptions({ personas: checked.length === this.latestPersonaCount() ? null : checked }),
    );
    this.laneMenu = new ChoiceMenu(
      byId(PREVIEW_IDS.laneFilter) as HTMLDetailsElement,
      this.t('preview.filter.lanes'),
      this.t,
      (checked) =>
        this.changeOptions({
          hiddenLanes: (this.latest?.canvas?.lanes ?? []).map((lane) => lane.id).filter((id) => !checked.includes(id)),
        }),
    );
    if (restored) this.pendingScroll = { left: restored.scrollLeft, top: restored.scrollTop };

    byId(PREVIEW_IDS.viewMap).addEventListener('click', () => this.changeOptions({ view: 'map' }));
    byId(PREVIEW_IDS.viewMermaid).addEventListener('click', () => this.changeOptions({ view: 'mermaid' }));
    byId(PREVIEW_IDS.zoomIn).addEventListener('click', () => this.zoom.zoomIn());
    byId(PREVIEW_IDS.zoomOut).addEventListener('click', () => this.zoom.zoomOut());
    byId(PREVIEW_IDS.zoomFit).addEventListener('click', () => this.zoom.fit());
    // The level itself goes back to 100 %: after Fit, the zoom steps never land on it exactly.
    byId(PREVIEW_IDS.zoomLevel).addEventListener('click', () => this.zoom.set(1));
    for (const host of [this.diagramHost, this.canvasHost])
      host.addEventListener('scroll', () => this.saveStateSoon(), { passive: true });
    window.addEventListener('resize', () => {
      if (this.zoom.current === 'fit') this.zoom.apply();
    });
    window.addEventListener('message', (event: MessageEvent) => this.receive(event.data));
    // VS Code swaps the body's theme class when the user changes theme: redraw in the new colours.
    new MutationObserver(() => this.onThemeMaybeChanged()).observe(document.body, {
      attributes: true,
      attributeFilter: ['class'],
    });
    this.showView(this.options.view === 'map' ? 'map' : 'mermaid');
  }

  start(): void {
    this.saveState();
    this.post({ type: 'ready', options: this.options });
    // Start loading Mermaid while the extension prepares the first update (the Mermaid view needs it).
    if (this.options.view === 'mermaid') void this.mermaid().catch(() => undefined);
  }

  private mermaid(): Promise<Mermaid> {
    return loadMermaid(this.settings.mermaidUrl);
  }

  private receive(data: unknown): void {
    const message = parseExtensionMessage(data);
    if (!message) return;
    switch (message.type) {
      case 'update':
        void this.update(message);
        return;
      case 'setView':
        if (message.uri === this.uri) this.changeOptions({ view: message.view });
        return;
      case 'highlightTask':
        if (message.uri === this.uri) this.diagram.highlight(message.taskIndex, true);
        return;
      case 'highlightElement':
        if (message.uri === this.uri) this.canvas.highlight(message.elementId, true);
        return;
      case 'exportImage':
        void this.exportImage(message);
        return;
    }
  }

  /** The user (or the title-bar command) changed an option: show it at once, ask the extension for the drawing. */
  private changeOptions(change: Partial<PreviewViewOptions>): void {
    this.options = { ...this.options, ...change };
    if (change.view) this.showView(change.view);
    this.saveState();
    this.post({ type: 'viewOptions', uri: this.uri, options: this.options });
  }

  private showView(view: PreviewView): void {
    byId(PREVIEW_IDS.viewMap).setAttribute('aria-pressed', String(view === 'map'));
    byId(PREVIEW_IDS.viewMermaid).setAttribute('aria-pressed', String(view === 'mermaid'));
    this.laneMenu.refreshSummary();
    byId(PREVIEW_IDS.laneFilter).hidden = view !== 'map' || (this.latest?.canvas?.lanes.length ?? 0) === 0;
    this.showHost(view === 'map' ? 'canvas' : 'diagram');
    if (view === 'mermaid') void this.mermaid().catch(() => undefined);
  }

  /** Which drawing is on screen: normally the view's own, the canvas when Mermaid cannot draw the map. */
  private showHost(host: 'canvas' | 'diagram'): void {
    this.canvasHost.hidden = host !== 'canvas';
    this.diagramHost.hidden = host !== 'diagram';
    if (host === 'canvas') this.zoom.attach(this.canvasHost, this.canvas);
    else this.zoom.attach(this.diagramHost, svgSurface(this.diagramHost));
  }

  private async update(received: UpdateMessage): Promise<void> {
    const started = performance.now();
    const { canvasInput, ...rest } = received;
    let update: PageUpdate = rest;
    if (canvasInput) {
      // Rebuilt before anything else, so what this page has stays what the extension sent.
      const text = this.rebuildCanvasInput(canvasInput);
      if (text === undefined) {
        this.post({ type: 'needDrawing', uri: received.uri });
        return;
      }
      try {
        update = { ...rest, canvas: drawPreviewCanvas(parseCanvasInput(text)).canvas };
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        this.banner.show(this.t('preview.banner.drawFailed', { message: detail }));
        this.report(rest, 0, 0, performance.now() - started, detail);
        return;
      }
    }
    // The language server found the drawing's input unchanged: keep the drawing, retag it with this version.
    const message = update.unchanged ? this.withKeptDrawing(update) : update;
    if (!message) return;
    // Same document: never go back to an older version (messages can cross).
    if (
      message.uri === this.uri &&
      this.latest &&
      this.latest.uri === message.uri &&
      message.version < this.latest.version
    )
      return;
    // Built for the other view (the user switched while it was under way): the right one follows.
    if (message.view !== this.options.view) return;
    const documentChanged = message.uri !== this.uri || (this.latest !== undefined && this.latest.uri !== message.uri);
    this.uri = message.uri;
    this.latest = message;
    if (message.diagram || message.canvas)
      this.lastDrawing = message.diagram ? { diagram: message.diagram } : { canvas: message.canvas! };
    else if (documentChanged) this.lastDrawing = undefined;
    if (documentChanged) {
      this.shown = undefined;
      this.diagram.highlight(null, false);
      this.canvas.highlight(null, false);
      this.saveState();
    }
    if (message.summary) this.summary.render(message.summary);
    this.showNote(message.note);
    if (message.canvas) {
      this.personaMenu.set(message.canvas.personas, this.options.personas);
      this.laneMenu.set(
        message.canvas.lanes,
        message.canvas.lanes.map((lane) => lane.id).filter((id) => !this.options.hiddenLanes.includes(id)),
      );
      byId(PREVIEW_IDS.laneFilter).hidden = message.canvas.lanes.length === 0;
    }
    if (!message.diagram && !message.canvas) {
      // Invalid map: keep whatever good drawing is on screen, explain why above it.
      const kept = this.options.view === 'map' ? this.canvas.drawn !== undefined : this.shown !== undefined;
      if (message.banner) this.banner.showFinding(message.fileName, message.banner, kept);
      if (documentChanged) {
        this.diagramHost.replaceChildren();
        this.canvas.clear();
      }
      this.report(message, 0, 0, 0, undefined);
      return;
    }
    if (message.canvas) this.drawCanvas(message, started);
    else await this.draw(message, this.theme);
  }

  /** The canvas input's JSON, whole or patched onto the last one; undefined when this page lacks the base. */
  private rebuildCanvasInput(input: PatchedText): string | undefined {
    const held = this.canvasText;
    const text =
      input.text ??
      (held && input.parts && input.base === held.hash ? applyPatch(held.chunks, input.parts) : undefined);
    if (text === undefined || hashOf(text) !== input.hash) {
      this.canvasText = undefined;
      return undefined;
    }
    this.canvasText = { hash: input.hash, chunks: chunksOf(text) };
    return text;
  }

  /** An unchanged update with the drawing this page last received put back (undefined when it has none). */
  private withKeptDrawing(message: PageUpdate): PageUpdate | undefined {
    const kept = this.lastDrawing;
    if (!kept || message.uri !== this.uri) return undefined; // the extension then sends it in full
    return { ...message, ...kept };
  }

  /** `started`: when the update arrived (its layout and SVG were drawn since). */
  private drawCanvas(message: PageUpdate, started = performance.now()): void {
    const canvas = message.canvas;
    if (!canvas) return;
    try {
      this.showHost('canvas');
      const changed = this.canvas.render(canvas);
      if (changed) {
        this.zoom.apply();
        this.restoreScrollOnce(this.canvasHost);
      }
      if (message.banner) this.banner.showFinding(message.fileName, message.banner, false);
      else this.banner.hide();
      this.report(
        message,
        this.canvas.elementCount,
        canvas.svg.length,
        performance.now() - started,
        undefined,
        0,
        false,
        !changed,
      );
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      this.banner.show(this.t('preview.banner.drawFailed', { message: text }));
      this.report(message, 0, 0, performance.now() - started, text);
    }
  }

  private async draw(message: PageUpdate, theme: DiagramTheme): Promise<void> {
    const diagram = message.diagram;
    if (!diagram) return;
    const started = performance.now();
    this.showHost('diagram');
    // Skip work that cannot change the picture: same Mermaid text, same theme, already on screen.
    // The palette slots count too: reordering `personas` recolours the actors without changing the text.
    const drawn = `${diagram.text}\n${(diagram.actorSlots ?? []).join(',')}`;
    if (this.shown && this.shown.text === drawn && this.shown.theme === theme && this.diagram.svg) {
      this.shown = { message, theme, text: drawn };
      if (message.banner) this.banner.showFinding(message.fileName, message.banner, false);
      else this.banner.hide();
      this.report(
        message,
        diagram.tasks.length,
        this.diagram.svg.outerHTML.length,
        performance.now() - started,
        undefined,
        0,
        false,
        true,
      );
      return;
    }
    try {
      let mermaid: Mermaid;
      try {
        mermaid = await this.mermaid();
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        const text = `Mermaid could not be loaded (${detail}).`;
        this.banner.show(this.t('preview.banner.mermaidNotLoaded', { message: detail }));
        this.report(message, 0, 0, performance.now() - started, text, 0, true);
        return;
      }
      if (this.latest !== message && this.shown?.message !== message) return;
      const taskTitles = diagram.tasks.map((task) =>
        this.t(task.emotionRecorded ? 'preview.task.title' : 'preview.task.titleNoEmotion', {
          label: task.label,
          line: task.line,
        }),
      );
      const result = await this.diagram.render(mermaid, diagram.text, {
        theme,
        actorSlots: diagram.actorSlots,
        fontFamily: this.fontFamily(),
        taskTitles,
      });
      if (!result) return;
      this.shown = { message, theme, text: drawn };
      this.zoom.apply();
      this.restoreScrollOnce(this.diagramHost);
      if (message.banner) this.banner.showFinding(message.fileName, message.banner, false);
      else this.banner.hide();
      this.report(
        message,
        result.rendered.wrap.taskGroups.length,
        result.svgLength,
        performance.now() - started,
        undefined,
        result.rendered.wrap.wrappedLabels,
        false,
        false,
        {
          measuredStrings: result.rendered.wrap.measuredStrings,
          mermaidMs: round1(result.rendered.mermaidMs),
          wrapMs: round1(result.rendered.wrap.wrapMs),
        },
      );
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      this.banner.showRenderError(text);
      this.report(message, 0, 0, performance.now() - started, text);
    }
  }

  private showNote(note: string | undefined): void {
    this.note.textContent = note ?? '';
    this.note.hidden = note === undefined;
  }

  private onThemeMaybeChanged(): void {
    const theme = this.currentTheme();
    if (theme === this.theme) return;
    this.theme = theme;
    // The canvas is drawn by the extension in the theme's colours: ask for it again.
    if (canvasThemeOf(theme) !== this.options.theme) this.changeOptions({ theme: canvasThemeOf(theme) });
    if (this.options.view !== 'mermaid') return;
    const message = this.latest?.diagram ? this.latest : this.shown?.message;
    if (message) void this.draw(message, theme);
  }

  private async exportImage(request: ExportImageRequest): Promise<void> {
    const base = {
      type: 'exportResult' as const,
      uri: request.uri,
      requestId: request.requestId,
      format: request.format,
    };
    try {
      if (request.svg !== undefined) {
        // The canvas, drawn by core in the extension: this page only rasterises it (it has the fonts).
        const size = svgSize(request.svg);
        const data =
          request.format === 'svg'
            ? request.svg
            : await svgToPngBase64(
                request.svg,
                size.width,
                size.height,
                request.scale,
                request.format === 'jpeg' ? 'image/jpeg' : 'image/png',
              );
        const factor = request.format === 'svg' ? 1 : request.scale;
        this.post({
          ...base,
          ok: true,
          data,
          width: Math.round(size.width * factor),
          height: Math.round(size.height * factor),
        });
        return;
      }
      const svg = this.diagram.svg;
      if (!svg || !this.shown || request.uri !== this.uri) {
        this.post({
          ...base,
          ok: false,
          error: this.t('preview.export.nothing'),
        } satisfies ExportImageResult);
        return;
      }
      const markup = serializeStandaloneSvg(svg, this.shown.theme);
      const width = parseFloat(svg.getAttribute('width') ?? '') || svg.viewBox.baseVal.width;
      const height = parseFloat(svg.getAttribute('height') ?? '') || svg.viewBox.baseVal.height;
      const data = request.format === 'svg' ? markup : await svgToPngBase64(markup, width, height, request.scale);
      this.post({
        ...base,
        ok: true,
        data,
        width: Math.round(width * (request.format === 'png' ? request.scale : 1)),
        height: Math.round(height * (request.format === 'png' ? request.scale : 1)),
      });
    } catch (error) {
      this.post({ ...base, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  private revealTask(taskIndex: number): void {
    const message = this.shown?.message;
    if (!message) return;
    this.diagram.highlight(taskIndex, false);
    this.post({ type: 'revealTask', uri: message.uri, version: message.version, taskIndex });
  }

  private revealElement(elementId: string): void {
    const message = this.latest?.canvas ? this.latest : undefined;
    if (!message) return;
    this.post({ type: 'revealElement', uri: message.uri, version: message.version, elementId });
  }

  private latestPersonaCount(): number {
    return this.latest?.canvas?.personas.length ?? 0;
  }

  private report(
    message: PageUpdate,
    taskCount: number,
    svgLength: number,
    renderMs: number,
    error: string | undefined,
    wrappedLabels = 0,
    mermaidUnavailable = false,
    unchanged = false,
    timing: { measuredStrings: number; mermaidMs: number; wrapMs: number } | undefined = undefined,
  ): void {
    this.post({
      type: 'rendered',
      uri: message.uri,
      version: message.version,
      view: message.canvas ? 'map' : 'mermaid',
      taskCount,
      svgLength,
      renderMs: Math.round(renderMs * 10) / 10,
      wrappedLabels,
      theme: this.theme,
      ...(unchanged ? { unchanged } : {}),
      ...(timing ?? {}),
      ...(error ? { error } : {}),
      ...(mermaidUnavailable ? { mermaidUnavailable } : {}),
    });
  }

  private restoreScrollOnce(host: HTMLElement): void {
    if (!this.pendingScroll) return;
    host.scrollLeft = this.pendingScroll.left;
    host.scrollTop = this.pendingScroll.top;
    this.pendingScroll = undefined;
  }

  private saveStateSoon(): void {
    if (this.stateTimer !== undefined) return;
    this.stateTimer = setTimeout(() => {
      this.stateTimer = undefined;
      this.saveState();
    }, STATE_SAVE_DELAY_MS);
  }

  private saveState(): void {
    const host = this.canvasHost.hidden ? this.diagramHost : this.canvasHost;
    const state: PreviewState = {
      uri: this.uri,
      zoom: this.zoom.current,
      scrollLeft: host.scrollLeft,
      scrollTop: host.scrollTop,
      options: this.options,
    };
    this.api.setState(state);
  }

  private currentTheme(): DiagramTheme {
    return diagramThemeFromBodyClasses(Array.from(document.body.classList));
  }

  private fontFamily(): string | undefined {
    const value = getComputedStyle(document.documentElement).getPropertyValue('--vscode-font-family').trim();
    return value || undefined;
  }

  private post(message: WebviewToExtensionMessage): void {
    this.api.postMessage(message);
  }
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** VS Code's four theme kinds on the canvas's three palettes (high-contrast light uses the light one). */
function canvasThemeOf(theme: DiagramTheme): CanvasTheme {
  return theme === 'dark' ? 'dark' : theme === 'high-contrast' ? 'high-contrast' : 'light';
}

function svgSize(markup: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(markup)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('The SVG to rasterise has no width and height.');
  return { width, height };
}

function byId(id: PreviewElementId): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The preview page has no #${id}.`);
  return element;
}
