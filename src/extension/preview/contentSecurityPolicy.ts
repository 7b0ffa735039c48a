/**
 * The preview's Content-Security-Policy, built in one place (the browser tests load the
 * page under this same function's output). Starts from nothing; scripts only by nonce
 * (Mermaid's ESM chunks inherit it through import()); styles from the extension plus
 * inline, because Mermaid's SVG carries its own <style> — which is why it must be a
 * version with the CSS-injection fixes (>= 11.16.1); images from the extension and data:
 * (PNG export draws the SVG through a data: URL). No 'unsafe-eval', no connect-src.
 */
export function buildContentSecurityPolicy(cspSource: string, nonce: string): string {
  if (!/^[A-Za-z0-9+/=_-]+$/.test(nonce)) throw new Error('A CSP nonce must be base64 or hex.');
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `font-src ${cspSource}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
