/**
 * TEMPORARY stand-in for canvas-core's `src/core/canvas` (layoutCanvas / renderCanvasSvg),
 * following the agreed contract, so the preview's plumbing (views, sync, exports) can be
 * built and tested before the real canvas lands. Deleted once src/core/canvas is on main.
 */
import type { JourneyAnalysis } from '../core/index';

export type CanvasTheme = 'light' | 'dark' | 'high-contrast';

export interface CanvasElement {
  readonly id: string;
  readonly kind: 'stage' | 'touchpoint' | 'painPoint' | 'opportunity' | 'metric' | 'lane';
  readonly path: readonly (string | number)[];
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly label: string;
}

export interface CanvasLayout {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly laneLabelWidth: number;
  readonly headerHeight: number;
  readonly elements: readonly CanvasElement[];
}

const CARD_W = 170;
const CARD_H = 56;
const GAP = 12;
const LANE_W = 120;
const HEADER_H = 60;

export function layoutCanvas(analysis: JourneyAnalysis): CanvasLayout {
  const journey = analysis.journey;
  const elements: CanvasElement[] = [];
  let x = LANE_W + GAP;
  const rows = ['touchpoint', 'painPoint', 'opportunity', 'metric'] as const;
  const rowY = (row: number) => HEADER_H + GAP + row * (CARD_H + GAP);
  rows.forEach((kind, row) =>
    elements.push({
      id: `lane-${kind}`,
      kind: 'lane',
      path: [],
      x: 0,
      y: rowY(row),
      width: LANE_W,
      height: CARD_H,
      label: kind,
    }),
  );
  (journey?.stages ?? []).forEach((stage, s) => {
    const start = x;
    const touchpoints = stage.touchpoints ?? [];
    touchpoints.forEach((touchpoint, t) => {
      const base = ['stages', s, 'touchpoints', t];
      elements.push({
        id: `tp-${s}-${t}`,
        kind: 'touchpoint',
        path: base,
        x,
        y: rowY(0),
        width: CARD_W,
        height: CARD_H,
        label: touchpoint.name,
      });
      (touchpoint.painPoints ?? []).slice(0, 1).forEach((pain, p) =>
        elements.push({
          id: `pp-${s}-${t}-${p}`,
          kind: 'painPoint',
          path: [...base, 'painPoints', p],
          x,
          y: rowY(1),
          width: CARD_W,
          height: CARD_H,
          label: pain.description,
        }),
      );
      (touchpoint.opportunities ?? []).slice(0, 1).forEach((opportunity, o) =>
        elements.push({
          id: `op-${s}-${t}-${o}`,
          kind: 'opportunity',
          path: [...base, 'opportunities', o],
          x,
          y: rowY(2),
          width: CARD_W,
          height: CARD_H,
          label: opportunity.description,
        }),
      );
      x += CARD_W + GAP;
    });
    if (touchpoints.length === 0) x += CARD_W + GAP;
    (stage.metrics ?? []).slice(0, 1).forEach((metric, m) =>
      elements.push({
        id: `m-${s}-${m}`,
        kind: 'metric',
        path: ['stages', s, 'metrics', m],
        x: start,
        y: rowY(3),
        width: CARD_W,
        height: CARD_H,
        label: metric.label ?? metric.type,
      }),
    );
    elements.push({
      id: `st-${s}`,
      kind: 'stage',
      path: ['stages', s],
      x: start,
      y: GAP,
      width: x - start - GAP,
      height: HEADER_H - GAP,
      label: stage.name,
    });
  });
  return {
    width: x,
    height: rowY(4),
    title: journey?.journey ?? '',
    laneLabelWidth: LANE_W,
    headerHeight: HEADER_H,
    elements,
  };
}

const COLOURS: Record<CanvasTheme, { bg: string; fg: string; card: string; stroke: string }> = {
  light: { bg: '#ffffff', fg: '#1f1f1f', card: '#eef3fb', stroke: '#4a6fa5' },
  dark: { bg: '#1e1e1e', fg: '#e8e8e8', card: '#2a3344', stroke: '#8fb3e8' },
  'high-contrast': { bg: '#000000', fg: '#ffffff', card: '#000000', stroke: '#ffffff' },
};

export function renderCanvasSvg(layout: CanvasLayout, options: { theme: CanvasTheme }): string {
  const c = COLOURS[options.theme];
  const parts = layout.elements.map((element) => {
    const path = escapeXml(JSON.stringify(element.path));
    const label = escapeXml(element.label);
    const focus = element.kind === 'lane' ? '' : ` data-path="${path}"`;
    return `<g data-id="${escapeXml(element.id)}" data-kind="${element.kind}"${focus}><title>${label}</title><rect x="${element.x}" y="${element.y}" width="${element.width}" height="${element.height}" fill="${c.card}" stroke="${c.stroke}"/><text x="${element.x + 6}" y="${element.y + 20}" font-size="13" font-family="sans-serif" fill="${c.fg}">${label.slice(0, 24)}</text></g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="img"><title>${escapeXml(layout.title)}</title><desc>Journey canvas (placeholder)</desc><rect width="100%" height="100%" fill="${c.bg}"/>${parts.join('')}</svg>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
