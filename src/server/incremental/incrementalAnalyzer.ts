/**
 * The server's analyzer: a new version of a map is analysed from the previous analysis when
 * the edit stays inside one touchpoint or stage (re-parse that unit, splice, run the
 * whole-map checks), else from scratch. A version with a syntax error keeps the last clean
 * analysis before it as the base of the next splice. Both paths give the same analysis (the equivalence
 * property test in test/unit/server/incremental.property.test.ts holds them to it).
 */
import type { JourneyAnalysis } from '../../core/index';
import { analyzeJourneyForEditing, analyzeParsedJourney } from '../../core/analyze';
import type { EditedUnit } from '../../core/gaps/findingReuse';
import type { Analyzer } from '../analyses';
import { cleanBase, rememberCleanBase, reparseIncrementally, type Splice } from './reparse';

export interface IncrementalStats {
  incremental: number;
  full: number;
}

export function incrementalAnalyzer(today?: string, stats?: IncrementalStats): Analyzer {
  return (text, settings, previous) => {
    const options = { rules: settings.rules, ...(today ? { today } : {}) };
    // After a version with a syntax error, the last clean tree before it is the base.
    const base = previous ? cleanBase(previous) : undefined;
    const splice = base ? reparseIncrementally(base, text) : undefined;
    if (splice) {
      if (stats) stats.incremental++;
      const unit = editedUnit(base!, splice);
      return analyzeParsedJourney(text, splice.parse, options, { previous: base!, ...(unit ? { unit } : {}) });
    }
    if (stats) stats.full++;
    const analysis = analyzeJourneyForEditing(text, options);
    rememberCleanBase(analysis, base);
    return analysis;
  };
}

/**
 * The re-parsed unit in the base's text and how the text after it moved, for carrying findings
 * over; undefined when what follows the unit does not start a line in both texts.
 */
function editedUnit(base: JourneyAnalysis, splice: Splice): EditedUnit | undefined {
  const { unit, parse } = splice;
  const delta = parse.parsed.text.length - base.text.length;
  const before = base.parsed.positionAt(unit.end);
  const after = parse.parsed.positionAt(unit.end + delta);
  if (before.column !== 1 || after.column !== 1) return undefined;
  return { path: unit.path, start: unit.start, end: unit.end, delta, lineDelta: after.line - before.line };
}
