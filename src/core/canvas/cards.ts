/** Card builders: each returns an element at a given position, with its content height. */
import type { DrawnFinding } from './model';
import { CSAT_TEN_POINT, METRIC_DEFINITIONS } from '../metrics/definitions';
import type { MetricResult } from '../metrics/types';
import { channelLabel, formatValue, KNOWN_KEYS, otherFields, STAGE_KIND_WORDS } from './fields';
import { measureText } from './font/measure';
import type { OpportunityModel, PainPointModel, PersonaModel, StageModel, TouchpointModel } from './model';
import type { CanvasColor } from './palette';
import { personaStyle } from './palette';
import { MIN_FONT_SIZE, rect, round, Stack, textBlock } from './stack';
import { addEvidence, addFeelings, addQuotes, addThoughts } from './voices';
import { oneLine } from './text';
import type { CanvasElement, CanvasElementKind, CanvasShape, CanvasText, JourneyPath, Rect } from './types';

export const CARD_PADDING = 10;
const STRIP_HEIGHT = 18;
const GAP_MARKER = 16;

export interface Card {
  readonly element: CanvasElement;
  /** Gap markers drawn over the card (their own elements, after it). */
  readonly markers: CanvasElement[];
  readonly height: number;
}

export function elementId(kind: CanvasElementKind, path: JourneyPath): string {
  return `${kind}:${path.join('/')}`;
}

/** Finalises a card: background rect of `height` under the stacked content. */
function card(
  kind: CanvasElementKind,
  path: JourneyPath,
  label: string,
  box: Rect,
  stack: Stack,
  style: { fill: CanvasColor; stroke: CanvasColor; strokeWidth?: number; dash?: string },
  extraShapes: CanvasShape[] = [],
): CanvasElement {
  const background: CanvasShape = {
    type: 'rect',
    x: box.x,
    y: box.y,
    width: box.width,
    height: box.height,
    rx: 6,
    fill: style.fill,
    stroke: style.stroke,
    strokeWidth: style.strokeWidth ?? 1,
    ...(style.dash ? { dash: style.dash } : {}),
  };
  return {
    id: elementId(kind, path),
    kind,
    path,
    label,
    box,
    shapes: [background, ...extraShapes, ...stack.shapes],
    texts: stack.texts,
    interactive: true,
  };
}

/** A small rounded chip with a one-line text, placed at (x, top); returns its width. */
function chip(
  stack: Stack,
  text: string,
  x: number,
  top: number,
  colors: { fill: CanvasColor; text: CanvasColor; stroke?: CanvasColor },
  maxWidth: number,
): number {
  const block = textBlock(text, x + 5, top + 1, maxWidth - 10, {
    size: MIN_FONT_SIZE,
    bold: true,
    color: colors.text,
    maxLines: 1,
  });
  if (!block) return 0;
  const width = block.text.box.width + 10;
  stack.shape({
    type: 'rect',
    x: round(x),
    y: round(top),
    width: round(width),
    height: STRIP_HEIGHT - 2,
    rx: 3,
    fill: colors.fill,
    ...(colors.stroke ? { stroke: colors.stroke, strokeWidth: 1 } : {}),
  });
  stack.texts.push(block.text);
  return width;
}

interface ChipSpec {
  readonly text: string;
  readonly colors: { fill: CanvasColor; text: CanvasColor; stroke?: CanvasColor };
}

/**
 * A card's top strip: its chip on the left (at most `chipWidth` wide) and the gap markers of its
 * findings after it. Returns the stack the card's lines go in, below the strip.
 */
function cardStrip(
  x: number,
  y: number,
  width: number,
  own: ChipSpec,
  chipWidth: number,
  findings: readonly DrawnFinding[] | undefined,
): { stack: Stack; markers: CanvasElement[] } {
  const stack = new Stack(x + CARD_PADDING, y + CARD_PADDING, width - 2 * CARD_PADDING);
  const stripTop = stack.reserve(STRIP_HEIGHT + 4);
  const used = chip(stack, own.text, x + CARD_PADDING, stripTop, own.colors, chipWidth);
  const markers = gapMarkers(findings, x + CARD_PADDING + used + 6, x + width - CARD_PADDING, stripTop);
  return { stack, markers };
}

