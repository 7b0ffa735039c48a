/**
 * layoutCanvas: a journey analysis → positioned boxes, lines and texts (pure, no DOM).
 * Stages are columns, lanes are rows: Touchpoints, Emotion, Pain points, Opportunities,
 * Backstage, Metrics. Inside a stage, touchpoint cards fill a grid of at most `touchpointsPerRow`
 * columns (2 by default: a stage column is at most 380 px wide, which beside the 140 px of lane
 * names keeps one whole stage readable in a 600 px side panel), and each touchpoint's pain
 * points, opportunities and backstage sit in its grid column, under it.
 */
import {
  type Card,
  describeFinding,
  elementId,
  gapMarkers,
  metricCard,
  opportunityCard,
  painPointCard,
  personaCard,
  personaKey,
  stageHeader,
  touchpointCard,
} from './cards';
import { backstageCard, hasBackstage } from './backstage';
import { formatValue, KNOWN_KEYS, otherFields } from './fields';
import { CANVAS_FONT_FAMILY } from './font/measure';
import {
  buildModel,
  type CanvasModel,
  type CanvasSource,
  type DrawnFinding,
  pathKey,
  type PersonaModel,
  type StageModel,
  type TouchpointModel,
} from './model';
import { personaStyle } from './palette';
import { MIN_FONT_SIZE, rect, round, Stack, textBlock } from './stack';
import { oneLine } from './text';
import {
  type CanvasElement,
  type CanvasLane,
  type CanvasLayout,
  type CanvasShape,
  type CanvasStageColumn,
  type CanvasText,
  LANE_IDS,
  type LaneId,
} from './types';
import { valueAt } from '../values';
import { pickLanguage, type Language } from '../l10n/language';
import { canvasWords, type CanvasWords } from './words';

export const LANE_HEADER_WIDTH = 124;
export const CARD_WIDTH = 172;
export const GUTTER = 12;
export const STAGE_PADDING = 12;
export const MARGIN = 16;
export const DEFAULT_TOUCHPOINTS_PER_ROW = 2;
const EMOTION_TOP = 22;
const EMOTION_STEP = 26;
const EMOTION_HEIGHT = EMOTION_TOP + 4 * EMOTION_STEP + 48;

/** The lanes' names in a language (the preview's lane filter lists them in the reader's). */
export function laneLabels(language: Language): Readonly<Record<LaneId, string>> {
  const tr = canvasWords(language);
  return Object.fromEntries(LANE_IDS.map((lane) => [lane, laneLabel(lane, tr)])) as Record<LaneId, string>;
}

function laneLabel(lane: LaneId, tr: CanvasWords): string {
  return tr.t(`canvas.lane.${lane}`);
}

/** The language a canvas of this map is drawn in: the map's own `language`, else the reader's (as the exports). */
export function canvasLanguage(journey: { readonly language?: unknown } | undefined, reader?: Language): Language {
  return pickLanguage(typeof journey?.language === 'string' ? journey.language : undefined, reader);
}

/** Which part of the map a (paged) layout draws: a stage, or some of its touchpoints. */
export interface StageSlice {
  readonly stageIndex: number;
  /** Indices into the stage's touchpoints; all when left out. */
  readonly touchpoints?: readonly number[];
  /** The stage began on an earlier page. */
  readonly continued?: boolean;
}

export interface CanvasOptions {
  /** Persona ids to show (one, several); all when left out or empty. */
  readonly personas?: readonly string[];
  readonly hiddenLanes?: readonly LaneId[];
  /** Touchpoint cards side by side in a stage before wrapping; 2 by default. */
  readonly touchpointsPerRow?: number;
  /** Draw only these stages / touchpoints (pages). */
  readonly slice?: readonly StageSlice[];
  /** 'full' (default): title, description and persona cards; 'compact': a title line and the persona legend (pages). */
  readonly header?: 'full' | 'compact';
  /** Shown after the title in a compact header, e.g. "page 2 of 5". */
  readonly subtitle?: string;
  /** 'short': stage headers show the name only (pages that continue a stage's lanes). */
  readonly stageHeaders?: 'full' | 'short';
  /**
   * The reader's language (the editor's display language, the CLI's --lang); English when left
   * out. A map that declares its own `language` is drawn in that, as its exports are. Findings
   * are drawn with the message they carry: word them first with withLocalFindings (localFindings.ts).
   */
  readonly language?: Language;
}

