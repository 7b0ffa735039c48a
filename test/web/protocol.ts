/** Shared by the web suites (in the worker) and their harness (in Node): how results travel. */

/** The worker's console lines starting with this are mocha's (as test/harness/results.ts MOCHA_LINE_MARKER). */
export const MOCHA_LINE_MARKER = '[mocha] ';
/** After the marker: the suite's results as JSON, the worker cannot write files. */
export const WEB_RESULTS_PREFIX = 'JOURNEY_MAP_WEB_RESULTS ';

/**
 * After the marker: a ScreenshotRequest as JSON. The harness waits until everything in `visible`
 * is on screen, takes the screenshot, and answers with a ScreenshotAnswer written as
 * `<SCREENSHOT_ANSWERS>/<name>.json` in the workspace folder, which the test polls for.
 */
export const SCREENSHOT_PREFIX = 'JOURNEY_MAP_SCREENSHOT ';
export const SCREENSHOT_ANSWERS = '.web-screenshots';

export interface VisibleCondition {
  /** `workbench`: the VS Code page; `preview`: our page inside the preview's webview frames. */
  readonly in: 'workbench' | 'preview';
  readonly selector: string;
  /** The element must contain this text. */
  readonly text?: string;
}

export interface ScreenshotRequest {
  /** The file name without extension, in .test-output/screenshots/. */
  readonly name: string;
  readonly visible: readonly VisibleCondition[];
}

export interface ScreenshotAnswer {
  readonly ok: boolean;
  readonly file?: string;
  readonly error?: string;
}

/** The web suite's PDF export, kept in the workspace folder for the harness to read with pdftotext. */
export const WEB_PDF_EXPORT = 'web-export.pdf';
