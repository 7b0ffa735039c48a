/**
 * Turns Mermaid's SVG markup into an element without ever letting the page's parser
 * run it. Mermaid ('strict') already passes its SVG through DOMPurify; this is the second
 * wall: the markup is parsed in an inert document (scripts do not run, handlers do not
 * fire there), and anything executable that survived is dropped before adoption.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

export function parseSvgInert(markup: string, ownerDocument: Document = document): SVGSVGElement {
  const inert = new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html');
  const svg = inert.body.querySelector('svg');
  if (!svg || svg.namespaceURI !== SVG_NS) throw new Error('Mermaid produced no SVG.');
  stripExecutableContent(svg);
  // Moved, not copied: a 1,000-touchpoint canvas has ~100,000 nodes, and a deep import cloned them all.
  return ownerDocument.adoptNode(svg);
}

function stripExecutableContent(root: Element): void {
  for (const name of ['script', 'iframe', 'object', 'embed'])
    for (const element of Array.from(root.getElementsByTagName(name))) element.remove();
  const all = root.getElementsByTagName('*');
  for (let index = -1; index < all.length; index++) {
    const element = index < 0 ? root : all[index]!;
    const attributes = element.attributes;
    // Backwards: removing an attribute shifts the ones after it.
    for (let at = attributes.length - 1; at >= 0; at--) {
      const attribute = attributes[at]!;
      const attributeName = attribute.name.toLowerCase();
      const isHandler = attributeName.startsWith('on');
      const isLink = attributeName === 'href' || attributeName === 'xlink:href' || attributeName === 'src';
      if (isHandler || (isLink && !/^#/.test(attribute.value.trim()))) element.removeAttribute(attribute.name);
    }
  }
}
