/**
 * A QR code drawn as SVG with DOM calls (no markup strings: the pages run with Trusted
 * Types). The modules come from `uqr`'s `encode()`; each horizontal run of dark modules is one
 * rectangle, and a quiet zone of four modules surrounds the code so phones read it easily.
 */
import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';
/** The light margin around the code, in modules (the QR standard asks for four). */
const QUIET_ZONE = 4;

function svgElement<K extends keyof SVGElementTagNameMap>(name: K, attributes: Readonly<Record<string, string | number>>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

/** An SVG image of a QR code for `text`, with `label` as its accessible name. */
export function qrCodeSvg(text: string, label: string): SVGSVGElement {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  const full = size + QUIET_ZONE * 2;
  const svg = svgElement('svg', {
    viewBox: `${-QUIET_ZONE} ${-QUIET_ZONE} ${full} ${full}`,
    role: 'img',
    'aria-label': label,
    'shape-rendering': 'crispEdges',
    class: 'qr-code',
  });
  svg.append(svgElement('rect', { x: -QUIET_ZONE, y: -QUIET_ZONE, width: full, height: full, fill: '#ffffff' }));
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x += 1;
      svg.append(svgElement('rect', { x: start, y, width: x - start, height: 1, fill: '#000000' }));
    }
  });
  return svg;
}
