/** The slice of the webview API VS Code injects (`acquireVsCodeApi` may be called once per page). */
export interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** Outside VS Code (the browser tests serve the page over http) messages go to the parent frame's test harness. */
export function getVsCodeApi(): VsCodeApi {
  if (typeof acquireVsCodeApi === 'function') return acquireVsCodeApi();
  let state: unknown;
  return {
    postMessage: (message) => window.parent.postMessage({ fromPreview: message }, '*'),
    getState: () => state,
    setState: (next) => {
      state = next;
    },
  };
}
