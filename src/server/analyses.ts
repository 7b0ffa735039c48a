/**
 * One analysis per document version (and settings generation), shared by every feature:
 * diagnostics, completion, hover, navigation, code actions and the preview model, so a
 * keystroke is analysed once however many requests follow it.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeJourney, type JourneyAnalysis } from '../core/index';
import type { DocumentSettings } from './settings';

interface Entry {
  readonly version: number;
  readonly generation: number;
  readonly analysis: JourneyAnalysis;
}

export type Analyzer = (
  text: string,
  settings: DocumentSettings,
  previous: JourneyAnalysis | undefined,
) => JourneyAnalysis;

/** A fresh full analysis of every version. */
export function analyzerFor(today?: string): Analyzer {
  return (text, settings) => analyzeJourney(text, { rules: settings.rules, ...(today ? { today } : {}) });
}

export class AnalysisStore {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly analyze: Analyzer = analyzerFor()) {}

  get(document: TextDocument, settings: DocumentSettings): JourneyAnalysis {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === settings.generation)
      return cached.analysis;
    const analysis = this.analyze(document.getText(), settings, cached?.analysis);
    this.entries.set(document.uri, { version: document.version, generation: settings.generation, analysis });
    return analysis;
  }

  /** The last analysis of the document, whatever its version (completion of a half-typed line reads it). */
  last(uri: string): JourneyAnalysis | undefined {
    return this.entries.get(uri)?.analysis;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
