/**
 * Where each finding code is explained: docs/rules.md for the gap rules (JM2xx), docs/codes.md
 * for the rest. Both are generated with an `<a id="jm201">` anchor per code, so adapters link
 * to `<document>#<anchor>` without reading the Markdown.
 */
export interface FindingDocLink {
  readonly document: 'rules.md' | 'codes.md';
  readonly anchor: string;
}

export function findingDocLink(code: string): FindingDocLink | undefined {
  if (!/^JM\d{3}$/.test(code)) return undefined;
  return { document: code.startsWith('JM2') ? 'rules.md' : 'codes.md', anchor: docAnchor(code) };
}

/** The anchor id of a code in the generated docs: "jm201". */
export function docAnchor(code: string): string {
  return code.toLowerCase();
}

/** The HTML anchor the generators put before a code's heading or table row. */
export function docAnchorTag(code: string): string {
  return `<a id="${docAnchor(code)}"></a>`;
}
