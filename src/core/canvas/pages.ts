/**
 * Paging the canvas for print and slides: pages split between stages, or between touchpoints of
 * a long stage (never inside a touchpoint); lanes go to a further page when a page is too short
 * for all of them. Every page repeats the map title, the persona legend and the lane names, and
 * keeps text at 9 pt or more whenever its content fits.
 */
import type { JourneyAnalysis } from '../analyze';
import { canvasWords } from './words';
import {
  canvasLanguage,
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
import { LANE_IDS, type CanvasLayout, type LaneId } from './types';

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

/**
 * A layout as one page of its own size, at the scale that prints its smallest text (11 px) at
 * 9 pt: a little over CSS's 0.75 pt per px, so even the unpaged PDF keeps text at 9 pt or more.
 */
export function singlePage(layout: CanvasLayout): CanvasPage {
  const scale = MIN_PRINT_PT / Math.max(MIN_FONT_SIZE, layout.minFontSize);
  return {
    layout,
    scale,
    width: layout.width * scale + 2 * PAGE_MARGIN_PT,
    height: layout.height * scale + 2 * PAGE_MARGIN_PT,
  };
}

/**
 * The pages a PDF of the map holds: the whole canvas on one page of its own size, or paged for
 * print and slides. The CLI and the editor's export both call this, so their PDFs are the same.
 */
export function canvasPages(analysis: JourneyAnalysis, options: CanvasOptions, size?: PageSize): CanvasPage[] {
  return size ? paginateCanvas(analysis, options, size) : [singlePage(layoutCanvas(analysis, options))];
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

function stageWidth(touchpoints: number, perRow: number): number {
  const columns = Math.max(1, Math.min(perRow, touchpoints));
  return columns * CARD_WIDTH + (columns - 1) * GUTTER + 2 * STAGE_PADDING;
}

/** A page's content: stages (or parts of one), the lanes it shows, and how many cards sit side by side. */
interface PageSpec {
  readonly slice: StageSlice[];
  readonly perRow: number;
  readonly hidden: LaneId[];
  readonly short: boolean;
  /** Which band of lanes (0: the top one): pages are ordered by stage, then band. */
  readonly band: number;
}

interface Fit {
  readonly perRow: number;
  readonly scale: number;
}

/**
 * Pages for print and slides, as few as the text size allows. The lanes go in bands (all on one
 * page when they fit; else, say, touchpoints and emotion on one page and pain points,
 * opportunities and metrics on the next): the split that needs the fewest pages wins. Across,
 * each page of a band takes as many whole stages as fit at 9 pt or more, with a stage's cards in
 * as many columns as suit the page's shape (a landscape page holds a stage of 8 touchpoints
 * better as 4 × 2 than as 8 × 1), and the drawing is scaled up to fill the page. Only a stage
 * that cannot fit a page alone is cut, between touchpoints, never inside one. Every page repeats
 * the title, the persona legend and the lane names.
 */
export function paginateCanvas(analysis: JourneyAnalysis, options: CanvasOptions, size: PageSize): CanvasPage[] {
  const journey = analysis.journey;
  if (!journey) {
    const layout = layoutCanvas(analysis, options);
    return [{ layout, scale: pageScale(layout, size), ...PAGE_POINTS[size] }];
  }
  const page = PAGE_POINTS[size];
  const areaWidth = page.width - 2 * PAGE_MARGIN_PT;
  const areaHeight = page.height - 2 * PAGE_MARGIN_PT;
  const base: CanvasOptions = { ...options, header: 'compact' };
  const tr = canvasWords(canvasLanguage(journey, options.language));
  const pageOf = (page: number, count: number): string => tr.t('canvas.page', { page, count });
  // The page number is not known yet: lay out with the widest one it can be.
  const trialOptions: CanvasOptions = { ...base, subtitle: pageOf(888, 888) };
  const model = buildModel(analysis, journey, options.personas ? { personas: options.personas } : {});
  const widthOf = (slice: readonly StageSlice[], perRow: number): number =>
    2 * MARGIN +
    LANE_HEADER_WIDTH +
    slice.reduce((sum, part) => sum + stageWidth(part.touchpoints?.length ?? 1, perRow), 0);
  const cache = new Map<string, CanvasLayout>();
  const trial = (slice: readonly StageSlice[], perRow: number, hidden: readonly LaneId[], short: boolean) => {
    const key = `${perRow}|${short}|${hidden.join()}|${JSON.stringify(slice)}`;
    let layout = cache.get(key);
    if (!layout) {
      layout = layoutCanvas(analysis, {
        ...trialOptions,
        slice,
        touchpointsPerRow: perRow,
        hiddenLanes: [...hidden],
        stageHeaders: short ? 'short' : 'full',
      });
      cache.set(key, layout);
    }
    return layout;
  };
  const textScale = (layout: CanvasLayout): number => Math.max(MIN_FONT_SIZE, layout.minFontSize);
  // The widest drawing a page takes: 9 pt at the smallest font size.
  const maxPx = areaWidth / (MIN_PRINT_PT / MIN_FONT_SIZE);

  /** The columns per row that draw `slice` on one page with the largest text, if any does. */
  const bestFit = (slice: readonly StageSlice[], hidden: readonly LaneId[], short: boolean): Fit | undefined => {
    const most = Math.max(1, ...slice.map((part) => part.touchpoints?.length ?? 1));
    let best: Fit | undefined;
    for (let perRow = most; perRow >= 1; perRow -= 1) {
      if (widthOf(slice, perRow) > maxPx) continue; // too wide before its height is even known
      const layout = trial(slice, perRow, hidden, short);
      const scale = pageScale(layout, size);
      // At an equal scale, fewer columns: the rows come out even (5 cards as 3 + 2, not 4 + 1).
      if (scale * textScale(layout) >= MIN_PRINT_PT - 1e-9 && (!best || scale >= best.scale - 1e-9))
        best = { perRow, scale };
      // Fewer columns only make the page taller: stop once the height alone rules it out.
      if ((areaHeight / layout.height) * textScale(layout) < MIN_PRINT_PT) break;
    }
    return best;
  };

  /** One band's pages across the map; undefined when a touchpoint is too large for a page or `limit` is passed. */
  const packBand = (hidden: LaneId[], short: boolean, band: number, limit: number): PageSpec[] | undefined => {
    const specs: PageSpec[] = [];
    let current: StageSlice[] = [];
    let currentFit: Fit | undefined;
    const push = (slice: StageSlice[], fit: Fit): void => {
      specs.push({ slice, perRow: fit.perRow, hidden, short, band });
    };
    for (const stage of model.stages) {
      if (specs.length > limit) return undefined; // already no better than a split found before
      const all = stage.touchpoints.map((tp) => tp.index);
      const whole: StageSlice = { stageIndex: stage.index, touchpoints: all };
      if (current.length > 0) {
        const fit = bestFit([...current, whole], hidden, short);
        if (fit) {
          current = [...current, whole];
          currentFit = fit;
          continue;
        }
        push(current, currentFit!);
        current = [];
      }
      const alone = bestFit([whole], hidden, short);
      if (alone) {
        current = [whole];
        currentFit = alone;
        continue;
      }
      // A stage too large for a page alone: cut it between touchpoints, as many per page as fit.
      let start = 0;
      while (start < all.length) {
        let taken = 0;
        let fit: Fit | undefined;
        for (let count = all.length - start - (start === 0 ? 1 : 0); count >= 1; count -= 1) {
          const part = { stageIndex: stage.index, touchpoints: all.slice(start, start + count), continued: start > 0 };
          fit = bestFit([part], hidden, short);
          if (fit) {
            taken = count;
            break;
          }
        }
        if (taken === 0 || !fit) return undefined;
        const part = { stageIndex: stage.index, touchpoints: all.slice(start, start + taken), continued: start > 0 };
        start += taken;
        if (start < all.length) push([part], fit);
        else {
          // The stage's last part stays open for the next stage.
          current = [part];
          currentFit = fit;
        }
      }
    }
    if (current.length > 0) push(current, currentFit!);
    return specs;
  };

  // The lanes this map shows, top to bottom, and the ways to cut them into bands of neighbours.
  const lanes = layoutCanvas(analysis, trialOptions).lanes.map((lane) => lane.id);
  if (lanes.length === 0) {
    // No lane to draw (no touchpoints yet, or every lane hidden): the stage headers on one page, not zero pages.
    const layout = layoutCanvas(analysis, { ...base, subtitle: pageOf(1, 1) });
    return [{ layout, scale: pageScale(layout, size), width: page.width, height: page.height }];
  }
  const userHidden = options.hiddenLanes ?? [];
  const hiddenFor = (shown: readonly LaneId[]): LaneId[] => [
    ...userHidden,
    ...LANE_IDS.filter((lane) => !shown.includes(lane) && !userHidden.includes(lane)),
  ];
  let best: PageSpec[] | undefined;
  let bestCount = Infinity;
  for (const bands of laneBands(lanes, lanes.length)) {
    const specs: PageSpec[] = [];
    let fits = true;
    for (const [band, shown] of bands.entries()) {
      // Merging bands saves a page at most per page of the first band: stop a split that cannot win.
      const packed = packBand(hiddenFor(shown), band > 0, band, 2 * bestCount - specs.length);
      if (!packed) {
        fits = false;
        break;
      }
      specs.push(...packed);
    }
    if (!fits) continue;
    const count = finish(specs).length;
    if (count < bestCount) {
      best = specs;
      bestCount = count;
    }
  }
  // Nothing fits at 9 pt (a touchpoint taller than a page even with one lane): one lane and one
  // touchpoint per page, scaled to fit.
  best ??= lanes.flatMap((lane, band) =>
    model.stages.flatMap((stage) =>
      stage.touchpoints.map<PageSpec>((tp, position) => ({
        slice: [{ stageIndex: stage.index, touchpoints: [tp.index], continued: position > 0 }],
        perRow: 1,
        hidden: hiddenFor([lane]),
        short: band > 0,
        band,
      })),
    ),
  );
  /** Reading order (by stage, then band), without empty bands, neighbouring bands of the same stages merged when they fit. */
  function finish(specs: readonly PageSpec[]): PageSpec[] {
    const sorted = [...specs]
      // A band with nothing in it for these stages (no pain points there, say) is no page.
      .filter((spec) => trial(spec.slice, spec.perRow, spec.hidden, spec.short).lanes.length > 0)
      .sort((a, b) => first(a) - first(b) || a.band - b.band);
    // Neighbouring bands of the same stages that fit one page together share it.
    const ordered: PageSpec[] = [];
    for (const spec of sorted) {
      const previous = ordered[ordered.length - 1];
      if (previous && JSON.stringify(previous.slice) === JSON.stringify(spec.slice)) {
        const hidden = previous.hidden.filter((lane) => spec.hidden.includes(lane));
        const fit = bestFit(spec.slice, hidden, previous.short);
        if (fit) {
          ordered[ordered.length - 1] = { ...previous, hidden, perRow: fit.perRow };
          continue;
        }
      }
      ordered.push(spec);
    }
    return ordered;
  }

  /** Reading order: by stage, then the bands of the same stages top to bottom. */
  function first(spec: PageSpec): number {
    const part = spec.slice[0]!;
    return part.stageIndex * 100_000 + (part.touchpoints?.[0] ?? 0);
  }
  const ordered = finish(best);
  return ordered.map((spec, index) => {
    const layout = layoutCanvas(analysis, {
      ...base,
      slice: spec.slice,
      touchpointsPerRow: spec.perRow,
      hiddenLanes: spec.hidden,
      stageHeaders: spec.short ? 'short' : 'full',
      subtitle: pageOf(index + 1, ordered.length),
    });
    return { layout, scale: pageScale(layout, size), width: page.width, height: page.height };
  });
}

/** The ways to cut `lanes` into at most `most` bands of neighbouring lanes, fewest bands first. */
function laneBands(lanes: readonly LaneId[], most: number): LaneId[][][] {
  const out: LaneId[][][] = [];
  const cut = (rest: readonly LaneId[], bands: number): LaneId[][][] => {
    if (bands === 1) return rest.length > 0 ? [[[...rest]]] : [];
    const ways: LaneId[][][] = [];
    for (let at = 1; at < rest.length; at += 1)
      for (const tail of cut(rest.slice(at), bands - 1)) ways.push([[...rest.slice(0, at)], ...tail]);
    return ways;
  };
  for (let bands = 1; bands <= Math.min(most, lanes.length); bands += 1) out.push(...cut(lanes, bands));
  return out;
}
