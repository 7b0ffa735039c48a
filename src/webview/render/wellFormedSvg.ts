/**
 * Every SVG the preview and the standalone renderer produce must be well-formed XML and show
 * the map's text verbatim. XML 1.0 cannot carry C0 control characters (ESC, BEL, BS …), not
 * even as references, so they are made visible instead (`\u001b`), the way the issue asks.
 */

/** C0 controls except tab, line feed and carriage return, plus DEL: not allowed in XML 1.0 (DEL is, but is invisible). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function visibleControlCharacters(text: string): string {
  return text.replace(CONTROL, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Rewrites every text node and attribute value under `root` that holds a control character. */
export function showControlCharacters(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    CONTROL.lastIndex = 0;
    if (CONTROL.test(value)) node.nodeValue = visibleControlCharacters(value);
  }
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attribute of Array.from(element.attributes)) {
      CONTROL.lastIndex = 0;
      if (CONTROL.test(attribute.value)) attribute.value = visibleControlCharacters(attribute.value);
    }
  }
}

/** Throws when `markup` is not well-formed XML (DOMParser reports a parsererror). */
export function assertWellFormedSvg(markup: string): void {
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const error = parsed.querySelector('parsererror');
  if (error || parsed.documentElement.localName !== 'svg')
    throw new Error(
      `The drawing is not well-formed SVG: ${(error?.textContent ?? 'no <svg> root').trim().slice(0, 300)}`,
    );
}
