/**
 * The extension host's side of a keystroke, measured as the time its thread is busy: this
 * process plays the extension host, and the real language server (dist/server.js) runs in its
 * own Node process over IPC, as VS Code desktop starts it (TransportKind.ipc). Per keystroke the
 * host thread serialises the didChange notification, receives and parses the published
 * diagnostics and, with a preview open, the pushed model, forwards the model's update to the
 * webview (VS Code serialises a webview message as JSON: JSON.stringify here), asks the server
 * which element is under the cursor (journeyMap/previewSync) and forwards the highlight: what
 * src/extension/preview/previewPanel.ts does. The time is the CPU time of this process
 * (process.cpuUsage: its thread, plus V8's helper threads for garbage collection) from sending
 * the change to the last of these, so it includes the JSON-RPC parsing and none of the server's
 * work; the event loop's active time (performance.eventLoopUtilization) is wall-clock time and
 * grows with the machine's load, so it is printed beside it. Not included: turning the
 * diagnostics into vscode.Diagnostic objects (VS Code's own).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PreviewModelPush, PreviewModelResult, PreviewSyncResult } from '../src/shared/languageProtocol';
import type { PreviewView } from '../src/shared/previewProtocol';
import { mapWithTouchpoints } from '../test/unit/helpers/generatedMaps';
import { stats, type Timing } from './benchSupport';

const SERVER = join(__dirname, '..', 'dist', 'server.js');
const WATCH_ID = 'bench-preview';

/** The host's connection to a server process, and what the preview panel would do with its pushes. */
class Host {
  private readonly connection: MessageConnection;
  private readonly waiting = new Map<string, () => void>();
  private readonly arrived = new Set<string>();
  /** What the page shows: the drawingHash the panel last forwarded (a patch must be of it). */
  private drawnHash: string | undefined;
  /** Bytes posted to the webview per keystroke, and pushes that could not be forwarded as they came. */
  postedBytes = 0;
  refused = 0;
  cursorOffset = 0;

  private constructor(
    private readonly child: ChildProcess,
    readonly uri: string,
  ) {
    this.connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number }) =>
      this.deliver(`diagnostics#${params.version}`),
    );
    this.connection.onNotification(
      'journeyMap/previewModelChanged',
      (push: PreviewModelPush) => void this.receivePush(push),
    );
    this.connection.listen();
  }

  static async start(uri: string): Promise<Host> {
    if (!existsSync(SERVER)) throw new Error('dist/server.js is missing: run `npm run build` first.');
    const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const host = new Host(child, uri);
    await host.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      initializationOptions: { journeyMap: { validationDelay: 0 } },
    });
    await host.connection.sendNotification('initialized', {});
    return host;
  }

  open(text: string): Promise<void> {
    void this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: this.uri, languageId: 'journey-yaml', version: 1, text },
    });
    return this.until('diagnostics#1');
  }

  /** Opens a preview of the document in `view`: its first model comes whole (not timed). */
  async openPreview(view: PreviewView, version: number): Promise<void> {
    const model = await this.connection.sendRequest<PreviewModelResult>('journeyMap/previewModel', {
      uri: this.uri,
      version,
      fileName: 'bench.journey.yaml',
      options: { view, theme: 'light', personas: null, hiddenLanes: [] },
      watchId: WATCH_ID,
    });
    this.drawnHash = model.drawingHash;
  }

  /**
   * One keystroke: sends it, and resolves once the host has done all it does for it. The
   * position is computed before (VS Code has it from its own text model).
   */
  async type(
    change: { version: number; at: { line: number; character: number }; offset: number; inserted: string },
    preview: boolean,
  ): Promise<void> {
    const { version, at, inserted } = change;
    this.cursorOffset = change.offset + inserted.length;
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: this.uri, version },
      contentChanges: [{ range: { start: at, end: at }, text: inserted }],
    });
    await this.until(`diagnostics#${version}`);
    if (preview) await this.until(`synced#${version}`);
  }

  async close(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    void this.connection.sendNotification('exit');
    this.connection.dispose();
    this.child.kill();
  }

  /** PreviewPanel.receivePush → postModel → onCursorMoved, without VS Code. */
  private async receivePush(push: PreviewModelPush): Promise<void> {
    if (push.watchId !== WATCH_ID || push.uri !== this.uri) return;
    const base = push.unchanged ? push.drawingHash : push.message.canvasInput?.base;
    if ((push.unchanged || base !== undefined) && base !== this.drawnHash) {
      this.refused++; // the panel would ask again in full; the bench's keystrokes never lead here
      return;
    }
    if (push.drawingHash !== undefined) this.drawnHash = push.drawingHash;
    this.postedBytes += JSON.stringify(push.message).length;
    const answer = await this.connection.sendRequest<PreviewSyncResult | null>('journeyMap/previewSync', {
      uri: this.uri,
      watchId: WATCH_ID,
      offset: this.cursorOffset,
    });
    if (answer) {
      const highlight =
        answer.view === 'mermaid'
          ? { type: 'highlightTask', uri: this.uri, version: answer.version, taskIndex: answer.taskIndex ?? null }
          : { type: 'highlightElement', uri: this.uri, version: answer.version, elementId: answer.elementId ?? null };
      this.postedBytes += JSON.stringify(highlight).length;
    }
    this.deliver(`synced#${push.version}`);
  }

  private deliver(key: string): void {
    const resolve = this.waiting.get(key);
    if (resolve) {
      this.waiting.delete(key);
      resolve();
    } else this.arrived.add(key);
  }

  private until(key: string): Promise<void> {
    if (this.arrived.delete(key)) return Promise.resolve();
    return new Promise((resolve) => this.waiting.set(key, resolve));
  }
}