/**
 * A lead word, then chips flowing after it (wrapping under it): the tie between a pain point and
 * the opportunities that address it. Each chip repeats the other card's own chip, same text and
 * colours, so the pair is unmistakable even lanes apart.
 */
function chipRow(stack: Stack, lead: string, leadColor: CanvasColor, chips: readonly ChipSpec[]): void {
  const top = stack.y;
  const right = stack.x + stack.width;
  const leadBlock = textBlock(lead, stack.x, top + 1, stack.width, {
    size: MIN_FONT_SIZE,
    bold: true,
    color: leadColor,
    maxLines: 1,
  });
  if (leadBlock) stack.texts.push(leadBlock.text);
  let x = stack.x + (leadBlock?.text.box.width ?? 0) + 5;
  let rowTop = top;
  for (const spec of chips) {
    const width = Math.min(stack.width, measureText(spec.text, MIN_FONT_SIZE, true) + 10);
    if (x + width > right && x > stack.x) {
      x = stack.x;
      rowTop += STRIP_HEIGHT;
    }
    x += chip(stack, spec.text, x, rowTop, spec.colors, right - x) + 4;
  }
  stack.reserve(rowTop - top + STRIP_HEIGHT + 2);
}

/**
 * Gap markers for the findings on an element, right-aligned in the card's top strip from `right`
 * leftwards, never further left than `left`. One marker per finding; when they do not fit, the
 * last shows "+N" and lists the rest in its tooltip.
 */
export function gapMarkers(
  findings: readonly DrawnFinding[] | undefined,
  left: number,
  right: number,
  top: number,
): CanvasElement[] {
  if (!findings || findings.length === 0) return [];
  const room = Math.max(1, Math.floor((right - left + 3) / (GAP_MARKER + 3)));
  const shown = findings.length <= room ? findings.length : room - 1;
  const out: CanvasElement[] = [];
  const place = (index: number, label: string, list: readonly DrawnFinding[]): void => {
    const x = round(right - (index + 1) * GAP_MARKER - index * 3);
    const first = list[0]!;
    const tooltip = list.map(describeFinding).join('\n');
    const block = textBlock(label, x + GAP_MARKER / 2, top + 1, GAP_MARKER + 8, {
      size: MIN_FONT_SIZE,
      bold: true,
      color: 'gapText',
      anchor: 'middle',
      maxLines: 1,
    });
    const width = Math.max(GAP_MARKER, (block?.text.box.width ?? 0) + 4);
    const box = rect(x + GAP_MARKER - width, top, width, GAP_MARKER);
    out.push({
      // No offset in the id: an edit elsewhere in the file must not change the drawing (the
      // language server sends an unchanged drawing as `unchanged`, and the page keeps it).
      id: `gap:${first.code}:${(first.path ?? []).join('/')}:${index}`,
      kind: 'gap',
      path: first.path ?? [],
      label: tooltip,
      box,
      shapes: [{ type: 'rect', ...box, rx: 3, fill: 'gap' }],
      texts: block
        ? [
            {
              ...block.text,
              x: round(box.x + box.width / 2),
              box: { ...block.text.box, x: box.x + (box.width - block.text.box.width) / 2 },
            },
          ]
        : [],
      tooltip,
      interactive: true,
    });
  };
  for (let index = 0; index < shown; index += 1) place(index, '!', [findings[index]!]);
  if (shown < findings.length) place(shown, `+${findings.length - shown}`, findings.slice(shown));
  return out;
}

export function describeFinding(finding: DrawnFinding): string {
  return `${finding.code}${finding.rule ? ` ${finding.rule}` : ''} (${finding.severity}): ${oneLine(finding.message)}`;
}

function addOtherFields(stack: Stack, node: unknown, known: ReadonlySet<string>, color: CanvasColor = 'muted'): void {
  for (const [label, value] of otherFields(node, known))
    stack.text(`${label}: ${value}`, { size: 11, color, maxLines: 3 });
}

