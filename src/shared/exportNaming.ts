/**
 * How an exported file is named, in one place for the command line (`journey-map export`,
 * `render -o` defaults) and the editor's export commands, so both put the same file beside
 * a map: `delivery.journey.yaml` → `delivery.svg`, `delivery.png`, `delivery.md`,
 * `delivery.mmd`, and for the journey canvas `delivery.map.svg`, `.map.png`, `.map.pdf`.
 * Pure: no vscode, no Node.
 */
import { JOURNEY_FILE_PATTERN } from './journeyFiles';

export const EXPORT_SUFFIXES = {
  svg: '.svg',
  png: '.png',
  markdown: '.md',
  mermaid: '.mmd',
  'map-svg': '.map.svg',
  'map-png': '.map.png',
  'map-pdf': '.map.pdf',
} as const;

export type ExportNamingKind = keyof typeof EXPORT_SUFFIXES;

/** A map's name without its `.journey.yaml` / `.journey.yml` (or plain `.yaml` / `.yml`) ending. */
export function mapBaseName(mapFileName: string): string {
  const base = mapFileName.replace(JOURNEY_FILE_PATTERN, '').replace(/\.ya?ml$/i, '');
  // A file called just ".journey.yaml" keeps a usable name.
  return base === '' ? 'journey' : base;
}

/** `delivery.journey.yaml`, 'svg' → `delivery.svg`. Takes a file name, not a path. */
export function exportFileName(mapFileName: string, kind: ExportNamingKind): string {
  return mapBaseName(mapFileName) + EXPORT_SUFFIXES[kind];
}