export interface HostFigures {
  count: number;
  sizeKb: number;
  /** Without a preview: the didChange and the diagnostics. */
  alone: Timing;
  /** With a preview (view): a keystroke that changes the drawing, and one that does not. */
  changed: Timing;
  unchanged: Timing;
  /** Median bytes the host posted to the webview per keystroke, changed and unchanged. */
  changedBytes: number;
  unchangedBytes: number;
  refused: number;
  /** The event loop's active (wall-clock) time per keystroke over all rows: inflated by a loaded machine. */
  loopActive: Timing;
}

/** Host thread time per keystroke at `count` touchpoints, with the preview in `view`. */
export async function hostKeystrokes(count: number, view: PreviewView, runs: number): Promise<HostFigures> {
  const text = mapWithTouchpoints(count);
  const host = await Host.start(`file:///bench-host-${count}-${view}.journey.yaml`);
  await host.open(text);
  let version = 1;
  // In the middle touchpoint's name (the drawing changes), or in the first line's comment (it does not).
  const middle = text.indexOf('- id: tp-', Math.floor(text.length / 2));
  const nameAt = text.indexOf('\n', text.indexOf('name:', middle)) - 1;
  const commentAt = 2;
  // Positions come from VS Code's text model; here, computed once: each keystroke types into the same line.
  const document = TextDocument.create('file:///positions', 'journey-yaml', 1, text);
  const lineOf = { name: document.positionAt(nameAt), comment: document.positionAt(commentAt) };
  let typed = 0;
  const keystroke = async (preview: boolean, where: 'name' | 'comment'): Promise<number> => {
    const column = typed++ % 40;
    const offset = (where === 'name' ? nameAt : commentAt) + column;
    const letter = 'etaoinshrd'[typed % 10]!;
    const at = { line: lineOf[where].line, character: lineOf[where].character + column };
    const bytes = host.postedBytes;
    const cpu = process.cpuUsage();
    const loop = performance.eventLoopUtilization();
    await host.type({ version: ++version, at, offset, inserted: letter }, preview);
    const used = process.cpuUsage(cpu);
    wall.push(performance.eventLoopUtilization(loop).active);
    bytesPosted.push(host.postedBytes - bytes);
    return (used.user + used.system) / 1000;
  };
  let bytesPosted: number[] = [];
  const wall: number[] = [];
  const measure = async (preview: boolean, where: 'name' | 'comment') => {
    const samples: number[] = [];
    for (let i = -3; i < runs; i++) {
      const busy = await keystroke(preview, where);
      if (i >= 0) samples.push(busy);
    }
    return stats(samples);
  };
  const alone = await measure(false, 'name');
  await host.openPreview(view, version);
  bytesPosted = [];
  const changed = await measure(true, 'name');
  const changedBytes = stats(bytesPosted.slice(3)).median;
  bytesPosted = [];
  const unchanged = await measure(true, 'comment');
  const unchangedBytes = stats(bytesPosted.slice(3)).median;
  await host.close();
  return {
    count,
    sizeKb: text.length / 1024,
    alone,
    changed,
    unchanged,
    changedBytes,
    unchangedBytes,
    refused: host.refused,
    loopActive: stats(wall),
  };
}
