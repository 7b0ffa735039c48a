/**
 * The preview and export feature of the extension. `activate()` (src/extension/extension.ts)
 * calls `registerPreview(context, analyses)` once.
 */
import type * as vscode from 'vscode';
import type { JourneyAnalysisCache } from '../analysisCache';

export function registerPreview(context: vscode.ExtensionContext, analyses: JourneyAnalysisCache): void {
  // Filled in by the PreviewManager (next commit); kept callable so activate() can wire it now.
  void context;
  void analyses;
}
