/**
 * Limits that keep the engine quick and safe on hostile input. A realistic map with 1,000
 * touchpoints is about 150 KB; `yaml` parses about 2 MB/s on a slow machine, so 1 MiB costs at
 * most ~0.5 s and anything beyond is refused before parsing.
 */
export const MAX_TEXT_LENGTH = 1024 * 1024;

/** How many alias expansions `toJS` may perform before it refuses (yaml's default, stated explicitly). */
export const MAX_ALIAS_COUNT = 100;

/** How many YAML errors are reported; beyond this the rest are noise from the first one. */
export const MAX_SYNTAX_FINDINGS = 50;

/**
 * How deep `[` / `{` may nest. A journey map needs fewer than ten levels; yaml gives up near 800
 * levels, but only after seconds of stack overflows, so deeper brackets are refused up front.
 */
export const MAX_FLOW_DEPTH = 100;

/**
 * How many entries (non-blank lines plus commas, a bound on the YAML nodes) a file may hold,
 * counted in one pass before parsing. yaml's cost grows with the number of nodes, not bytes: 1 MiB
 * of `[1,1,1,…]` is half a million nodes and takes many seconds, while a realistic 1 MiB map (about
 * 4,000 touchpoints) has about 40,000 entries.
 */
export const MAX_ENTRIES = 50_000;

/**
 * How many findings one file reports by default (`AnalyzeOptions.maxFindings`); the rest are
 * summarised by one closing finding (JM013). Beyond a thousand, more findings only hide the first.
 */
export const MAX_FINDINGS = 1_000;
