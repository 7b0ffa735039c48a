/**
 * The previews watching each document, what each was last sent, and editor sync with it. The
 * schedule's analysis of a new version (the one whose problems are published) is pushed to
 * every watching preview as its model, small enough that the extension host only forwards it:
 * - a drawing identical to the last one sent goes out as `unchanged` (no Mermaid text, no canvas
 *   input), so neither the connection nor the page redoes that work;
 * - a changed canvas input goes out as a patch of the last one sent (src/shared/textPatch.ts);
 * - no source ranges travel: the watch keeps the tasks or canvas elements it sent, and the
 *   extension asks (sync) which one is under the cursor, or where a clicked one is.
 */
import type { SourceRange } from '../../core/findings';
import type { JourneyAnalysis } from '../../core/index';
import type { Language } from '../../core/l10n/index';
import type { MermaidTask } from '../../core/mermaid/index';
import type {
  PreviewModelPush,
  PreviewModelResult,
  PreviewSyncParams,
  PreviewSyncResult,
} from '../../shared/languageProtocol';
import { canvasSyncElements, type CanvasInput, type CanvasSyncElement } from '../../shared/previewCanvas';
import type { PreviewView, PreviewViewOptions, UpdateMessage } from '../../shared/previewProtocol';
import { buildPreviewUpdate, taskIndexAt, type PreviewModelInput } from '../../shared/previewUpdate';
import { chunksOf, hashOf, patchOf } from '../../shared/textPatch';

interface Watch {
  readonly fileName: string;
  readonly options: PreviewViewOptions | undefined;
  /** The reader's display language the preview was opened in (its banner and notes). */
  readonly language: Language | undefined;
  /** The drawingHash of the last model sent to this preview (answer or push). */
  sentHash: string | undefined;
  /** The chunks of the canvas input last sent (what a patch is made against), when it was a canvas. */
  sentChunks: readonly string[] | undefined;
  /** What the last drawing sent shows, for editor sync. */
  drawn: Drawn | undefined;
}

/** The drawing a watch was last sent, at the version it was sent for. */
class Drawn {
  private elements: readonly CanvasSyncElement[] | undefined;
  private valueRanges: readonly (SourceRange | undefined)[] | undefined;

  constructor(
    readonly version: number,
    readonly view: PreviewView,
    private readonly analysis: JourneyAnalysis,
    private readonly tasks: readonly MermaidTask[],
    private readonly canvas: CanvasInput | undefined,
  ) {}

  /** The task or canvas element under `offset` (the smallest whose value contains it). */
  at(offset: number): Pick<PreviewSyncResult, 'taskIndex' | 'elementId'> {
    const index = taskIndexAt(this.ranges(), offset);
    if (this.view === 'mermaid') return { taskIndex: index };
    return { elementId: index === null ? null : (this.syncElements()[index]?.id ?? null) };
  }

  /** Where a clicked task or element is: its first line, else its value. */
  rangeOf(target: { taskIndex?: number; elementId?: string }): SourceRange | null {
    const path =
      this.view === 'mermaid'
        ? target.taskIndex === undefined
          ? undefined
          : this.tasks[target.taskIndex]?.path
        : this.syncElements().find((element) => element.id === target.elementId)?.path;
    if (!path) return null;
    const { parsed } = this.analysis;
    return parsed.rangeOf(path, 'item') ?? parsed.rangeOf(path) ?? null;
  }

  private paths(): readonly (readonly (string | number)[])[] {
    return this.view === 'mermaid'
      ? this.tasks.map((task) => task.path)
      : this.syncElements().map((element) => element.path);
  }

  private syncElements(): readonly CanvasSyncElement[] {
    // Laid out on the first question only: a version the cursor never visits costs nothing here.
    this.elements ??= this.canvas ? canvasSyncElements(this.canvas) : [];
    return this.elements;
  }

  private ranges(): readonly (SourceRange | undefined)[] {
    this.valueRanges ??= this.paths().map((path) => this.analysis.parsed.rangeOf(path));
    return this.valueRanges;
  }
}

export class PreviewWatches {
  private readonly watches = new Map<string, Map<string, Watch>>();

  constructor(private readonly push: (model: PreviewModelPush) => void) {}