/** Persona markers in a row at (x, centreY), then returns the x after them. */
function personaMarkers(
  stack: Stack,
  personas: readonly PersonaModel[],
  x: number,
  centreY: number,
  max: number,
): number {
  let cursor = x;
  for (const persona of personas.slice(0, max)) {
    const style = personaStyle(persona.index);
    stack.shape({
      type: 'marker',
      shape: style.marker,
      x: round(cursor + 5),
      y: round(centreY),
      size: 10,
      fill: `persona:${persona.index}`,
      stroke: `persona:${persona.index}`,
    });
    cursor += 13;
  }
  return cursor;
}

export function touchpointCard(
  model: TouchpointModel,
  x: number,
  y: number,
  width: number,
  allPersonasShown: boolean,
  findings: readonly DrawnFinding[] | undefined,
  allPersonas: readonly PersonaModel[] = [],
): Card {
  const tp = model.touchpoint;
  const inner = width - 2 * CARD_PADDING;
  const number: ChipSpec = { text: String(model.number), colors: { fill: 'accent', text: 'onAccent' } };
  const { stack, markers } = cardStrip(x, y, width, number, 40, findings);
  stack.text(tp.name, { size: 12, bold: true, maxLines: 4 }, 3);
  const moment = tp.momentOfTruth === true;
  if (moment) stack.text('★ Moment of truth', { size: 11, bold: true, color: 'momentStroke', maxLines: 1 }, 3);
  if (tp.action) stack.text(tp.action, { size: 11, color: 'muted', italic: true, maxLines: 3 }, 3);
  if (tp.channel !== undefined) stack.text(channelLabel(tp.channel), { size: 11, maxLines: 1 });
  const traits = [
    tp.digital === true ? 'Digital' : tp.digital === false ? 'Physical' : '',
    tp.automated === true ? 'Automated' : tp.automated === false ? 'Human' : '',
  ].filter((word) => word !== '');
  if (traits.length > 0) stack.text(traits.join(' · '), { size: 11, maxLines: 1 });
  stack.text(tp.owner ? `Owner: ${tp.owner}` : 'No owner', {
    size: 11,
    color: tp.owner ? 'text' : 'warning',
    maxLines: 2,
  });
  if (model.personas.length > 0 && model.personas[0]!.id !== '') {
    const lineTop = stack.y;
    const maxMarkers = Math.floor((inner - 40) / 13);
    const after = personaMarkers(stack, model.personas, stack.x, lineTop + 8, maxMarkers);
    const names =
      allPersonasShown && !Array.isArray(tp.personas)
        ? 'All personas'
        : model.personas.map((p) => shortName(p.name)).join(', ');
    stack.text(names, { size: 11, color: 'muted', maxLines: 2, indent: after - stack.x + 2 });
    if (stack.y < lineTop + 18) stack.gap(lineTop + 18 - stack.y);
  }
  addFeelings(stack, tp.feeling, allPersonas);
  addQuotes(stack, tp.quotes, allPersonas);
  addThoughts(stack, tp.thoughts);
  addOtherFields(stack, tp, KNOWN_KEYS.touchpoint);
  addEvidence(stack, tp.evidence);
  const height = stack.height + 2 * CARD_PADDING - 2;
  const label = [
    `Touchpoint ${model.number}: ${oneLine(tp.name)}`,
    moment ? 'moment of truth' : '',
    tp.channel ? `channel ${oneLine(tp.channel)}` : '',
    tp.owner ? `owner ${oneLine(tp.owner)}` : 'no owner',
  ]
    .filter(Boolean)
    .join(', ');
  const box = rect(x, y, width, height);
  const element = card('touchpoint', model.path, label, box, stack, {
    fill: moment ? 'momentFill' : 'card',
    stroke: moment ? 'momentStroke' : 'cardStroke',
    strokeWidth: moment ? 2.5 : 1,
  });
  return { element, markers, height };
}

