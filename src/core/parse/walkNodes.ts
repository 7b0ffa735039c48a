import { isMap, isPair, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

/**
 * Visits every node of a document depth-first, without recursion: a hostile file may nest
 * deeper than the call stack allows. `visit` returns true to stop early.
 */
export function walkNodes(
  document: Document.Parsed,
  visit: (node: Node, parentMap: YAMLMap | undefined, pair: Pair | undefined) => boolean | void,
): void {
  const stack: { node: unknown; map?: YAMLMap; pair?: Pair }[] = [{ node: document.contents }];
  while (stack.length > 0) {
    const { node, map, pair } = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (visit(node as Node, map, pair) === true) return;
    if (isMap(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i]!;
        if (!isPair(item)) continue;
        stack.push({ node: item.value, map: node, pair: item });
        stack.push({ node: item.key, map: node, pair: item });
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i] });
    }
  }
}