  /** Answers a request; with a watchId the preview is (re)subscribed with these options. */
  answer(input: PreviewModelInput & { watchId?: string; drawnHash?: string }): PreviewModelResult {
    const previous = input.watchId === undefined ? undefined : this.watches.get(input.uri)?.get(input.watchId);
    const watch: Watch = {
      fileName: input.fileName,
      options: input.options,
      language: input.language,
      // A patch is made only against what the page has: the drawing the extension says it shows.
      sentHash: previous?.sentHash === input.drawnHash ? input.drawnHash : undefined,
      sentChunks: previous?.sentHash === input.drawnHash ? previous?.sentChunks : undefined,
      drawn: undefined,
    };
    const model = this.next(watch, input);
    if (input.watchId !== undefined) {
      const forUri = this.watches.get(input.uri) ?? new Map<string, Watch>();
      forUri.set(input.watchId, watch);
      this.watches.set(input.uri, forUri);
    }
    return model;
  }

  /** A new version was analysed on the schedule: push its model to every preview watching it. */
  analysed(uri: string, version: number, analysis: JourneyAnalysis): void {
    for (const [watchId, watch] of this.watches.get(uri) ?? []) {
      const model = this.next(watch, {
        uri,
        version,
        fileName: watch.fileName,
        analysis,
        ...(watch.options ? { options: watch.options } : {}),
        ...(watch.language ? { language: watch.language } : {}),
      });
      this.push({ uri, watchId, ...model });
    }
  }

  /** Editor sync with the drawing `watchId` was last sent; null when it was sent none. */
  sync(params: PreviewSyncParams): PreviewSyncResult | null {
    const drawn = this.watches.get(params.uri)?.get(params.watchId)?.drawn;
    if (!drawn) return null;
    const about = { version: drawn.version, view: drawn.view };
    if (typeof params.offset === 'number') return { ...about, ...drawn.at(params.offset) };
    return {
      ...about,
      range: drawn.rangeOf({
        ...(typeof params.taskIndex === 'number' ? { taskIndex: params.taskIndex } : {}),
        ...(typeof params.elementId === 'string' ? { elementId: params.elementId } : {}),
      }),
    };
  }

  unwatch(uri: string, watchId: string): void {
    const forUri = this.watches.get(uri);
    forUri?.delete(watchId);
    if (forUri?.size === 0) this.watches.delete(uri);
  }

  watching(uri: string): number {
    return this.watches.get(uri)?.size ?? 0;
  }

  /** The model of this version for a watch that was last sent what `watch` records; records what it is sent now. */
  private next(watch: Watch, input: PreviewModelInput): PreviewModelResult {
    const update = buildPreviewUpdate(input);
    const hash = drawingHash(update.message);
    const base = { version: input.version, ...(hash === undefined ? {} : { drawingHash: hash }) };
    // An invalid version sends no drawing: the page keeps the last good one, which stays what it
    // shows (and what the cursor is synced with).
    if (hash === undefined) return { ...base, message: update.message };
    // The Mermaid view of a map too large for Mermaid shows the canvas: sync with what is shown.
    const shown = update.message.diagram ? 'mermaid' : 'map';
    watch.drawn = new Drawn(input.version, shown, input.analysis, update.tasks, update.canvas?.input);
    if (hash === watch.sentHash) return { ...base, unchanged: true, message: withoutDrawing(update.message) };
    const before = watch.sentChunks;
    const chunks = update.canvas ? chunksOf(update.canvas.text) : undefined;
    let message = update.message;
    if (update.canvas && chunks && before && watch.sentHash !== undefined) {
      const parts = patchOf(before, chunks);
      message = { ...message, canvasInput: { hash, base: watch.sentHash, parts } };
    }
    watch.sentHash = hash;
    watch.sentChunks = chunks;
    return { ...base, message };
  }
}

function withoutDrawing(message: UpdateMessage): UpdateMessage {
  const { diagram: _diagram, canvasInput: _canvasInput, ...rest } = message;
  return { ...rest, unchanged: true };
}

/**
 * What the page draws from, reduced to a hash: the view and the Mermaid text with its tasks,
 * or the canvas input (the journey, metrics, findings without ranges, the options). Undefined
 * when the message has nothing to draw.
 */
export function drawingHash(message: UpdateMessage): string | undefined {
  if (message.diagram)
    return hashOf(`mermaid\u0000${message.diagram.text}\u0000${JSON.stringify(message.diagram.tasks)}`);
  return message.canvasInput?.hash;
}