interface ShownStage {
  readonly model: StageModel;
  readonly touchpoints: TouchpointModel[];
  readonly continued: boolean;
  readonly columns: number;
  readonly x: number;
  readonly width: number;
}

interface Placed {
  readonly elements: CanvasElement[];
  readonly height: number;
}

export function layoutCanvas(analysis: CanvasSource, options: CanvasOptions = {}): CanvasLayout {
  const journey = analysis.journey;
  const language = canvasLanguage(journey, options.language);
  const tr = canvasWords(language);
  if (!journey) return unreadableLayout(analysis, tr);
  const model = buildModel(analysis, journey, {
    ...(options.personas ? { personas: options.personas } : {}),
    everyone: tr.t('canvas.allCustomers'),
  });
  const perRow = Math.max(1, Math.floor(options.touchpointsPerRow ?? DEFAULT_TOUCHPOINTS_PER_ROW));
  const hidden = new Set(options.hiddenLanes ?? []);

  // Columns.
  const slices: readonly StageSlice[] = options.slice ?? model.stages.map((stage) => ({ stageIndex: stage.index }));
  const shown: ShownStage[] = [];
  let x = MARGIN + LANE_HEADER_WIDTH;
  for (const slice of slices) {
    const stage = model.stages[slice.stageIndex];
    if (!stage) continue;
    const touchpoints = slice.touchpoints
      ? stage.touchpoints.filter((tp) => slice.touchpoints!.includes(tp.index))
      : stage.touchpoints;
    const columns = Math.max(1, Math.min(perRow, touchpoints.length));
    const width = columns * CARD_WIDTH + (columns - 1) * GUTTER + 2 * STAGE_PADDING;
    shown.push({ model: stage, touchpoints, continued: slice.continued === true, columns, x, width });
    x += width;
  }
  const gridRight = x;
  const canvasWidth = Math.max(gridRight + MARGIN, 600);

  // Title and personas.
  const header =
    options.header === 'compact'
      ? compactHeader(model, options.subtitle, canvasWidth, tr)
      : fullHeader(model, canvasWidth, tr);
  const elements: CanvasElement[] = [];
  const overlays: CanvasElement[] = [];
  let y = header.height;

  // Stage headers.
  const headerCards = shown.map((stage) =>
    stageHeader(
      stage.model,
      stage.x + 4,
      0,
      stage.width - 8,
      stage.continued,
      options.stageHeaders === 'short' ? undefined : model.findingsByElement.get(pathKey(stage.model.path)),
      options.stageHeaders === 'short',
      model.allPersonas,
      tr,
    ),
  );
  const headerHeight = Math.max(0, ...headerCards.map((card) => card.height));
  const stageHeaderY = y;
  for (const card of headerCards) {
    elements.push(shift(stretch(card.element, headerHeight), 0, y));
    overlays.push(...card.markers.map((marker) => shift(marker, 0, y)));
  }
  y += headerHeight + 8;

  // Lanes.
  const lanes: CanvasLane[] = [];
  const laneElements: CanvasElement[] = [];
  const allShown = model.personas.length === model.allPersonas.length;
  for (const lane of LANE_IDS) {
    if (hidden.has(lane)) continue;
    const placed = lane === 'emotion' ? emotionLane(model, shown, tr) : cardLane(lane, model, shown, allShown, y, tr);
    if (!placed) continue;
    const height = placed.height;
    lanes.push({ id: lane, label: laneLabel(lane, tr), y: round(y), height: round(height) });
    laneElements.push(laneBand(lane, lanes.length, y, height, gridRight, shown, tr));
    const dy = lane === 'emotion' ? y : 0;
    for (const element of placed.elements) (element.kind === 'gap' ? overlays : elements).push(shift(element, 0, dy));
    y += height;
  }
  const height = round(y + MARGIN);
  const personas = model.personas.map((persona) => ({ id: persona.id, name: persona.name, index: persona.index }));
  const all = [...laneElements, ...header.elements, ...elements, ...overlays];
  return {
    width: round(canvasWidth),
    height,
    title: oneLine(journey.journey) || tr.t('canvas.untitled'),
    description: describe(model, shown, lanes, tr),
    language,
    fontFamily: CANVAS_FONT_FAMILY,
    laneHeaderWidth: MARGIN + LANE_HEADER_WIDTH,
    stageHeader: { y: round(stageHeaderY), height: round(headerHeight) },
    lanes,
    stages: shown.map<CanvasStageColumn>((stage) => ({
      id: elementId('stage', stage.model.path),
      index: stage.model.index,
      path: stage.model.path,
      x: round(stage.x),
      width: round(stage.width),
    })),
    personas,
    elements: all,
    minFontSize: Math.min(...all.flatMap((element) => element.texts.map((text) => text.fontSize)), MIN_FONT_SIZE),
  };
}

