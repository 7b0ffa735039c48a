/**
 * The previews watching each document, and what each was last sent. The schedule's analysis
 * of a new version (the one whose problems are published) is pushed to every watching
 * preview as its model; a drawing identical to the last one sent goes out as `unchanged`
 * (no Mermaid text, no canvas), so neither the connection nor the page redoes that work.
 */
import type { JourneyAnalysis } from '../../core/index';
import type { Language } from '../../core/l10n/index';
import type { PreviewModelPush, PreviewModelResult } from '../../shared/languageProtocol';
import type { PreviewViewOptions, UpdateMessage } from '../../shared/previewProtocol';
import { buildPreviewModel } from './previewModel';

interface Watch {
  readonly fileName: string;
  readonly options: PreviewViewOptions | undefined;
  /** The reader's display language the preview was opened in (its banner and notes). */
  readonly language: Language | undefined;
  /** The drawingHash of the last model sent to this preview (answer or push). */
  sentHash: string | undefined;
}

export class PreviewWatches {
  private readonly watches = new Map<string, Map<string, Watch>>();

  constructor(private readonly push: (model: PreviewModelPush) => void) {}

  /** Answers a request; with a watchId the preview is (re)subscribed with these options. */
  answer(input: {
    uri: string;
    version: number;
    fileName: string;
    analysis: JourneyAnalysis;
    options?: PreviewViewOptions;
    language?: Language;
    watchId?: string;
    drawnHash?: string;
  }): PreviewModelResult {
    const model = modelWithHash(input);
    if (input.watchId !== undefined) {
      const forUri = this.watches.get(input.uri) ?? new Map<string, Watch>();
      forUri.set(input.watchId, {
        fileName: input.fileName,
        options: input.options,
        language: input.language,
        sentHash: model.drawingHash,
      });
      this.watches.set(input.uri, forUri);
    }
    return input.drawnHash !== undefined && model.drawingHash === input.drawnHash ? withoutDrawing(model) : model;
  }

  /** A new version was analysed on the schedule: push its model to every preview watching it. */
  analysed(uri: string, version: number, analysis: JourneyAnalysis): void {
    for (const [watchId, watch] of this.watches.get(uri) ?? []) {
      const model = modelWithHash({
        uri,
        version,
        fileName: watch.fileName,
        analysis,
        ...(watch.options ? { options: watch.options } : {}),
        ...(watch.language ? { language: watch.language } : {}),
      });
      const same = model.drawingHash !== undefined && model.drawingHash === watch.sentHash;
      // An invalid version sends no drawing: the page keeps the last good one, which stays what it shows.
      if (model.drawingHash !== undefined) watch.sentHash = model.drawingHash;
      this.push({ uri, watchId, ...(same ? withoutDrawing(model) : model) });
    }
  }

  unwatch(uri: string, watchId: string): void {
    const forUri = this.watches.get(uri);
    forUri?.delete(watchId);
    if (forUri?.size === 0) this.watches.delete(uri);
  }

  watching(uri: string): number {
    return this.watches.get(uri)?.size ?? 0;
  }
}

function modelWithHash(input: Parameters<typeof buildPreviewModel>[0]): PreviewModelResult {
  const model = buildPreviewModel(input);
  const hash = drawingHash(model.message);
  return hash === undefined ? model : { ...model, drawingHash: hash };
}

function withoutDrawing(model: PreviewModelResult): PreviewModelResult {
  const { diagram: _diagram, canvas: _canvas, ...message } = model.message;
  return { ...model, unchanged: true, message: { ...message, unchanged: true } };
}

/**
 * What the page draws from, reduced to a hash: the view and the Mermaid text with its tasks,
 * or the canvas (SVG, size, filters). Undefined when the message has nothing to draw.
 */
export function drawingHash(message: UpdateMessage): string | undefined {
  if (message.diagram)
    return hashOf(`mermaid\u0000${message.diagram.text}\u0000${JSON.stringify(message.diagram.tasks)}`);
  if (message.canvas) {
    const { svg, ...layout } = message.canvas;
    return hashOf(`map\u0000${svg}\u0000${JSON.stringify(layout)}`);
  }
  return undefined;
}

/** Two FNV-1a 32-bit hashes with different offset bases, and the length: 64 bits plus the size. */
function hashOf(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
  }
  return `${text.length.toString(36)}-${(a >>> 0).toString(36)}-${(b >>> 0).toString(36)}`;
}
