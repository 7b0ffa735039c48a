/** Reading Markdown as GitHub does, as far as the tests need it. */
/**
 * CommonMark's code spans: a run of n backticks opens one, the next run of exactly n closes it
 * (one leading and trailing space stripped when both are there). Returns the spans' contents
 * and the text outside them, which is what GitHub reads as Markdown and HTML.
 */
export function codeSpans(markdown: string): { spans: string[]; outside: string } {
  const spans: string[] = [];
  let outside = '';
  let at = 0;
  const runs = [...markdown.matchAll(/`+/g)];
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i]!;
    if (open.index! < at) continue;
    const close = runs.slice(i + 1).find((run) => run[0].length === open[0].length);
    if (!close) continue;
    outside += markdown.slice(at, open.index);
    let inner = markdown.slice(open.index! + open[0].length, close.index);
    if (inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '') inner = inner.slice(1, -1);
    spans.push(inner);
    at = close.index! + close[0].length;
    i = runs.indexOf(close);
  }
  return { spans, outside: outside + markdown.slice(at) };
}