function describe(
  model: CanvasModel,
  shown: readonly ShownStage[],
  lanes: readonly CanvasLane[],
  tr: CanvasWords,
): string {
  const touchpoints = shown.reduce((sum, stage) => sum + stage.touchpoints.length, 0);
  const names = model.personas.map((persona) => persona.name).filter(Boolean);
  return tr.t('canvas.description', {
    title: oneLine(model.journey.journey),
    stages: tr.t('canvas.description.stages', { count: shown.length }),
    stageNames: shown.map((stage) => oneLine(stage.model.stage.name)).join(', '),
    touchpoints: tr.t('canvas.description.touchpoints', { count: touchpoints }),
    personas:
      names.length && model.personas[0]!.id !== ''
        ? tr.t('canvas.description.personas', { names: names.join(', ') })
        : '',
    lanes: lanes.map((lane) => lane.label).join(', '),
    findings: model.findingCount > 0 ? tr.t('canvas.description.findings', { count: model.findingCount }) : '',
  });
}

/** Moves an element (its box, shapes and texts) by dx, dy. */
export function shift(element: CanvasElement, dx: number, dy: number): CanvasElement {
  if (dx === 0 && dy === 0) return element;
  const box = (r: { x: number; y: number; width: number; height: number }) => ({
    ...r,
    x: round(r.x + dx),
    y: round(r.y + dy),
  });
  return {
    ...element,
    box: box(element.box),
    shapes: element.shapes.map((shape) => shiftShape(shape, dx, dy)),
    texts: element.texts.map((text) => ({ ...text, x: round(text.x + dx), y: round(text.y + dy), box: box(text.box) })),
  };
}

function shiftShape(shape: CanvasShape, dx: number, dy: number): CanvasShape {
  switch (shape.type) {
    case 'rect':
    case 'marker':
      return { ...shape, x: round(shape.x + dx), y: round(shape.y + dy) };
    case 'line':
      return {
        ...shape,
        x1: round(shape.x1 + dx),
        y1: round(shape.y1 + dy),
        x2: round(shape.x2 + dx),
        y2: round(shape.y2 + dy),
      };
    case 'polyline':
      return { ...shape, points: shape.points.map(([px, py]) => [round(px + dx), round(py + dy)] as const) };
  }
}

/** A card made taller (grid rows and the stage header row share one height). */
function stretch(element: CanvasElement, height: number): CanvasElement {
  if (element.box.height >= height) return element;
  const [background, ...rest] = element.shapes;
  return {
    ...element,
    box: { ...element.box, height: round(height) },
    shapes:
      background && background.type === 'rect' ? [{ ...background, height: round(height) }, ...rest] : element.shapes,
  };
}

function findingsOf(model: CanvasModel, path: readonly (string | number)[]): DrawnFinding[] | undefined {
  return model.findingsByElement.get(pathKey(path));
}

