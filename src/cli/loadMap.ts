/**
 * Reads one map and runs the engine on it, for the commands that need a valid journey
 * (render, export, diff). `check` reads files itself: it reports every finding instead.
 */
import { analyzeJourney } from '../core/analyze';
import type { Finding } from '../core/findings';
import type { RuleSettings } from '../core/gaps/index';
import { displayPath, readMapFile } from './files';
import { UsageError } from './errors';
import { neutralise } from './format/neutralise';

/** The engine's result type, whatever module declares it. */
export type JourneyAnalysis = ReturnType<typeof analyzeJourney>;
export type ValidJourneyAnalysis = JourneyAnalysis & { journey: NonNullable<JourneyAnalysis['journey']> };

export interface AnalyzeSettings {
  readonly rules: RuleSettings;
  readonly today: string | undefined;
}

export function analyzeText(text: string, settings: AnalyzeSettings): JourneyAnalysis {
  return analyzeJourney(text, {
    rules: settings.rules,
    ...(settings.today !== undefined ? { today: settings.today } : {}),
  });
}

/** Reads and analyses a file; a file that cannot be read is a usage error (exit 2). */
export function analyzeFile(
  path: string,
  cwd: string,
  settings: AnalyzeSettings,
): { analysis: JourneyAnalysis; shown: string } {
  const shown = displayPath(path, cwd);
  const read = readMapFile(path, shown);
  if (!read.ok) throw UsageError.keyed(read.words);
  return { analysis: analyzeText(read.text, settings), shown };
}

/** Thrown when a map has errors and so cannot be drawn or compared (exit 1). */
export class InvalidMapError extends Error {
  constructor(
    readonly shown: string,
    readonly errors: readonly Finding[],
  ) {
    super(
      `${neutralise(shown)} cannot be used: it has ${errors.length === 1 ? '1 error' : `${errors.length} errors`}. Fix them first (\`journey-map check ${shown}\`):`,
    );
    this.name = 'InvalidMapError';
  }

  /** The message followed by the errors, one `file:line:col code message` per line (map text escaped, one line each). */
  describe(): string {
    const lines = this.errors.map(
      (finding) =>
        `  ${neutralise(this.shown)}:${finding.range.start.line}:${finding.range.start.column} ${finding.code} ${neutralise(finding.message)}`,
    );
    return [this.message, ...lines].join('\n');
  }
}

/** The analysis, when the map is valid enough to draw; otherwise an InvalidMapError listing its errors. */
export function requireJourney(analysis: JourneyAnalysis, shown: string): ValidJourneyAnalysis {
  const errors = analysis.findings.filter((finding) => finding.severity === 'error');
  if (analysis.journey === undefined) {
    throw new InvalidMapError(shown, errors.length > 0 ? errors : analysis.findings);
  }
  return analysis as ValidJourneyAnalysis;
}