const SEVERITY_COLOURS: Readonly<Record<string, { fill: CanvasColor; text: CanvasColor }>> = {
  high: { fill: 'danger', text: 'background' },
  medium: { fill: 'warning', text: 'background' },
  low: { fill: 'info', text: 'background' },
};

/**
 * A persona's key, as on its emotion curve: a short stroke from `x1` to `x2` in its colour and
 * dash, its marker in the middle. The persona card and the legend draw it.
 */
export function personaKey(personaIndex: number, x1: number, x2: number, y: number, markerSize: number): CanvasShape[] {
  const style = personaStyle(personaIndex);
  return [
    {
      type: 'line',
      x1,
      y1: y,
      x2,
      y2: y,
      stroke: `persona:${personaIndex}`,
      strokeWidth: 2.5,
      ...(style.dash ? { dash: style.dash } : {}),
    },
    {
      type: 'marker',
      shape: style.marker,
      x: (x1 + x2) / 2,
      y,
      size: markerSize,
      fill: `persona:${personaIndex}`,
      stroke: 'background',
      strokeWidth: 1,
    },
  ];
}

/** The top of a pain point's or an opportunity's card: its chip, room for the gap markers, its description. */
function itemCardTop(
  x: number,
  y: number,
  width: number,
  own: ChipSpec,
  description: string,
  findings: readonly DrawnFinding[] | undefined,
): { stack: Stack; markers: CanvasElement[] } {
  const top = cardStrip(x, y, width, own, width - 2 * CARD_PADDING - GAP_MARKER - 12, findings);
  top.stack.text(description, { size: 12, maxLines: 5 }, 4);
  return top;
}

export function painPointCard(
  model: PainPointModel,
  x: number,
  y: number,
  width: number,
  findings: readonly DrawnFinding[] | undefined,
): Card {
  const pain = model.painPoint;
  const severity = typeof pain.severity === 'string' ? pain.severity : undefined;
  const { stack, markers } = itemCardTop(x, y, width, painChip(model), pain.description, findings);
  addEvidence(stack, pain.evidence);
  const open = model.addressedBy.length === 0;
  if (open) stack.text('○ Open: no opportunity yet', { size: 11, bold: true, color: 'danger', maxLines: 2 });
  else chipRow(stack, '✓ Addressed by', 'success', model.addressers.map(opportunityChip));
  addOtherFields(stack, pain, KNOWN_KEYS.painPoint);
  const height = stack.height + 2 * CARD_PADDING - 2;
  const box = rect(x, y, width, height);
  const label = `Pain point ${model.ref}${severity ? `, ${severity} severity` : ''}: ${oneLine(pain.description)}. ${open ? 'Open: no opportunity addresses it' : `Addressed by ${model.addressedBy.join(', ')}`}`;
  const element = card('painPoint', model.path, label, box, stack, {
    fill: open ? 'dangerFill' : 'card',
    stroke: open ? 'danger' : 'cardStroke',
    strokeWidth: open ? 1.5 : 1,
    ...(open ? { dash: '5 3' } : {}),
  });
  return { element, markers, height };
}

/** A pain point's chip: its ref and severity, in the severity's colour. */
function painChip(model: PainPointModel): ChipSpec {
  const severity = typeof model.painPoint.severity === 'string' ? model.painPoint.severity : undefined;
  return {
    text: severity ? `${model.ref} · ${severity.toUpperCase()}` : `${model.ref} · NO SEVERITY`,
    colors: severity
      ? (SEVERITY_COLOURS[severity] ?? { fill: 'muted', text: 'background' })
      : { fill: 'card', text: 'muted', stroke: 'cardStroke' },
  };
}

/** An opportunity's chip: its ref and status, in the status's colour. */
function opportunityChip(model: OpportunityModel): ChipSpec {
  const status = typeof model.opportunity.status === 'string' ? model.opportunity.status : undefined;
  return {
    text: `${model.ref} · ${status ? (STATUS_WORDS[status] ?? status.toUpperCase()) : 'NO STATUS'}`,
    colors:
      status === 'done'
        ? { fill: 'success', text: 'background' }
        : status === 'in-progress' || status === 'planned'
          ? { fill: 'info', text: 'background' }
          : { fill: 'card', text: 'text', stroke: 'cardStroke' },
  };
}

