/** Marker shapes as polygons (shared by the SVG and PDF writers). */
import type { MarkerShape } from './palette';

/** Points of a marker centred at (x, y) inside a circle of diameter `size`; undefined for a circle. */
export function markerPolygon(shape: MarkerShape, x: number, y: number, size: number): [number, number][] | undefined {
  const r = size / 2;
  const at = (points: [number, number][]): [number, number][] =>
    points.map(([px, py]) => [Math.round((x + px * r) * 100) / 100, Math.round((y + py * r) * 100) / 100]);
  switch (shape) {
    case 'circle':
      return undefined;
    case 'square':
      return at([
        [-0.82, -0.82],
        [0.82, -0.82],
        [0.82, 0.82],
        [-0.82, 0.82],
      ]);
    case 'triangle':
      return at([
        [0, -1.1],
        [1.05, 0.72],
        [-1.05, 0.72],
      ]);
    case 'triangle-down':
      return at([
        [0, 1.1],
        [1.05, -0.72],
        [-1.05, -0.72],
      ]);
    case 'diamond':
      return at([
        [0, -1.15],
        [1.15, 0],
        [0, 1.15],
        [-1.15, 0],
      ]);
    case 'cross': {
      const a = 0.36;
      const b = 1.0;
      return at([
        [-a, -b],
        [a, -b],
        [a, -a],
        [b, -a],
        [b, a],
        [a, a],
        [a, b],
        [-a, b],
        [-a, a],
        [-b, a],
        [-b, -a],
        [-a, -a],
      ]);
    }
    case 'star': {
      const points: [number, number][] = [];
      for (let index = 0; index < 10; index += 1) {
        const angle = -Math.PI / 2 + (index * Math.PI) / 5;
        const radius = index % 2 === 0 ? 1.2 : 0.5;
        points.push([Math.cos(angle) * radius, Math.sin(angle) * radius]);
      }
      return at(points);
    }
    case 'hexagon': {
      const points: [number, number][] = [];
      for (let index = 0; index < 6; index += 1) {
        const angle = (index * Math.PI) / 3;
        points.push([Math.cos(angle), Math.sin(angle)]);
      }
      return at(points);
    }
  }
}
