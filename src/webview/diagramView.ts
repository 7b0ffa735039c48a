import type { Mermaid } from 'mermaid';
import type { DiagramTheme } from '../shared/mermaidConfig';
import { renderJourneyInto, type RenderedJourney } from './render/renderJourney';

export interface DiagramRenderResult {
  readonly rendered: RenderedJourney;
  readonly svgLength: number;
}

/**
 * Owns #diagram: renders into it, drops stale renders, and maps clicks and highlights to
 * task indices. Only the newest render may touch the DOM: each one gets an
 * AbortController, and starting a new render aborts the previous one.
 */
export class DiagramView {
  private renderCount = 0;
  private inFlight: AbortController | undefined;
  private highlighted: number | null = null;
  /** A scratch host in the page (visibility hidden) where a render is measured before it replaces the visible one. */
  private readonly stagingHost: HTMLElement;

  constructor(
    private readonly container: HTMLElement,
    private readonly onTaskActivated: (taskIndex: number) => void,
  ) {
    this.stagingHost = document.createElement('div');
    this.stagingHost.className = 'diagram-staging';
    this.stagingHost.setAttribute('aria-hidden', 'true');
    document.body.appendChild(this.stagingHost);
    container.addEventListener('click', (event) => this.activateFrom(event.target));
    container.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        if (this.activateFrom(event.target)) event.preventDefault();
      }
    });
  }

  get svg(): SVGSVGElement | null {
    return this.container.querySelector('svg');
  }

  /**
   * Renders `mermaidText`; resolves to undefined when a newer render superseded this one.
   * Rejects with Mermaid's error when the text cannot be drawn (the old diagram stays).
   */
  async render(
    mermaid: Mermaid,
    mermaidText: string,
    options: {
      theme: DiagramTheme;
      fontFamily?: string;
      actorSlots?: readonly number[];
      taskTitles: readonly string[];
    },
  ): Promise<DiagramRenderResult | undefined> {
    this.inFlight?.abort();
    const controller = new AbortController();
    this.inFlight = controller;
    const id = `journey-map-${++this.renderCount}`;
    try {
      const rendered = await renderJourneyInto(mermaid, mermaidText, this.stagingHost, {
        theme: options.theme,
        fontFamily: options.fontFamily,
        ...(options.actorSlots ? { actorSlots: options.actorSlots } : {}),
        id,
        signal: controller.signal,
      });
      if (controller.signal.aborted) return undefined;
      const svgLength = rendered.markupLength;
      rendered.wrap.taskGroups.forEach((group, index) => {
        group.setAttribute('tabindex', '0');
        // A labelled group, like the canvas's elements: its name describes more than its (wrapped) visible text.
        group.setAttribute('role', 'group');
        const title = options.taskTitles[index];
        if (title) group.setAttribute('aria-label', title);
      });
      this.container.replaceChildren(rendered.svg);
      this.stagingHost.replaceChildren();
      if (this.highlighted !== null) this.highlight(this.highlighted, false);
      return { rendered, svgLength };
    } catch (error) {
      if (controller.signal.aborted) return undefined;
      this.stagingHost.replaceChildren();
      throw error;
    } finally {
      if (this.inFlight === controller) this.inFlight = undefined;
    }
  }

  highlight(taskIndex: number | null, scrollIntoView: boolean): void {
    this.highlighted = taskIndex;
    for (const element of Array.from(this.container.querySelectorAll('.task-highlighted')))
      element.classList.remove('task-highlighted');
    if (taskIndex === null) return;
    const group = this.container.querySelector(`[data-task-index="${taskIndex}"]`);
    if (!group) return;
    group.classList.add('task-highlighted');
    if (scrollIntoView) group.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  private activateFrom(target: EventTarget | null): boolean {
    const group = target instanceof Element ? target.closest('[data-task-index]') : null;
    if (!group || !this.container.contains(group)) return false;
    const index = Number(group.getAttribute('data-task-index'));
    if (!Number.isInteger(index) || index < 0) return false;
    this.onTaskActivated(index);
    return true;
  }
}
