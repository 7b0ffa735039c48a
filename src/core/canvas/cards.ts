/** Card builders: each returns an element at a given position, with its content height. */
import type { DrawnFinding } from './model';
import { CSAT_TEN_POINT, METRIC_DEFINITIONS, shownValue } from '../metrics/definitions';
import type { MetricResult } from '../metrics/types';
import { channelLabel, formatValue, KNOWN_KEYS, otherFields, stageKindWord } from './fields';
import type { MessageKey } from '../l10n/catalogues/en';
import type { CanvasWords } from './words';
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
  tr: CanvasWords,
): { stack: Stack; markers: CanvasElement[] } {
  const stack = new Stack(x + CARD_PADDING, y + CARD_PADDING, width - 2 * CARD_PADDING);
  const stripTop = stack.reserve(STRIP_HEIGHT + 4);
  const used = chip(stack, own.text, x + CARD_PADDING, stripTop, own.colors, chipWidth);
  const markers = gapMarkers(findings, x + CARD_PADDING + used + 6, x + width - CARD_PADDING, stripTop, tr);
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
  tr: CanvasWords,
): CanvasElement[] {
  if (!findings || findings.length === 0) return [];
  const room = Math.max(1, Math.floor((right - left + 3) / (GAP_MARKER + 3)));
  const shown = findings.length <= room ? findings.length : room - 1;
  const out: CanvasElement[] = [];
  const place = (index: number, label: string, list: readonly DrawnFinding[]): void => {
    const x = round(right - (index + 1) * GAP_MARKER - index * 3);
    const first = list[0]!;
    const tooltip = list.map((finding) => describeFinding(finding, tr)).join('\n');
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

/** "JM205 pain-point-without-opportunity (warning): …", in the canvas's language. */
export function describeFinding(finding: DrawnFinding, tr: CanvasWords): string {
  return tr.t('canvas.finding', {
    code: `${finding.code}${finding.rule ? ` ${finding.rule}` : ''}`,
    severity: tr.t(`severity.${finding.severity}`),
    // Worded in the canvas's language by whoever handed it the findings (localFindings.ts).
    message: oneLine(finding.message),
  });
}

function addOtherFields(
  stack: Stack,
  node: unknown,
  known: ReadonlySet<string>,
  tr: CanvasWords,
  color: CanvasColor = 'muted',
): void {
  for (const [label, value] of otherFields(node, known, tr))
    stack.text(tr.t('canvas.field', { label, value }), { size: 11, color, maxLines: 3 });
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
  allPersonas: readonly PersonaModel[],
  tr: CanvasWords,
): Card {
  const tp = model.touchpoint;
  const inner = width - 2 * CARD_PADDING;
  const number: ChipSpec = { text: String(model.number), colors: { fill: 'accent', text: 'onAccent' } };
  const { stack, markers } = cardStrip(x, y, width, number, 40, findings, tr);
  stack.text(tp.name, { size: 12, bold: true, maxLines: 4 }, 3);
  const moment = tp.momentOfTruth === true;
  if (moment)
    stack.text(tr.t('canvas.touchpoint.moment'), { size: 11, bold: true, color: 'momentStroke', maxLines: 1 }, 3);
  if (tp.action) stack.text(tp.action, { size: 11, color: 'muted', italic: true, maxLines: 3 }, 3);
  if (tp.channel !== undefined) stack.text(channelLabel(tp.channel, tr), { size: 11, maxLines: 1 });
  const traits = [
    tp.digital === true
      ? tr.t('canvas.touchpoint.digital')
      : tp.digital === false
        ? tr.t('canvas.touchpoint.physical')
        : '',
    tp.automated === true
      ? tr.t('canvas.touchpoint.automated')
      : tp.automated === false
        ? tr.t('canvas.touchpoint.human')
        : '',
  ].filter((word) => word !== '');
  if (traits.length > 0) stack.text(traits.join(' · '), { size: 11, maxLines: 1 });
  stack.text(tp.owner ? tr.t('canvas.owner', { owner: tp.owner }) : tr.t('canvas.noOwner'), {
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
        ? tr.t('canvas.touchpoint.allPersonas')
        : model.personas.map((p) => shortName(p.name)).join(', ');
    stack.text(names, { size: 11, color: 'muted', maxLines: 2, indent: after - stack.x + 2 });
    if (stack.y < lineTop + 18) stack.gap(lineTop + 18 - stack.y);
  }
  addFeelings(stack, tp.feeling, allPersonas, tr);
  addQuotes(stack, tp.quotes, allPersonas);
  addThoughts(stack, tp.thoughts, tr);
  addOtherFields(stack, tp, KNOWN_KEYS.touchpoint, tr);
  addEvidence(stack, tp.evidence, tr);
  const height = stack.height + 2 * CARD_PADDING - 2;
  const label = [
    tr.t('canvas.touchpoint.label', { number: model.number, name: oneLine(tp.name) }),
    moment ? tr.t('canvas.touchpoint.label.moment') : '',
    tp.channel ? tr.t('canvas.touchpoint.label.channel', { channel: oneLine(tp.channel) }) : '',
    tp.owner
      ? tr.t('canvas.touchpoint.label.owner', { owner: oneLine(tp.owner) })
      : tr.t('canvas.touchpoint.label.noOwner'),
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
  tr: CanvasWords,
): { stack: Stack; markers: CanvasElement[] } {
  const top = cardStrip(x, y, width, own, width - 2 * CARD_PADDING - GAP_MARKER - 12, findings, tr);
  top.stack.text(description, { size: 12, maxLines: 5 }, 4);
  return top;
}

export function painPointCard(
  model: PainPointModel,
  x: number,
  y: number,
  width: number,
  findings: readonly DrawnFinding[] | undefined,
  tr: CanvasWords,
): Card {
  const pain = model.painPoint;
  const severity = typeof pain.severity === 'string' ? pain.severity : undefined;
  const { stack, markers } = itemCardTop(x, y, width, painChip(model, tr), pain.description, findings, tr);
  addEvidence(stack, pain.evidence, tr);
  const open = model.addressedBy.length === 0;
  if (open) stack.text(tr.t('canvas.pain.open'), { size: 11, bold: true, color: 'danger', maxLines: 2 });
  else
    chipRow(
      stack,
      tr.t('canvas.pain.addressedBy'),
      'success',
      model.addressers.map((item) => opportunityChip(item, tr)),
    );
  addOtherFields(stack, pain, KNOWN_KEYS.painPoint, tr);
  const height = stack.height + 2 * CARD_PADDING - 2;
  const box = rect(x, y, width, height);
  const label = tr.t('canvas.pain.label', {
    ref: model.ref,
    severity: severity ? tr.t('canvas.pain.label.severity', { severity: severityWord(severity, tr) }) : '',
    description: oneLine(pain.description),
    state: open
      ? tr.t('canvas.pain.label.open')
      : tr.t('canvas.pain.label.addressedBy', { refs: model.addressedBy.join(', ') }),
  });
  const element = card('painPoint', model.path, label, box, stack, {
    fill: open ? 'dangerFill' : 'card',
    stroke: open ? 'danger' : 'cardStroke',
    strokeWidth: open ? 1.5 : 1,
    ...(open ? { dash: '5 3' } : {}),
  });
  return { element, markers, height };
}

const PAIN_SEVERITIES = new Set(['low', 'medium', 'high']);
const OPPORTUNITY_STATUSES = new Set(['idea', 'planned', 'in-progress', 'done']);

/** "high" → "high" / "tinggi": the schema's severities in the canvas's language, others as written. */
function severityWord(severity: string, tr: CanvasWords): string {
  return PAIN_SEVERITIES.has(severity) ? tr.t(`painSeverity.${severity}` as MessageKey) : severity;
}

/** A pain point's chip: its ref and severity, in the severity's colour. */
function painChip(model: PainPointModel, tr: CanvasWords): ChipSpec {
  const severity = typeof model.painPoint.severity === 'string' ? model.painPoint.severity : undefined;
  const word =
    severity === undefined
      ? tr.t('canvas.pain.noSeverity')
      : PAIN_SEVERITIES.has(severity)
        ? tr.t(`canvas.pain.severity.${severity}` as MessageKey)
        : severity.toUpperCase();
  return {
    text: `${model.ref} · ${word}`,
    colors: severity
      ? (SEVERITY_COLOURS[severity] ?? { fill: 'muted', text: 'background' })
      : { fill: 'card', text: 'muted', stroke: 'cardStroke' },
  };
}

/** An opportunity's chip: its ref and status, in the status's colour. */
function opportunityChip(model: OpportunityModel, tr: CanvasWords): ChipSpec {
  const status = typeof model.opportunity.status === 'string' ? model.opportunity.status : undefined;
  const word =
    status === undefined
      ? tr.t('canvas.opportunity.noStatus')
      : OPPORTUNITY_STATUSES.has(status)
        ? tr.t(`canvas.opportunity.status.${status}` as MessageKey)
        : status.toUpperCase();
  return {
    text: `${model.ref} · ${word}`,
    colors:
      status === 'done'
        ? { fill: 'success', text: 'background' }
        : status === 'in-progress' || status === 'planned'
          ? { fill: 'info', text: 'background' }
          : { fill: 'card', text: 'text', stroke: 'cardStroke' },
  };
}

export function opportunityCard(
  model: OpportunityModel,
  x: number,
  y: number,
  width: number,
  findings: readonly DrawnFinding[] | undefined,
  tr: CanvasWords,
): Card {
  const item = model.opportunity;
  const status = typeof item.status === 'string' ? item.status : undefined;
  const { stack, markers } = itemCardTop(x, y, width, opportunityChip(model, tr), item.description, findings, tr);
  stack.text(item.owner ? tr.t('canvas.owner', { owner: item.owner }) : tr.t('canvas.noOwner'), {
    size: 11,
    color: item.owner ? 'text' : 'warning',
    bold: !item.owner,
    maxLines: 2,
  });
  if (model.fixes.length > 0)
    chipRow(
      stack,
      tr.t('canvas.opportunity.fixes'),
      'success',
      model.fixed.map((pain, index) =>
        pain
          ? painChip(pain, tr)
          : { text: model.fixes[index]!, colors: { fill: 'card', text: 'muted', stroke: 'cardStroke' } },
      ),
    );
  addOtherFields(stack, item, KNOWN_KEYS.opportunity, tr);
  const height = stack.height + 2 * CARD_PADDING - 2;
  const box = rect(x, y, width, height);
  const label = tr.t('canvas.opportunity.label', {
    ref: model.ref,
    status: status
      ? tr.t('canvas.opportunity.label.status', {
          status: OPPORTUNITY_STATUSES.has(status) ? tr.t(`opportunityStatus.${status}` as MessageKey) : status,
        })
      : '',
    description: oneLine(item.description),
    owner: item.owner ? tr.t('canvas.opportunity.label.owner', { owner: oneLine(item.owner) }) : tr.t('canvas.noOwner'),
    fixes: model.fixes.length ? tr.t('canvas.opportunity.label.fixes', { refs: model.fixes.join(', ') }) : '',
  });
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

function showScore(
  metric: MetricResult,
  raw: Record<string, unknown> | undefined,
  value: number,
  tr: CanvasWords,
): string {
  const definition = metric.type === 'csat' && raw?.scale === 10 ? CSAT_TEN_POINT : METRIC_DEFINITIONS[metric.type];
  return definition ? tr.value(shownValue(definition, value)) : String(value);
}

export function metricCard(
  metric: MetricResult,
  raw: unknown,
  at: TouchpointModel | undefined,
  x: number,
  y: number,
  width: number,
  findings: readonly DrawnFinding[] | undefined,
  tr: CanvasWords,
): Card {
  const node = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : undefined;
  const inner = width - 2 * CARD_PADDING;
  const stack = new Stack(x + CARD_PADDING, y + CARD_PADDING, inner);
  const stripTop = stack.reserve(STRIP_HEIGHT + 4);
  const block = textBlock(tr.value(metric.labelMessage), stack.x, stripTop + 1, inner - GAP_MARKER - 12, {
    size: 12,
    bold: true,
    maxLines: 1,
  });
  if (block) stack.texts.push(block.text);
  const markers = gapMarkers(
    findings,
    stack.x + (block?.text.box.width ?? 0) + 6,
    x + width - CARD_PADDING,
    stripTop,
    tr,
  );
  if (at)
    stack.text(tr.t('canvas.metric.at', { number: at.number, name: oneLine(at.touchpoint.name) }), {
      size: 11,
      color: 'muted',
      maxLines: 1,
    });
  if (metric.question) stack.text(metric.question, { size: 11, color: 'muted', italic: true, maxLines: 2 });
  const score = metric.score;
  stack.text(
    score === undefined ? tr.t('canvas.metric.notMeasured') : showScore(metric, node, score, tr),
    { size: 16, bold: true, maxLines: 1, color: score === undefined ? 'muted' : 'text' },
    2,
  );
  if (metric.target !== undefined)
    stack.text(tr.t('canvas.metric.target', { score: showScore(metric, node, metric.target, tr) }), {
      size: 11,
      maxLines: 1,
    });
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
      ? { text: tr.t('canvas.metric.meets'), color: 'success' as const }
      : metric.meetsTarget === false
        ? { text: tr.t('canvas.metric.below'), color: 'danger' as const }
        : {
            text: tr.t(metric.target === undefined ? 'canvas.metric.noTarget' : 'canvas.metric.noScore'),
            color: 'muted' as const,
          };
  stack.text(verdict.text, { size: 11, bold: true, color: verdict.color, maxLines: 1 });
  stack.text(
    tr.t(metric.direction === 'lower-is-better' ? 'canvas.metric.lowerIsBetter' : 'canvas.metric.higherIsBetter'),
    {
      size: 11,
      color: 'muted',
      maxLines: 1,
    },
  );
  const details = [
    typeof node?.period === 'string' || typeof node?.period === 'number' ? formatValue(node.period, tr) : '',
    metric.respondents !== undefined ? tr.t('canvas.metric.responses', { count: metric.respondents }) : '',
  ].filter(Boolean);
  if (details.length > 0) stack.text(details.join(' · '), { size: 11, color: 'muted', maxLines: 2 });
  if (metric.problemMessage) stack.text(tr.value(metric.problemMessage), { size: 11, color: 'danger', maxLines: 3 });
  addOtherFields(stack, node, KNOWN_KEYS.metric, tr);
  addEvidence(stack, node?.evidence, tr);
  const height = stack.height + 2 * CARD_PADDING - 2;
  const box = rect(x, y, width, height);
  const label = tr.t('canvas.metric.label', { display: oneLine(tr.value(metric.displayMessage)) });
  const element = card('metric', metric.path, label, box, stack, {
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
  short: boolean,
  allPersonas: readonly PersonaModel[],
  tr: CanvasWords,
): Card {
  const stage = model.stage;
  const inner = width - 2 * CARD_PADDING;
  const stack = new Stack(x + CARD_PADDING, y + CARD_PADDING, inner);
  const stripTop = stack.reserve(STRIP_HEIGHT);
  const kind = typeof stage.kind === 'string' ? stageKindWord(stage.kind, tr) : '';
  // Room for the gap markers only when the stage has some; and when the full strip
  // ("STAGE 1 · CONSIDERATION") would be cut in a narrow column, the number and the kind
  // are what a reader needs, so "1 · CONSIDERATION" is drawn rather than "STAGE 1 ·…".
  const stripWidth = findings && findings.length > 0 ? inner - GAP_MARKER - 12 : inner;
  const stripStyle = { size: 11, bold: true, color: 'headerMuted', maxLines: 1 } as const;
  const stageNumber = tr.t('canvas.stage.strip', { number: model.index + 1 });
  const kindSuffix = kind ? ` · ${kind.toUpperCase()}` : '';
  let strip = textBlock(`${stageNumber}${kindSuffix}`, stack.x, stripTop, stripWidth, stripStyle);
  if (strip?.text.fullText !== undefined && kind) {
    strip = textBlock(`${model.index + 1}${kindSuffix}`, stack.x, stripTop, stripWidth, stripStyle) ?? strip;
  }
  if (strip) stack.texts.push(strip.text);
  const markers = gapMarkers(
    findings,
    stack.x + (strip?.text.box.width ?? 0) + 6,
    x + width - CARD_PADDING,
    stripTop,
    tr,
  );
  stack.text(
    continued ? tr.t('canvas.stage.continued', { name: stage.name }) : stage.name,
    { size: 15, bold: true, color: 'headerText', maxLines: 2 },
    4,
  );
  if (short) {
    const height = stack.height + 2 * CARD_PADDING;
    const box = rect(x, y, width, height);
    const label = tr.t('canvas.stage.label', { number: model.index + 1, name: oneLine(stage.name) });
    const element = card('stage', model.path, label, box, stack, {
      fill: 'headerFill',
      stroke: 'headerFill',
    });
    return { element, markers, height };
  }
  if (stage.description) stack.text(stage.description, { size: 11, color: 'headerMuted', maxLines: 3 }, 4);
  if (stage.customerGoal)
    stack.text(
      tr.t('canvas.stage.customerGoal', { goal: oneLine(stage.customerGoal) }),
      { size: 11, color: 'headerText', maxLines: 3 },
      3,
    );
  if (stage.businessGoal)
    stack.text(
      tr.t('canvas.stage.businessGoal', { goal: oneLine(stage.businessGoal) }),
      { size: 11, color: 'headerText', maxLines: 3 },
      3,
    );
  addQuotes(stack, stage.quotes, allPersonas, 'headerText');
  addThoughts(stack, stage.thoughts, tr, 'headerMuted');
  addOtherFields(stack, stage, KNOWN_KEYS.stage, tr, 'headerMuted');
  const height = stack.height + 2 * CARD_PADDING;
  const box = rect(x, y, width, height);
  const element = card(
    'stage',
    model.path,
    kind
      ? tr.t('canvas.stage.labelWithKind', { number: model.index + 1, name: oneLine(stage.name), kind })
      : tr.t('canvas.stage.label', { number: model.index + 1, name: oneLine(stage.name) }),
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
  tr: CanvasWords,
): Card {
  const inner = width - 2 * CARD_PADDING;
  const stack = new Stack(x + CARD_PADDING, y + CARD_PADDING, inner);
  const top = stack.y;
  for (const shape of personaKey(persona.index, stack.x, stack.x + 26, round(top + 9), 12)) stack.shape(shape);
  stack.text(persona.name, { size: 13, bold: true, maxLines: 2, indent: 34 }, 3);
  const data = persona.persona;
  if (data) {
    if (data.description) stack.text(data.description, { size: 11, color: 'muted', maxLines: 3 }, 3);
    if (data.goals?.length)
      stack.text(
        tr.t('canvas.persona.goals', { list: data.goals.map(oneLine).join('; ') }),
        { size: 11, maxLines: 3 },
        3,
      );
    if (data.needs?.length)
      stack.text(
        tr.t('canvas.persona.needs', { list: data.needs.map(oneLine).join('; ') }),
        { size: 11, maxLines: 3 },
        3,
      );
    if (data.channels?.length) {
      const list = data.channels.map((channel) => channelLabel(channel, tr)).join(', ');
      stack.text(tr.t('canvas.persona.channels', { list }), { size: 11, maxLines: 2 }, 3);
    }
    addOtherFields(stack, data, KNOWN_KEYS.persona, tr);
  }
  const markers = findings?.length
    ? gapMarkers(findings, stack.x, x + width - CARD_PADDING, stack.reserve(STRIP_HEIGHT), tr)
    : [];
  const height = Math.max(stack.height, 20) + 2 * CARD_PADDING - 3;
  const box = rect(x, y, width, height);
  const element = card(
    'persona',
    persona.path,
    tr.t('canvas.persona.label', {
      name: oneLine(persona.name),
      marker: tr.t(`canvas.marker.${personaStyle(persona.index).marker}`),
    }),
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