const STATUS_WORDS: Readonly<Record<string, string>> = {
  idea: 'IDEA',
  planned: 'PLANNED',
  'in-progress': 'IN PROGRESS',
  done: 'DONE',
};

export function opportunityCard(
  model: OpportunityModel,
  x: number,
  y: number,
  width: number,
  findings: readonly DrawnFinding[] | undefined,
): Card {
  const item = model.opportunity;
  const status = typeof item.status === 'string' ? item.status : undefined;
  const { stack, markers } = itemCardTop(x, y, width, opportunityChip(model), item.description, findings);
  stack.text(item.owner ? `Owner: ${item.owner}` : 'No owner', {
    size: 11,
    color: item.owner ? 'text' : 'warning',
    bold: !item.owner,
    maxLines: 2,
  });
  if (model.fixes.length > 0)
    chipRow(
      stack,
      'Fixes',
      'success',
      model.fixed.map((pain, index) =>
        pain
          ? painChip(pain)
          : { text: model.fixes[index]!, colors: { fill: 'card', text: 'muted', stroke: 'cardStroke' } },
      ),
    );
  addOtherFields(stack, item, KNOWN_KEYS.opportunity);
  const height = stack.height + 2 * CARD_PADDING - 2;
  const box = rect(x, y, width, height);
  const label = `Opportunity ${model.ref}${status ? `, ${status}` : ''}: ${oneLine(item.description)}. ${item.owner ? `Owner ${oneLine(item.owner)}` : 'No owner'}${model.fixes.length ? `. Fixes ${model.fixes.join(', ')}` : ''}`;
  const element = card('opportunity', model.path, label, box, stack, {
    fill: 'card',
    stroke: 'accent',
    strokeWidth: 1,
  });
  return { element, markers, height };
}

/** The span a metric's bar covers, from its type and scale. */
function metricDomain(metric: MetricResult, raw: Record<string, unknown> | undefined): [number, number] {
  switch (metric.type) {
    case 'nps':
      return [-100, 100];
    case 'ces':
      return [1, 7];
    case 'csat':
      return raw?.scale === 10 ? [1, 10] : [0, 100];
    case 'session-duration': {
      const top = Math.max(metric.score ?? 0, metric.target ?? 0) * 1.25;
      return [0, top > 0 ? top : 1];
    }
    default:
      return [0, 100];
  }
}

function showScore(metric: MetricResult, raw: Record<string, unknown> | undefined, value: number): string {
  const definition = metric.type === 'csat' && raw?.scale === 10 ? CSAT_TEN_POINT : METRIC_DEFINITIONS[metric.type];
  return definition ? definition.show(value) : String(value);
}

