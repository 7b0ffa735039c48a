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
  return ownerDocument.importNode(svg, true) as SVGSVGElement;
}

function stripExecutableContent(root: Element): void {
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    const name = element.localName.toLowerCase();
    if (name === 'script' || name === 'iframe' || name === 'object' || name === 'embed') {
      element.remove();
      continue;
    }
    for (const attribute of Array.from(element.attributes)) {
      const attributeName = attribute.name.toLowerCase();
      const isHandler = attributeName.startsWith('on');
      const isLink = attributeName === 'href' || attributeName === 'xlink:href' || attributeName === 'src';
      if (isHandler || (isLink && !/^#/.test(attribute.value.trim()))) element.removeAttribute(attribute.name);
    }
  }
}
