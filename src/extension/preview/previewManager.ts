import * as vscode from 'vscode';
import {
  parsePreviewState,
  type CanvasTheme,
  type PreviewView,
  type PreviewViewOptions,
  type RenderReport,
} from '../../shared/previewProtocol';
import type { JourneyLanguageService } from '../client/journeyLanguageService';
import { Disposable } from '../disposable';
import { isJourneyDocument } from '../languageId';
import { PreviewPanel } from './previewPanel';
import { PREVIEW_PANEL_OPTIONS, PREVIEW_VIEW_TYPE, previewWebviewOptions } from './webviewOptions';

/**
 * Owns the preview panels. Like Markdown's default preview, the preview follows the active
 * editor: opening it for another map, or switching to another map's editor, retargets the
 * existing panel instead of piling up new ones (panels restored after a reload each keep
 * their document until the user switches editors).
 */
export class PreviewManager extends Disposable {
  private readonly panels: PreviewPanel[] = [];
  /** The panel that follows the active editor: the one most recently opened or focused. */
  private activePanel: PreviewPanel | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly server: JourneyLanguageService,
  ) {
    super();
    // Later versions (and re-checks after a settings change) arrive as the server's pushes to
    // each panel, made from the analysis whose problems it publishes: one schedule, the same
    // versions as Problems. A restarted server knows no previews: they ask again.
    this._register(server.onDidRestart(() => this.panels.forEach((panel) => panel.refresh())));
    this._register(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!editor || !isJourneyDocument(editor.document) || !this.activePanel) return;
        if (this.panelsShowing(editor.document).length > 0) return;
        this.activePanel.retarget(editor.document);
      }),
    );
    this._register(
      vscode.window.onDidChangeTextEditorSelection((event) => {
        for (const panel of this.panelsShowing(event.textEditor.document)) panel.onCursorMoved(event.textEditor);
      }),
    );
  }

  /** Switches the focused (else the most recent) preview to a view: the title-bar commands. */
  setView(view: PreviewView): void {
    const panel = this.panels.find((candidate) => candidate.panel.active) ?? this.activePanel;
    panel?.setView(view);
  }

  /** The view options of the preview showing `uri` (the exports draw what it shows). */
  optionsFor(uri: vscode.Uri): PreviewViewOptions | undefined {
    return this.panels.find((panel) => panel.documentUri.toString() === uri.toString())?.options;
  }

  panelForUri(uri: vscode.Uri): PreviewPanel | undefined {
    return this.panels.find((panel) => panel.documentUri.toString() === uri.toString());
  }

  /** The canvas element the preview showing `uri` highlights for the cursor (test hook). */
  highlightedElement(uri: vscode.Uri): string | null | undefined {
    return this.panels.find((panel) => panel.documentUri.toString() === uri.toString())?.highlightedElementId;
  }

  /** Opens (or reveals, or retargets) the preview for `document`. */
  show(document: vscode.TextDocument, options: { toSide: boolean; preserveFocus?: boolean }): PreviewPanel {
    const column = options.toSide
      ? vscode.ViewColumn.Beside
      : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    const preserveFocus = options.preserveFocus ?? options.toSide;
    const existing = this.panelsShowing(document)[0] ?? this.activePanel;
    if (existing) {
      existing.retarget(document);
      existing.panel.reveal(options.toSide ? existing.panel.viewColumn : column, preserveFocus);
      this.activePanel = existing;
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      vscode.l10n.t('Preview'),
      { viewColumn: column, preserveFocus },
      { ...previewWebviewOptions(this.extensionUri), ...PREVIEW_PANEL_OPTIONS },
    );
    return this.adopt(panel, document);
  }

  /** The map shown by the focused preview panel, if a preview has the focus. */
  activePreviewDocument(): vscode.TextDocument | undefined {
    const focused = this.panels.find((panel) => panel.panel.active);
    return focused?.document;
  }

  /** The panel showing `document`, if any. */
  panelFor(document: vscode.TextDocument): PreviewPanel | undefined {
    return this.panelsShowing(document)[0];
  }

  /** The last render report of the preview showing `uri` (test hook and diagnostics). */
  lastRenderReport(uri: vscode.Uri): RenderReport | undefined {
    return this.panels.find((panel) => panel.documentUri.toString() === uri.toString())?.lastRenderReport;
  }

  /** The task the preview showing `uri` highlights for the cursor (test hook). */
  highlightedTask(uri: vscode.Uri): number | null | undefined {
    return this.panels.find((panel) => panel.documentUri.toString() === uri.toString())?.highlightedTaskIndex;
  }

  /** Restores a panel VS Code kept across a reload; `state` is what the webview saved. */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = parsePreviewState(state);
    if (!saved) {
      panel.dispose();
      return;
    }
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(saved.uri, true));
      this.adopt(panel, document);
    } catch {
      // The map was deleted or moved while the window was closed: nothing to show.
      panel.dispose();
    }
  }

  override dispose(): void {
    for (const panel of [...this.panels]) panel.dispose();
    super.dispose();
  }

  private adopt(webviewPanel: vscode.WebviewPanel, document: vscode.TextDocument): PreviewPanel {
    const panel = new PreviewPanel(webviewPanel, document, this.server, this.extensionUri, initialViewOptions());
    this.panels.push(panel);
    this.activePanel = panel;
    panel.onDidDispose(() => {
      const index = this.panels.indexOf(panel);
      if (index >= 0) this.panels.splice(index, 1);
      if (this.activePanel === panel) this.activePanel = this.panels[this.panels.length - 1];
    });
    webviewPanel.onDidChangeViewState((event) => {
      if (!event.webviewPanel.active) return;
      this.activePanel = panel;
      setViewContext(panel.options.view);
    });
    panel.onDidChangeViewOptions((options) => {
      if (webviewPanel.active || this.activePanel === panel) setViewContext(options.view);
    });
    setViewContext(panel.options.view);
    return panel;
  }

  private panelsShowing(document: vscode.TextDocument): PreviewPanel[] {
    return this.panels.filter((panel) => panel.isShowing(document));
  }
}

/** The context key the title-bar commands read: which view the focused preview shows. */
export const PREVIEW_VIEW_CONTEXT = 'journeyMap.previewView';

function setViewContext(view: PreviewView): void {
  void vscode.commands.executeCommand('setContext', PREVIEW_VIEW_CONTEXT, view);
}

/** A new panel's options: the view from `journeyMap.preview.defaultView`, the theme from VS Code's. */
function initialViewOptions(): PreviewViewOptions {
  const configured = vscode.workspace.getConfiguration('journeyMap').get<string>('preview.defaultView');
  return {
    view: configured === 'mermaid' ? 'mermaid' : 'map',
    theme: canvasThemeOf(vscode.window.activeColorTheme.kind),
    personas: null,
    hiddenLanes: [],
  };
}

export function canvasThemeOf(kind: vscode.ColorThemeKind): CanvasTheme {
  switch (kind) {
    case vscode.ColorThemeKind.Dark:
      return 'dark';
    case vscode.ColorThemeKind.HighContrast:
      return 'high-contrast';
    default:
      return 'light';
  }
}