/** Touchpoints, pain points, opportunities or metrics of every shown stage; undefined when all are empty. */
function cardLane(
  lane: LaneId,
  model: CanvasModel,
  shown: readonly ShownStage[],
  allShown: boolean,
  top: number,
  tr: CanvasWords,
): Placed | undefined {
  // Cards are built where they end up (`top` is the lane's top): shifting thousands of finished
  // cards afterwards cost a copy of each, and most of a 1,000-touchpoint layout's garbage.
  const elements: CanvasElement[] = [];
  let tallest = 0;
  let any = false;
  for (const stage of shown) {
    const columnX = (column: number) => stage.x + STAGE_PADDING + column * (CARD_WIDTH + GUTTER);
    const bottoms = new Array<number>(stage.columns).fill(top + STAGE_PADDING);
    if (lane === 'touchpoints') {
      let rowTop = top + STAGE_PADDING;
      for (let start = 0; start < stage.touchpoints.length; start += stage.columns) {
        const row = stage.touchpoints.slice(start, start + stage.columns);
        const cards = row.map((tp, column) =>
          touchpointCard(
            tp,
            columnX(column),
            rowTop,
            CARD_WIDTH,
            allShown,
            findingsOf(model, tp.path),
            model.allPersonas,
            tr,
          ),
        );
        const rowHeight = Math.max(...cards.map((card) => card.height));
        for (const card of cards) elements.push(stretch(card.element, rowHeight), ...card.markers);
        rowTop += rowHeight + GUTTER;
        any = true;
      }
      tallest = Math.max(tallest, rowTop - top - GUTTER + STAGE_PADDING);
      continue;
    }
    if (lane === 'metrics') {
      for (const [index, metric] of stage.model.metrics.entries()) {
        const at =
          metric.scope === 'touchpoint'
            ? stage.touchpoints.find((tp) => tp.index === metric.touchpointIndex)
            : undefined;
        if (metric.scope === 'touchpoint' && !at) continue;
        if (metric.scope === 'stage' && stage.continued) continue;
        const column = index % stage.columns;
        const raw = valueAt(model.journey, metric.path);
        const card = metricCard(
          metric,
          raw,
          at,
          columnX(column),
          bottoms[column]!,
          CARD_WIDTH,
          findingsOf(model, metric.path),
          tr,
        );
        elements.push(card.element, ...card.markers);
        bottoms[column]! += card.height + GUTTER;
        any = true;
      }
    } else {
      for (const [position, tp] of stage.touchpoints.entries()) {
        const column = position % stage.columns;
        const items = lane === 'painPoints' ? tp.painPoints : lane === 'opportunities' ? tp.opportunities : [];
        const blueprint = lane === 'backstage' && hasBackstage(tp);
        if (items.length === 0 && !blueprint) continue;
        const heading = textBlock(
          `${tp.number} · ${oneLine(tp.touchpoint.name)}`,
          columnX(column),
          bottoms[column]!,
          CARD_WIDTH,
          {
            size: 11,
            bold: true,
            color: 'muted',
            maxLines: 1,
          },
        );
        if (heading) {
          elements.push({
            id: `${lane}-heading:${tp.path.join('/')}`,
            kind: 'legend',
            path: tp.path,
            label: tr.t('canvas.lane.ofTouchpoint', { lane: laneLabel(lane, tr), number: tp.number }),
            box: heading.text.box,
            shapes: [],
            texts: [heading.text],
            interactive: false,
          });
          bottoms[column]! += heading.height + 4;
        }
        if (blueprint) {
          const card = backstageCard(
            tp,
            columnX(column),
            bottoms[column]!,
            CARD_WIDTH,
            findingsOf(model, [...tp.path, 'backstage']),
            tr,
          );
          elements.push(card.element, ...card.markers);
          bottoms[column]! += card.height + 8;
          any = true;
        }
        for (const item of items) {
          const card =
            lane === 'painPoints'
              ? painPointCard(
                  item as (typeof tp.painPoints)[number],
                  columnX(column),
                  bottoms[column]!,
                  CARD_WIDTH,
                  findingsOf(model, item.path),
                  tr,
                )
              : opportunityCard(
                  item as (typeof tp.opportunities)[number],
                  columnX(column),
                  bottoms[column]!,
                  CARD_WIDTH,
                  findingsOf(model, item.path),
                  tr,
                );
          elements.push(card.element, ...card.markers);
          bottoms[column]! += card.height + 8;
          any = true;
        }
        bottoms[column]! += GUTTER - 8;
      }
    }
    tallest = Math.max(tallest, ...bottoms.map((bottom) => bottom - top - GUTTER + STAGE_PADDING + 4));
  }
  return any ? { elements, height: Math.max(tallest, 40) } : undefined;
}

