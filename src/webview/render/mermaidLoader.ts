/**
 * Loads Mermaid's ESM build once per page. Loading costs ~0.5 s (the UMD build measured
 * 450–630 ms in headless Chromium; the ESM build fetches ~780 KB in 22 files for a journey and
 * starts about 2× sooner), so the preview keeps its page alive and every render reuses this one instance.
 */
import type { Mermaid } from 'mermaid';

let loading: Promise<Mermaid> | undefined;
let loadedFrom: string | undefined;

/**
 * Imports `mermaid.esm.min.mjs` from the given URL (the preview passes an asWebviewUri,
 * the standalone page a URL beside its own script). The import inherits the nonce of the
 * module script that runs this code, so a nonce-only CSP admits Mermaid's chunks too.
 */
export function loadMermaid(url: string): Promise<Mermaid> {
  if (loading && loadedFrom === url) return loading;
  loadedFrom = url;
  loading = import(/* @vite-ignore */ url).then((module: { default: Mermaid }) => module.default);
  // A failed load must not poison later attempts (e.g. after a transient file error).
  loading.catch(() => {
    loading = undefined;
    loadedFrom = undefined;
  });
  return loading;
}
