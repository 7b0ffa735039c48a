/**
 * Asks the harness for a screenshot of the workbench from inside the worker (which cannot reach
 * the browser page): one marked console line, then the answer the harness writes into the
 * workspace. The harness takes it only once every condition is on screen, else answers why not.
 */
import * as vscode from 'vscode';
import { waitFor, workspaceUri } from '../integration/editorSupport';
import { SCREENSHOT_ANSWERS, SCREENSHOT_PREFIX, type ScreenshotAnswer, type ScreenshotRequest } from './protocol';

/** The harness waits up to 60 s for the conditions; this allows for that plus the writing. */
const ANSWER_TIMEOUT_MS = 90_000;

export async function requestScreenshot(request: ScreenshotRequest): Promise<ScreenshotAnswer> {
  const answerUri = workspaceUri(`${SCREENSHOT_ANSWERS}/${request.name}.json`);
  // A previous attempt's answer must not be taken for this one's.
  await vscode.workspace.fs.delete(answerUri).then(undefined, () => undefined);
  console.log(SCREENSHOT_PREFIX + JSON.stringify(request));
  const answer = await waitFor(
    async () => {
      try {
        return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(answerUri))) as ScreenshotAnswer;
      } catch {
        return undefined;
      }
    },
    `the harness's answer to the screenshot request "${request.name}"`,
    { timeoutMs: ANSWER_TIMEOUT_MS, intervalMs: 250 },
  );
  return answer;
}