export function emotionY(score: number): number {
  return EMOTION_TOP + (5 - score) * EMOTION_STEP;
}

const SCORE_WORDS = [
  'canvas.emotion.word.1',
  'canvas.emotion.word.2',
  'canvas.emotion.word.3',
  'canvas.emotion.word.4',
  'canvas.emotion.word.5',
] as const;

/** One curve per shown persona across all shown stages; an unscored touchpoint breaks its curve. */
function emotionLane(model: CanvasModel, shown: readonly ShownStage[], tr: CanvasWords): Placed | undefined {
  const scored = shown.some((stage) =>
    stage.touchpoints.some((tp) => [...tp.scores.values()].some((v) => v !== undefined)),
  );
  if (!scored) return undefined;
  const elements: CanvasElement[] = [];
  const curves = new Map<string, [number, number][][]>(model.personas.map((persona) => [persona.id, [[]]]));
  const personaCount = model.personas.length;
  const jitter = (persona: PersonaModel) =>
    personaCount > 1 ? (model.personas.indexOf(persona) - (personaCount - 1) / 2) * 3 : 0;
  const bottom = emotionY(1);
  const missingY = bottom + 16;
  const tickTop = missingY + 10;
  for (const stage of shown) {
    const inner = stage.width - 2 * STAGE_PADDING;
    const count = stage.touchpoints.length;
    const slot = count > 0 ? inner / count : inner;
    // Show every n-th touchpoint number when the slots are too narrow for all of them.
    const widest = Math.max(12, ...stage.touchpoints.map((tp) => String(tp.number).length * 7.5 + 4));
    const every = Math.max(1, Math.ceil(widest / slot));
    for (const [position, tp] of stage.touchpoints.entries()) {
      const cx = stage.x + STAGE_PADDING + (position + 0.5) * slot;
      const shapes: CanvasShape[] = [];
      const texts: CanvasText[] = [];
      const parts: string[] = [];
      const moment = tp.touchpoint.momentOfTruth === true;
      for (const persona of model.personas) {
        if (!tp.scores.has(persona.id)) continue; // not this persona's touchpoint: its curve passes by
        const score = tp.scores.get(persona.id);
        const segments = curves.get(persona.id)!;
        const style = personaStyle(persona.index);
        const px = round(cx + jitter(persona));
        const name = persona.id === '' ? tr.t('canvas.emotion.everyone') : persona.name;
        if (score === undefined) {
          if (segments[segments.length - 1]!.length > 0) segments.push([]);
          shapes.push({
            type: 'marker',
            shape: style.marker,
            x: px,
            y: round(missingY),
            size: 8,
            fill: 'background',
            stroke: `persona:${persona.index}`,
            strokeWidth: 1.5,
          });
          parts.push(tr.t('canvas.emotion.notScored', { name }));
          continue;
        }
        const py = round(emotionY(score));
        segments[segments.length - 1]!.push([px, py]);
        const low = score <= 2;
        if (low && moment)
          shapes.push({
            type: 'marker',
            shape: 'circle',
            x: px,
            y: py,
            size: 22,
            fill: 'none',
            stroke: 'danger',
            strokeWidth: 2,
          });
        shapes.push({
          type: 'marker',
          shape: style.marker,
          x: px,
          y: py,
          size: 11,
          fill: `persona:${persona.index}`,
          stroke: 'background',
          strokeWidth: 1,
        });
        parts.push(
          tr.t('canvas.emotion.score', {
            name,
            score: Math.round(score * 10) / 10,
            word: tr.t(SCORE_WORDS[Math.round(score) - 1]!),
          }),
        );
      }
      // A valley: the lowest score here is 2 or less: shade the slot behind the curves.
      const scores = [...tp.scores.values()].filter((value): value is number => value !== undefined);
      const valley = scores.length > 0 && Math.min(...scores) <= 2;
      const slotX = stage.x + STAGE_PADDING + position * slot;
      const background: CanvasShape[] = valley
        ? [
            {
              type: 'rect',
              x: round(slotX + 1),
              y: round(emotionY(2) - EMOTION_STEP / 2),
              width: round(Math.max(2, slot - 2)),
              height: round(bottom - emotionY(2) + EMOTION_STEP),
              rx: 3,
              fill: 'valley',
            },
          ]
        : [];
      if (position % every === 0) {
        const tick = textBlock(String(tp.number), cx, tickTop, Math.max(slot * every - 2, 12), {
          size: MIN_FONT_SIZE,
          color: 'muted',
          anchor: 'middle',
          maxLines: 1,
        });
        if (tick) texts.push(tick.text);
      }
      const label = tr.t('canvas.emotion.label', {
        number: tp.number,
        name: oneLine(tp.touchpoint.name),
        moment: moment ? tr.t('canvas.emotion.label.moment') : '',
        valley: valley ? tr.t('canvas.emotion.label.valley') : '',
        parts: parts.join('; ') || tr.t('canvas.emotion.label.noPersona'),
      });
      elements.push({
        id: elementId('emotion', tp.path),
        kind: 'emotion',
        path: tp.touchpoint.emotion !== undefined ? [...tp.path, 'emotion'] : tp.path,
        label,
        box: rect(slotX, 0, slot, EMOTION_HEIGHT),
        shapes: [...background, ...shapes],
        texts,
        tooltip: label,
        interactive: true,
      });
    }
  }
  // Curves go under the markers: insert them first.
  const curveElements: CanvasElement[] = [];
  for (const persona of model.personas) {
    const style = personaStyle(persona.index);
    const segments = curves.get(persona.id)!.filter((segment) => segment.length > 0);
    if (segments.length === 0) continue;
    curveElements.push({
      id: `curve:${persona.index}`,
      kind: 'legend',
      path: persona.path,
      label: tr.t('canvas.emotion.curve', {
        name: persona.id === '' ? tr.t('canvas.emotion.curve.everyone') : persona.name,
      }),
      box: rect(MARGIN + LANE_HEADER_WIDTH, 0, 1, EMOTION_HEIGHT),
      shapes: segments.map((points) => ({
        type: 'polyline' as const,
        points,
        stroke: `persona:${persona.index}` as const,
        strokeWidth: 2.5,
        ...(style.dash ? { dash: style.dash } : {}),
      })),
      texts: [],
      interactive: false,
    });
  }
  // Valley bands under the curves, curves under the markers.
  const bands: CanvasElement[] = [];
  const points: CanvasElement[] = [];
  for (const element of elements) {
    const rects = element.shapes.filter((shape) => shape.type === 'rect');
    if (rects.length > 0)
      bands.push({
        id: `${element.id}#valley`,
        kind: 'legend',
        path: element.path,
        label: tr.t('canvas.emotion.valley'),
        box: element.box,
        shapes: rects,
        texts: [],
        interactive: false,
      });
    points.push({ ...element, shapes: element.shapes.filter((shape) => shape.type !== 'rect') });
  }
  return {
    elements: [...bands, ...curveElements, ...points],
    height: EMOTION_HEIGHT,
  };
}

