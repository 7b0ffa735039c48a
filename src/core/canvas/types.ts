/** The canvas layout: positioned boxes, lines and texts, in px at 100 % zoom. Plain JSON. */
import type { Language } from '../l10n/language';
import type { CanvasColor, MarkerShape } from './palette';

/** The lanes, top to bottom. */
export type LaneId = 'touchpoints' | 'emotion' | 'painPoints' | 'opportunities' | 'backstage' | 'metrics';
export const LANE_IDS: readonly LaneId[] = [
  'touchpoints',
  'emotion',
  'painPoints',
  'opportunities',
  'backstage',
  'metrics',
];

export type CanvasElementKind =
  | 'title'
  | 'persona'
  | 'stage'
  | 'lane'
  | 'touchpoint'
  | 'emotion'
  | 'painPoint'
  | 'opportunity'
  | 'backstage'
  | 'metric'
  | 'gap'
  | 'legend';

export type JourneyPath = readonly (string | number)[];

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface CanvasText {
  /** Left (anchor start), centre (middle) or right (end) of the text; y is the first baseline. */
  readonly x: number;
  readonly y: number;
  readonly lines: readonly string[];
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly color: CanvasColor;
  readonly anchor: 'start' | 'middle' | 'end';
  /** The area the lines occupy (checked by the overlap tests). */
  readonly box: Rect;
  /** Set when the text was cut with an ellipsis: the whole text, shown as a tooltip. */
  readonly fullText?: string;
}

export type CanvasShape =
  | {
      readonly type: 'rect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly rx?: number;
      readonly fill: CanvasColor;
      readonly stroke?: CanvasColor;
      readonly strokeWidth?: number;
      readonly dash?: string;
    }
  | {
      readonly type: 'line';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly stroke: CanvasColor;
      readonly strokeWidth: number;
      readonly dash?: string;
    }
  | {
      readonly type: 'polyline';
      readonly points: readonly (readonly [number, number])[];
      readonly stroke: CanvasColor;
      readonly strokeWidth: number;
      readonly dash?: string;
    }
  | {
      readonly type: 'marker';
      readonly shape: MarkerShape;
      readonly x: number;
      readonly y: number;
      /** Diameter of the shape's bounding circle. */
      readonly size: number;
      readonly fill: CanvasColor;
      readonly stroke: CanvasColor;
      readonly strokeWidth?: number;
    };

/**
 * One element of the canvas: a group in the SVG with `data-kind`, `data-path` and `data-id`, an
 * accessible label, and its shapes and texts. Elements with a source node carry its YAML path
 * (as ParsedJourney.rangeOf takes it); `id` is stable for a given map.
 */
export interface CanvasElement {
  readonly id: string;
  readonly kind: CanvasElementKind;
  readonly path: JourneyPath;
  /** What a screen reader says for the element. */
  readonly label: string;
  /** The element's bounding box (cards: the card). */
  readonly box: Rect;
  readonly shapes: readonly CanvasShape[];
  readonly texts: readonly CanvasText[];
  /** Tooltip of the whole element (gap markers: code and message). */
  readonly tooltip?: string;
  /** Whether the preview should let the user click and focus it (it has a source line). */
  readonly interactive: boolean;
}

export interface CanvasLane {
  readonly id: LaneId;
  readonly label: string;
  readonly y: number;
  readonly height: number;
}

export interface CanvasStageColumn {
  readonly id: string;
  readonly index: number;
  readonly path: JourneyPath;
  readonly x: number;
  readonly width: number;
}

export interface CanvasPersona {
  readonly id: string;
  readonly name: string;
  /** Position in the map's personas list: the palette slot. */
  readonly index: number;
}

export interface CanvasLayout {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  /** One-paragraph description of what the canvas shows (the SVG's <desc>). */
  readonly description: string;
  /** The language of its words (the map's `language`, else the reader's): the SVG's and PDF's language. */
  readonly language: Language;
  readonly fontFamily: string;
  /** Width of the lane-name column on the left (the preview keeps it fixed while scrolling). */
  readonly laneHeaderWidth: number;
  /** Top and height of the stage header row (the preview keeps it fixed while scrolling). */
  readonly stageHeader: { readonly y: number; readonly height: number };
  readonly lanes: readonly CanvasLane[];
  readonly stages: readonly CanvasStageColumn[];
  readonly personas: readonly CanvasPersona[];
  /** Drawing order: backgrounds first. */
  readonly elements: readonly CanvasElement[];
  /** The smallest font size used, in px. */
  readonly minFontSize: number;
}
