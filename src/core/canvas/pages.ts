/**
 * Paging the canvas for print and slides: pages split between stages, or between touchpoints of
 * a long stage (never inside a touchpoint); lanes go to a further page when a page is too short
 * for all of them. Every page repeats the map title, the persona legend and the lane names, and
 * keeps text at 9 pt or more whenever its content fits.
 */
import type { JourneyAnalysis } from '../analyze';
import {
  CARD_WIDTH,
  GUTTER,
  LANE_HEADER_WIDTH,
  layoutCanvas,
  MARGIN,
  STAGE_PADDING,
  type CanvasOptions,
  type StageSlice,
} from './layout';
import { buildModel } from './model';
import { MIN_FONT_SIZE } from './stack';
import type { CanvasLayout, LaneId } from './types';

export type PageSize = 'a4' | 'a3' | 'letter' | '16:9';
export const PAGE_SIZES: readonly PageSize[] = ['a4', 'a3', 'letter', '16:9'];

/** Landscape page sizes in PDF points (1/72 in). 16:9 is PowerPoint's 13.33 × 7.5 in slide. */
export const PAGE_POINTS: Readonly<Record<PageSize, { width: number; height: number }>> = {
  a4: { width: 841.89, height: 595.28 },
  a3: { width: 1190.55, height: 841.89 },
  letter: { width: 792, height: 612 },
  '16:9': { width: 960, height: 540 },
};
export const PAGE_MARGIN_PT = 24;
/** The smallest text a printed page may carry, in points. */
export const MIN_PRINT_PT = 9;
/** Canvas px → PDF pt when the page is drawn at its largest scale. */
const MAX_SCALE = 1;

export interface CanvasPage {
  readonly layout: CanvasLayout;
  /** pt per canvas px on this page. */
  readonly scale: number;
  readonly width: number;
  readonly height: number;
}

/** pt per px that fits `layout` in the page's printable area. */
export function pageScale(layout: CanvasLayout, size: PageSize): number {
  const page = PAGE_POINTS[size];
  return Math.min(
    MAX_SCALE,
    (page.width - 2 * PAGE_MARGIN_PT) / layout.width,
    (page.height - 2 * PAGE_MARGIN_PT) / layout.height,
  );
}

function sliceWidth(touchpoints: number): number {
  const columns = Math.max(1, touchpoints);
  return columns * CARD_WIDTH + (columns - 1) * GUTTER + 2 * STAGE_PADDING;
}

export function paginateCanvas(analysis: JourneyAnalysis, options: CanvasOptions, size: PageSize): CanvasPage[] {
  const journey = analysis.journey;
  if (!journey) {
    const layout = layoutCanvas(analysis, options);
    return [{ layout, scale: pageScale(layout, size), ...PAGE_POINTS[size] }];
  }
  const page = PAGE_POINTS[size];
  const minScale = MIN_PRINT_PT / MIN_FONT_SIZE;
  const maxWidth = (page.width - 2 * PAGE_MARGIN_PT) / minScale;
  const maxHeight = (page.height - 2 * PAGE_MARGIN_PT) / minScale;
  const room = maxWidth - 2 * MARGIN - LANE_HEADER_WIDTH;

  // Columns: stages, cut between touchpoints when one stage is wider than a page.
  const model = buildModel(analysis, journey, options.personas ? { personas: options.personas } : {});
  const groups: StageSlice[][] = [];
  let current: StageSlice[] = [];
  let used = 0;
  const flush = (): void => {
    if (current.length > 0) groups.push(current);
    current = [];
    used = 0;
  };
  const perPage = Math.max(1, Math.floor((room - 2 * STAGE_PADDING + GUTTER) / (CARD_WIDTH + GUTTER)));
  for (const stage of model.stages) {
    const indices = stage.touchpoints.map((tp) => tp.index);
    const width = sliceWidth(indices.length);
    if (used + width <= room) {
      // The whole stage fits beside what the page holds.
      current.push({ stageIndex: stage.index, touchpoints: indices });
      used += width;
      continue;
    }
    flush();
    if (width <= room) {
      current.push({ stageIndex: stage.index, touchpoints: indices });
      used += width;
      continue;
    }
    // A stage wider than a page: cut it between touchpoints, full pages first; the last part
    // stays open for the next stage.
    const size = perPage;
    for (let start = 0; start < indices.length; start += size) {
      const chunk = indices.slice(start, start + size);
      current.push({ stageIndex: stage.index, touchpoints: chunk, continued: start > 0 });
      used += sliceWidth(chunk.length);
      if (start + size < indices.length) flush();
    }
  }
  flush();

  // Rows: all lanes on one page when they fit, else lanes in groups.
  const base: CanvasOptions = { ...options, touchpointsPerRow: Number.MAX_SAFE_INTEGER, header: 'compact' };
  const specs: { slice: StageSlice[]; hidden: LaneId[]; short?: boolean }[] = [];
  for (const slice of groups) {
    const full = layoutCanvas(analysis, { ...base, slice });
    if (full.height <= maxHeight || full.lanes.length <= 1) {
      specs.push({ slice, hidden: [...(options.hiddenLanes ?? [])] });
      continue;
    }
    const lanes = full.lanes.map((lane) => lane.id);
    let group: LaneId[] = [];
    const hiddenFor = (shown: readonly LaneId[]): LaneId[] => [
      ...(options.hiddenLanes ?? []),
      ...lanes.filter((lane) => !shown.includes(lane)),
    ];
    for (const lane of lanes) {
      const candidate = [...group, lane];
      const short = !candidate.includes(lanes[0]!);
      const trial = layoutCanvas(analysis, {
        ...base,
        slice,
        hiddenLanes: hiddenFor(candidate),
        stageHeaders: short ? 'short' : 'full',
      });
      if (trial.height <= maxHeight || group.length === 0) group = candidate;
      else {
        specs.push({ slice, hidden: hiddenFor(group), short: !group.includes(lanes[0]!) });
        group = [lane];
      }
    }
    if (group.length > 0) specs.push({ slice, hidden: hiddenFor(group), short: !group.includes(lanes[0]!) });
  }
  return specs.map((spec, index) => {
    const layout = layoutCanvas(analysis, {
      ...base,
      slice: spec.slice,
      hiddenLanes: spec.hidden,
      stageHeaders: spec.short ? 'short' : 'full',
      subtitle: `page ${index + 1} of ${specs.length}`,
    });
    return { layout, scale: pageScale(layout, size), width: page.width, height: page.height };
  });
}