/** The lane's background band, name and (emotion) scale, across the whole grid. */
function laneBand(
  lane: LaneId,
  order: number,
  top: number,
  height: number,
  right: number,
  shown: readonly ShownStage[],
  tr: CanvasWords,
): CanvasElement {
  const shapes: CanvasShape[] = [
    {
      type: 'rect',
      x: MARGIN,
      y: round(top),
      width: round(right - MARGIN),
      height: round(height),
      fill: order % 2 === 1 ? 'laneBand' : 'laneBandAlt',
    },
    { type: 'line', x1: MARGIN, y1: round(top), x2: round(right), y2: round(top), stroke: 'grid', strokeWidth: 1 },
  ];
  for (const stage of shown.slice(1))
    shapes.push({
      type: 'line',
      x1: round(stage.x),
      y1: round(top),
      x2: round(stage.x),
      y2: round(top + height),
      stroke: 'grid',
      strokeWidth: 1,
    });
  const texts: CanvasText[] = [];
  const name = textBlock(
    laneLabel(lane, tr),
    MARGIN + 8,
    top + 10,
    lane === 'emotion' ? LANE_HEADER_WIDTH - 44 : LANE_HEADER_WIDTH - 16,
    { size: 12, bold: true, color: 'laneName', maxLines: 2 },
  );
  if (name) texts.push(name.text);
  if (lane === 'emotion') {
    for (let score = 1; score <= 5; score += 1) {
      const levelY = top + emotionY(score);
      shapes.push({
        type: 'line',
        x1: MARGIN + LANE_HEADER_WIDTH,
        y1: round(levelY),
        x2: round(right),
        y2: round(levelY),
        stroke: 'grid',
        strokeWidth: score === 3 ? 1 : 0.5,
        ...(score === 3 ? {} : { dash: '2 3' }),
      });
      const label = textBlock(String(score), MARGIN + LANE_HEADER_WIDTH - 8, levelY - 8, 20, {
        size: MIN_FONT_SIZE,
        color: 'muted',
        anchor: 'end',
        maxLines: 1,
      });
      if (label) texts.push(label.text);
    }
    const words = textBlock(
      tr.t('canvas.emotion.notScoredLegend'),
      MARGIN + 8,
      top + emotionY(1) + 9,
      LANE_HEADER_WIDTH - 16,
      {
        size: MIN_FONT_SIZE,
        color: 'muted',
        maxLines: 4,
      },
    );
    if (words) texts.push(words.text);
  }
  return {
    id: `lane:${lane}`,
    kind: 'lane',
    path: [],
    label: tr.t('canvas.lane.label', { lane: laneLabel(lane, tr) }),
    box: rect(MARGIN, top, right - MARGIN, height),
    shapes,
    texts,
    interactive: false,
  };
}

