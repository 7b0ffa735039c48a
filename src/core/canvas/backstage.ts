/**
 * The Backstage lane's card, as in a service blueprint: below the line of visibility, what makes
 * a touchpoint happen. Frontstage staff actions the customer sees, backstage actions they do not,
 * and the support systems, each with its owner. Muted (dashed, no fill of its own), so the
 * customer's side of the map stays the loudest.
 */
import type { DrawnFinding } from './model';
import { type Card, CARD_PADDING, elementId, gapMarkers } from './cards';
import type { TouchpointModel } from './model';
import { rect, Stack } from './stack';
import { oneLine } from './text';
import type { CanvasWords } from './words';

const SECTIONS = ['frontstage', 'actions', 'support'] as const;

/** Whether the touchpoint has anything to draw in the Backstage lane. */
export function hasBackstage(model: TouchpointModel): boolean {
  const backstage = model.touchpoint.backstage;
  return SECTIONS.some((key) => (backstage?.[key] ?? []).length > 0);
}

export function backstageCard(
  model: TouchpointModel,
  x: number,
  y: number,
  width: number,
  findings: readonly DrawnFinding[] | undefined,
  tr: CanvasWords,
): Card {
  const backstage = model.touchpoint.backstage ?? {};
  const inner = width - 2 * CARD_PADDING;
  const stack = new Stack(x + CARD_PADDING, y + CARD_PADDING, inner);
  const markersTop = findings?.length ? stack.reserve(18) : undefined;
  const spoken: string[] = [];
  for (const key of SECTIONS) {
    const items = backstage[key] ?? [];
    if (items.length === 0) continue;
    const heading = tr.t(`canvas.backstage.${key}`);
    stack.text(heading.toUpperCase(), { size: 11, bold: true, color: 'muted', maxLines: 1 }, 1);
    for (const item of items) {
      stack.text(`• ${oneLine(item.description)}`, { size: 11, maxLines: 3 }, 0);
      if (item.owner) stack.text(oneLine(item.owner), { size: 11, color: 'muted', maxLines: 1, indent: 9 }, 2);
      else stack.gap(2);
      spoken.push(`${heading}: ${oneLine(item.description)}${item.owner ? ` (${oneLine(item.owner)})` : ''}`);
    }
    stack.gap(3);
  }
  const markers =
    markersTop !== undefined ? gapMarkers(findings, stack.x, x + width - CARD_PADDING, markersTop, tr) : [];
  const height = stack.height + 2 * CARD_PADDING - 5;
  const box = rect(x, y, width, height);
  const element = {
    id: elementId('backstage', [...model.path, 'backstage']),
    kind: 'backstage' as const,
    path: [...model.path, 'backstage'],
    label: tr.t('canvas.backstage.label', { number: model.number, items: spoken.join('; ') }),
    box,
    shapes: [
      {
        type: 'rect' as const,
        ...box,
        rx: 6,
        fill: 'none' as const,
        stroke: 'cardStroke' as const,
        strokeWidth: 1,
        dash: '4 3',
      },
      ...stack.shapes,
    ],
    texts: stack.texts,
    interactive: true,
  };
  return { element, markers, height };
}
