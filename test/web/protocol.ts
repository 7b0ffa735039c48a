/** Shared by the web suite (in the worker) and its harness (in Node): how results travel. */

/** The worker's console lines starting with this are mocha's (as test/harness/results.ts MOCHA_LINE_MARKER). */
export const MOCHA_LINE_MARKER = '[mocha] ';
/** After the marker: the suite's results as JSON, the worker cannot write files. */
export const WEB_RESULTS_PREFIX = 'JOURNEY_MAP_WEB_RESULTS ';