function fullHeader(model: CanvasModel, canvasWidth: number, tr: CanvasWords): Placed {
  const journey = model.journey;
  const elements: CanvasElement[] = [];
  const width = Math.min(canvasWidth - 2 * MARGIN, 568);
  const stack = new Stack(MARGIN, MARGIN, width);
  stack.text(journey.journey || tr.t('canvas.untitled'), { size: 22, bold: true, maxLines: 3 }, 6);
  if (journey.description) stack.text(journey.description, { size: 12, color: 'muted', maxLines: 4 }, 4);
  const meta = [
    journey.owner ? tr.t('canvas.owner', { owner: oneLine(journey.owner) }) : '',
    journey.reviewed ? tr.t('canvas.reviewed', { date: oneLine(journey.reviewed) }) : '',
  ].filter(Boolean);
  if (meta.length) stack.text(meta.join(' · '), { size: 11, maxLines: 2 }, 4);
  for (const [label, value] of otherFields(journey, KNOWN_KEYS.journey, tr))
    stack.text(tr.t('canvas.field', { label, value }), { size: 11, color: 'muted', maxLines: 3 });
  const titleFindings = findingsOf(model, []);
  const markers = titleFindings?.length
    ? gapMarkers(titleFindings, MARGIN, MARGIN + Math.min(width, 400), stack.reserve(20), tr)
    : [];
  elements.push({
    id: 'title',
    kind: 'title',
    path: [],
    label: tr.t('canvas.title.label', { title: oneLine(journey.journey) }),
    box: rect(MARGIN, MARGIN, width, stack.height),
    shapes: [],
    texts: stack.texts,
    interactive: true,
  });
  elements.push(...markers);
  let y = stack.y + 8;
  // Persona cards flow in rows across the canvas.
  const shownPersonas = model.personas.filter((persona) => persona.id !== '');
  if (shownPersonas.length > 0) {
    const cardWidth = 260;
    const perRow = Math.max(1, Math.floor((Math.max(canvasWidth, 600) - 2 * MARGIN + GUTTER) / (cardWidth + GUTTER)));
    for (let start = 0; start < shownPersonas.length; start += perRow) {
      const cards: Card[] = shownPersonas
        .slice(start, start + perRow)
        .map((persona, column) =>
          personaCard(
            persona,
            MARGIN + column * (cardWidth + GUTTER),
            y,
            cardWidth,
            findingsOf(model, persona.path),
            tr,
          ),
        );
      const rowHeight = Math.max(...cards.map((card) => card.height));
      for (const card of cards) elements.push(stretch(card.element, rowHeight), ...card.markers);
      y += rowHeight + GUTTER;
    }
  }
  return { elements, height: y + 4 };
}

