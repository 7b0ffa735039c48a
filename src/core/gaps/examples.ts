/**
 * The date rule examples are checked against (stale-review depends on it): examples run with
 * `today` pinned, so the docs' verdicts do not change with the calendar.
 */
export const EXAMPLE_TODAY = '2026-06-01';

/** Marks the line of an invalid example where the rule's finding starts. */
export const FINDING_MARKER = '# ✗';
