/**
 * The server's analyzer: a new version of a map is analysed from the previous analysis when
 * the edit stays inside one touchpoint or stage (re-parse that unit, splice, run the
 * whole-map checks), else from scratch. A version with a syntax error keeps the last clean
 * analysis before it as the base of the next splice. Both paths give the same analysis (the equivalence
 * property test in test/unit/server/incremental.property.test.ts holds them to it).
 */
import { analyzeJourney } from '../../core/index';
import { analyzeParsedJourney } from '../../core/analyze';
import type { Analyzer } from '../analyses';
import { cleanBase, rememberCleanBase, reparseIncrementally } from './reparse';

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
      return analyzeParsedJourney(text, splice.parse, options);
    }
    if (stats) stats.full++;
    const analysis = analyzeJourney(text, options);
    rememberCleanBase(analysis, base);
    return analysis;
  };
}