/** Pages: the title, the page number and a one-line persona legend. */
function compactHeader(model: CanvasModel, subtitle: string | undefined, canvasWidth: number, tr: CanvasWords): Placed {
  const elements: CanvasElement[] = [];
  const stack = new Stack(MARGIN, MARGIN, canvasWidth - 2 * MARGIN);
  const title = `${oneLine(model.journey.journey) || tr.t('canvas.untitled')}${subtitle ? ` — ${subtitle}` : ''}`;
  stack.text(title, { size: 16, bold: true, maxLines: 2 }, 6);
  const legend: CanvasShape[] = [];
  const texts: CanvasText[] = [];
  let x = MARGIN;
  let rowTop = stack.y;
  for (const persona of model.personas.filter((p) => p.id !== '')) {
    const name = oneLine(persona.name);
    const block = textBlock(name, 0, 0, 240, { size: 12, maxLines: 1 });
    const itemWidth = 30 + (block?.text.box.width ?? 0) + 18;
    if (x + itemWidth > canvasWidth - MARGIN && x > MARGIN) {
      x = MARGIN;
      rowTop += 20;
    }
    legend.push(...personaKey(persona.index, round(x), round(x + 24), round(rowTop + 9), 11));
    const placed = textBlock(name, x + 30, rowTop + 1, 240, { size: 12, maxLines: 1 });
    if (placed) texts.push(placed.text);
    x += itemWidth;
  }
  const legendHeight = legend.length > 0 ? rowTop + 20 - stack.y : 0;
  elements.push({
    id: 'title',
    kind: 'title',
    path: [],
    label: title,
    box: rect(MARGIN, MARGIN, canvasWidth - 2 * MARGIN, stack.height + legendHeight),
    shapes: legend,
    texts: [...stack.texts, ...texts],
    interactive: true,
  });
  return { elements, height: stack.y + legendHeight + 8 };
}

function unreadableLayout(analysis: CanvasSource, tr: CanvasWords): CanvasLayout {
  const first = analysis.findings.find((finding) => finding.severity === 'error');
  const stack = new Stack(MARGIN, MARGIN, 568);
  stack.text(tr.t('canvas.unreadable.title'), { size: 16, bold: true, maxLines: 2 }, 6);
  stack.text(first ? describeFinding(first, tr) : tr.t('canvas.unreadable.empty'), {
    size: 12,
    color: 'muted',
    maxLines: 6,
  });
  const element: CanvasElement = {
    id: 'title',
    kind: 'title',
    path: first?.path ?? [],
    label: tr.t('canvas.unreadable.title'),
    box: rect(MARGIN, MARGIN, 568, stack.height),
    shapes: [],
    texts: stack.texts,
    interactive: false,
  };
  return {
    width: 600,
    height: round(stack.y + MARGIN),
    title: tr.t('canvas.untitled'),
    description: tr.t('canvas.unreadable.description'),
    language: tr.language,
    fontFamily: CANVAS_FONT_FAMILY,
    laneHeaderWidth: MARGIN + LANE_HEADER_WIDTH,
    stageHeader: { y: 0, height: 0 },
    lanes: [],
    stages: [],
    personas: [],
    elements: [element],
    minFontSize: MIN_FONT_SIZE,
  };
}

export { formatValue };