export function metricCard(
  metric: MetricResult,
  raw: unknown,
  at: TouchpointModel | undefined,
  x: number,
  y: number,
  width: number,
  findings: readonly DrawnFinding[] | undefined,
): Card {
  const node = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : undefined;
  const inner = width - 2 * CARD_PADDING;
  const stack = new Stack(x + CARD_PADDING, y + CARD_PADDING, inner);
  const stripTop = stack.reserve(STRIP_HEIGHT + 4);
  const block = textBlock(metric.label, stack.x, stripTop + 1, inner - GAP_MARKER - 12, {
    size: 12,
    bold: true,
    maxLines: 1,
  });
  if (block) stack.texts.push(block.text);
  const markers = gapMarkers(findings, stack.x + (block?.text.box.width ?? 0) + 6, x + width - CARD_PADDING, stripTop);
  if (at) stack.text(`At ${at.number} · ${oneLine(at.touchpoint.name)}`, { size: 11, color: 'muted', maxLines: 1 });
  if (metric.question) stack.text(metric.question, { size: 11, color: 'muted', italic: true, maxLines: 2 });
  const score = metric.score;
  stack.text(
    score === undefined ? 'Not measured' : showScore(metric, node, score),
    { size: 16, bold: true, maxLines: 1, color: score === undefined ? 'muted' : 'text' },
    2,
  );
  if (metric.target !== undefined)
    stack.text(`Target ${showScore(metric, node, metric.target)}`, { size: 11, maxLines: 1 });
  // Bullet bar: the track is the metric's scale, the fill the score, the tick the target.
  const [low, high] = metricDomain(metric, node);
  const position = (value: number): number =>
    stack.x + ((Math.min(high, Math.max(low, value)) - low) / (high - low)) * inner;
  const barTop = stack.reserve(14) + 3;
  stack.shape({ type: 'rect', x: stack.x, y: round(barTop), width: inner, height: 8, rx: 2, fill: 'track' });
  if (score !== undefined)
    stack.shape({
      type: 'rect',
      x: stack.x,
      y: round(barTop),
      width: round(Math.max(1, position(score) - stack.x)),
      height: 8,
      rx: 2,
      fill: metric.meetsTarget === false ? 'danger' : metric.meetsTarget === true ? 'success' : 'muted',
    });
  if (metric.target !== undefined) {
    const tick = round(position(metric.target));
    stack.shape({
      type: 'line',
      x1: tick,
      y1: round(barTop - 3),
      x2: tick,
      y2: round(barTop + 11),
      stroke: 'text',
      strokeWidth: 2,
    });
  }
  const verdict =
    metric.meetsTarget === true
      ? { text: '✓ Meets target', color: 'success' as const }
      : metric.meetsTarget === false
        ? { text: '✗ Below target', color: 'danger' as const }
        : { text: metric.target === undefined ? 'No target set' : 'No score to compare', color: 'muted' as const };
  stack.text(verdict.text, { size: 11, bold: true, color: verdict.color, maxLines: 1 });
  stack.text(metric.direction === 'lower-is-better' ? '↓ Lower is better' : '↑ Higher is better', {
    size: 11,
    color: 'muted',
    maxLines: 1,
  });
  const details = [
    typeof node?.period === 'string' || typeof node?.period === 'number' ? formatValue(node.period) : '',
    metric.respondents !== undefined ? `${metric.respondents} responses` : '',
  ].filter(Boolean);
  if (details.length > 0) stack.text(details.join(' · '), { size: 11, color: 'muted', maxLines: 2 });
  if (metric.problem) stack.text(metric.problem, { size: 11, color: 'danger', maxLines: 3 });
  addOtherFields(stack, node, KNOWN_KEYS.metric);
  addEvidence(stack, node?.evidence);
  const height = stack.height + 2 * CARD_PADDING - 2;
  const box = rect(x, y, width, height);
  const element = card('metric', metric.path, `Metric: ${oneLine(metric.display)}`, box, stack, {
    fill: 'card',
    stroke: metric.meetsTarget === false ? 'danger' : 'cardStroke',
  });
  return { element, markers, height };
}

