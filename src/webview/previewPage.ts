import type { Mermaid } from 'mermaid';
import { diagramThemeFromBodyClasses, type DiagramTheme } from '../shared/mermaidConfig';
import {
  parseExtensionMessage,
  parsePreviewState,
  type ExportImageRequest,
  type ExportImageResult,
  type PreviewPageSettings,
  type PreviewState,
  type UpdateMessage,
  type WebviewToExtensionMessage,
} from '../shared/previewProtocol';
import { BannerView } from './bannerView';
import { DiagramView } from './diagramView';
import { svgToPngBase64 } from './imageExport';
import { loadMermaid } from './render/mermaidLoader';
import { serializeStandaloneSvg } from './render/renderJourney';
import { SummaryView } from './summaryView';
import type { VsCodeApi } from './vscodeApi';
import { ZoomController } from './zoomController';

/** Scroll positions are saved at most this often (setState writes to disk). */
const STATE_SAVE_DELAY_MS = 200;

/** The preview page: one per panel, alive across updates so Mermaid loads once. */
export class PreviewPage {
  private readonly diagram: DiagramView;
  private readonly summary: SummaryView;
  private readonly banner: BannerView;
  private readonly zoom: ZoomController;
  private readonly scroller: HTMLElement;
  private uri: string;
  private latest: UpdateMessage | undefined;
  /** The last update whose diagram made it to the screen (what exports and theme changes use). */
  private shown: { message: UpdateMessage; theme: DiagramTheme } | undefined;
  private theme: DiagramTheme;
  private pendingScroll: { left: number; top: number } | undefined;
  private stateTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly api: VsCodeApi,
    private readonly settings: PreviewPageSettings,
  ) {
    const restored = parsePreviewState(api.getState());
    this.uri = restored?.uri ?? settings.uri;
    this.scroller = byId('diagram');
    this.diagram = new DiagramView(this.scroller, (taskIndex) => this.revealTask(taskIndex));
    this.summary = new SummaryView(byId('summary'));
    this.banner = new BannerView(byId('banner'));
    this.zoom = new ZoomController(this.scroller, byId('zoom-level'), restored?.zoom ?? 1, () => this.saveState());
    this.theme = this.currentTheme();
    if (restored) this.pendingScroll = { left: restored.scrollLeft, top: restored.scrollTop };

    byId('zoom-in').addEventListener('click', () => this.zoom.zoomIn());
    byId('zoom-out').addEventListener('click', () => this.zoom.zoomOut());
    byId('zoom-fit').addEventListener('click', () => this.zoom.fit());
    this.scroller.addEventListener('scroll', () => this.saveStateSoon(), { passive: true });
    window.addEventListener('resize', () => {
      if (this.zoom.current === 'fit') this.zoom.apply();
    });
    window.addEventListener('message', (event: MessageEvent) => this.receive(event.data));
    // VS Code swaps the body's theme class when the user changes theme: redraw in the new colours.
    new MutationObserver(() => this.onThemeMaybeChanged()).observe(document.body, {
      attributes: true,
      attributeFilter: ['class'],
    });
  }

  start(): void {
    this.saveState();
    this.post({ type: 'ready' });
    // Start loading Mermaid while the extension prepares the first update.
    void this.mermaid().catch(() => undefined);
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
      case 'highlightTask':
        if (message.uri === this.uri) this.diagram.highlight(message.taskIndex, true);
        return;
      case 'exportImage':
        void this.exportImage(message);
        return;
    }
  }

  private async update(message: UpdateMessage): Promise<void> {
    // Same document: never go back to an older version (messages can cross).
    if (
      message.uri === this.uri &&
      this.latest &&
      this.latest.uri === message.uri &&
      message.version < this.latest.version
    )
      return;
    const documentChanged = message.uri !== this.uri || (this.latest !== undefined && this.latest.uri !== message.uri);
    this.uri = message.uri;
    this.latest = message;
    if (documentChanged) {
      this.shown = undefined;
      this.diagram.highlight(null, false);
      this.saveState();
    }
    if (message.summary) this.summary.render(message.summary);
    if (!message.diagram) {
      // Invalid map: keep whatever good diagram is on screen, explain why above it.
      if (message.banner) this.banner.showFinding(message.fileName, message.banner, this.shown !== undefined);
      if (documentChanged) this.scroller.replaceChildren();
      this.report(message, 0, 0, 0, undefined);
      return;
    }
    await this.draw(message, this.theme);
  }

  private async draw(message: UpdateMessage, theme: DiagramTheme): Promise<void> {
    const diagram = message.diagram;
    if (!diagram) return;
    const started = performance.now();
    try {
      let mermaid: Mermaid;
      try {
        mermaid = await this.mermaid();
      } catch (error) {
        const text = `Mermaid could not be loaded (${error instanceof Error ? error.message : String(error)}).`;
        this.banner.show(`${text} Reopen the preview if it does not recover.`);
        this.report(message, 0, 0, performance.now() - started, text, 0, true);
        return;
      }
      if (this.latest !== message && this.shown?.message !== message) return;
      const taskTitles = diagram.tasks.map(
        (task) => `${task.label} (line ${task.line})${task.emotionRecorded ? '' : ', no emotion recorded'}`,
      );
      const result = await this.diagram.render(mermaid, diagram.text, {
        theme,
        fontFamily: this.fontFamily(),
        taskTitles,
      });
      if (!result) return;
      this.shown = { message, theme };
      this.zoom.apply();
      this.restoreScrollOnce();
      if (message.banner) this.banner.showFinding(message.fileName, message.banner, false);
      else this.banner.hide();
      this.report(
        message,
        result.rendered.wrap.taskGroups.length,
        result.svgLength,
        performance.now() - started,
        undefined,
        result.rendered.wrap.wrappedLabels,
      );
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      this.banner.showRenderError(text);
      this.report(message, 0, 0, performance.now() - started, text);
    }
  }

  private onThemeMaybeChanged(): void {
    const theme = this.currentTheme();
    if (theme === this.theme) return;
    this.theme = theme;
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
    const svg = this.diagram.svg;
    if (!svg || !this.shown || request.uri !== this.uri) {
      this.post({
        ...base,
        ok: false,
        error: 'The preview has no diagram to export yet: fix the errors in the map first.',
      } satisfies ExportImageResult);
      return;
    }
    try {
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

  private report(
    message: UpdateMessage,
    taskCount: number,
    svgLength: number,
    renderMs: number,
    error: string | undefined,
    wrappedLabels = 0,
    mermaidUnavailable = false,
  ): void {
    this.post({
      type: 'rendered',
      uri: message.uri,
      version: message.version,
      taskCount,
      svgLength,
      renderMs: Math.round(renderMs),
      wrappedLabels,
      theme: this.theme,
      ...(error ? { error } : {}),
      ...(mermaidUnavailable ? { mermaidUnavailable } : {}),
    });
  }

  private restoreScrollOnce(): void {
    if (!this.pendingScroll) return;
    this.scroller.scrollLeft = this.pendingScroll.left;
    this.scroller.scrollTop = this.pendingScroll.top;
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
    const state: PreviewState = {
      uri: this.uri,
      zoom: this.zoom.current,
      scrollLeft: this.scroller.scrollLeft,
      scrollTop: this.scroller.scrollTop,
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

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The preview page has no #${id}.`);
  return element;
}
