/** Where each gap rule sits in docs/rules.md. Pure: no `vscode`. */

/** 1-based line of each rule's row, found by its code in the first table column. */
export function ruleLines(markdown: string): Map<string, number> {
  const lines = new Map<string, number>();
  markdown.split(/\r?\n/).forEach((line, index) => {
    const match = /^\|\s*(JM\d{3})\s*\|/.exec(line);
    if (match?.[1] && !lines.has(match[1])) lines.set(match[1], index + 1);
  });
  return lines;
}