export function stageHeader(
  model: StageModel,
  x: number,
  y: number,
  width: number,
  continued: boolean,
  findings: readonly DrawnFinding[] | undefined,
  short = false,
  allPersonas: readonly PersonaModel[] = [],
): Card {
  const stage = model.stage;
  const inner = width - 2 * CARD_PADDING;
  const stack = new Stack(x + CARD_PADDING, y + CARD_PADDING, inner);
  const stripTop = stack.reserve(STRIP_HEIGHT);
  const kind = typeof stage.kind === 'string' ? (STAGE_KIND_WORDS[stage.kind] ?? stage.kind) : '';
  const strip = textBlock(
    `STAGE ${model.index + 1}${kind ? ` · ${kind.toUpperCase()}` : ''}`,
    stack.x,
    stripTop,
    inner - GAP_MARKER - 12,
    {
      size: 11,
      bold: true,
      color: 'headerMuted',
      maxLines: 1,
    },
  );
  if (strip) stack.texts.push(strip.text);
  const markers = gapMarkers(findings, stack.x + (strip?.text.box.width ?? 0) + 6, x + width - CARD_PADDING, stripTop);
  stack.text(
    continued ? `${stage.name} (continued)` : stage.name,
    { size: 15, bold: true, color: 'headerText', maxLines: 2 },
    4,
  );
  if (short) {
    const height = stack.height + 2 * CARD_PADDING;
    const box = rect(x, y, width, height);
    const element = card('stage', model.path, `Stage ${model.index + 1}: ${oneLine(stage.name)}`, box, stack, {
      fill: 'headerFill',
      stroke: 'headerFill',
    });
    return { element, markers, height };
  }
  if (stage.description) stack.text(stage.description, { size: 11, color: 'headerMuted', maxLines: 3 }, 4);
  if (stage.customerGoal)
    stack.text(`Customer goal: ${oneLine(stage.customerGoal)}`, { size: 11, color: 'headerText', maxLines: 3 }, 3);
  if (stage.businessGoal)
    stack.text(`Business goal: ${oneLine(stage.businessGoal)}`, { size: 11, color: 'headerText', maxLines: 3 }, 3);
  addQuotes(stack, stage.quotes, allPersonas, 'headerText');
  addThoughts(stack, stage.thoughts, 'headerMuted');
  addOtherFields(stack, stage, KNOWN_KEYS.stage, 'headerMuted');
  const height = stack.height + 2 * CARD_PADDING;
  const box = rect(x, y, width, height);
  const element = card(
    'stage',
    model.path,
    `Stage ${model.index + 1}: ${oneLine(stage.name)}${kind ? ` (${kind})` : ''}`,
    box,
    stack,
    {
      fill: 'headerFill',
      stroke: 'headerFill',
    },
  );
  return { element, markers, height };
}

export function personaCard(
  persona: PersonaModel,
  x: number,
  y: number,
  width: number,
  findings: readonly DrawnFinding[] | undefined,
): Card {
  const inner = width - 2 * CARD_PADDING;
  const stack = new Stack(x + CARD_PADDING, y + CARD_PADDING, inner);
  const top = stack.y;
  for (const shape of personaKey(persona.index, stack.x, stack.x + 26, round(top + 9), 12)) stack.shape(shape);
  stack.text(persona.name, { size: 13, bold: true, maxLines: 2, indent: 34 }, 3);
  const data = persona.persona;
  if (data) {
    if (data.description) stack.text(data.description, { size: 11, color: 'muted', maxLines: 3 }, 3);
    if (data.goals?.length) stack.text(`Goals: ${data.goals.map(oneLine).join('; ')}`, { size: 11, maxLines: 3 }, 3);
    if (data.needs?.length) stack.text(`Needs: ${data.needs.map(oneLine).join('; ')}`, { size: 11, maxLines: 3 }, 3);
    if (data.channels?.length)
      stack.text(`Channels: ${data.channels.map(channelLabel).join(', ')}`, { size: 11, maxLines: 2 }, 3);
    addOtherFields(stack, data, KNOWN_KEYS.persona);
  }
  const markers = findings?.length
    ? gapMarkers(findings, stack.x, x + width - CARD_PADDING, stack.reserve(STRIP_HEIGHT))
    : [];
  const height = Math.max(stack.height, 20) + 2 * CARD_PADDING - 3;
  const box = rect(x, y, width, height);
  const element = card(
    'persona',
    persona.path,
    `Persona ${oneLine(persona.name)}: ${personaStyle(persona.index).marker} marker`,
    box,
    stack,
    {
      fill: 'card',
      stroke: 'cardStroke',
    },
  );
  return { element, markers, height };
}

export function measure(text: string, size: number, bold = false): number {
  return measureText(text, size, bold);
}

export type { CanvasText };

/** "Rina, busy online shopper" → "Rina": the part before the first comma, for cards. */
export function shortName(name: string): string {
  const head = oneLine(name)
    .split(/[,(–—]/)[0]!
    .trim();
  return head || oneLine(name);
}
