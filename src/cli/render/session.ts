/**
 * Starts the browser the first time a map needs it and keeps it for the rest of the run,
 * so `render --format mermaid` never launches one and a batch launches exactly one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors';
import { DiagramRenderer } from './diagramRenderer';
import { findBrowser } from './findBrowser';

/** dist/webview beside the bundled dist/cli.js: the preview's standalone renderer and Mermaid's ESM build. */
export function webviewDirectory(): string {
  return join(__dirname, 'webview');
}

export class RendererSession {
  private starting: Promise<DiagramRenderer> | undefined;

  constructor(
    private readonly browserOption: string | undefined,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  readonly get = (): Promise<DiagramRenderer> => {
    this.starting ??= this.start();
    return this.starting;
  };

  private async start(): Promise<DiagramRenderer> {
    const browser = findBrowser(this.browserOption, this.env);
    const webviewDir = webviewDirectory();
    if (
      !existsSync(join(webviewDir, 'standalone.js')) ||
      !existsSync(join(webviewDir, 'mermaid', 'mermaid.esm.min.mjs'))
    ) {
      throw new UsageError(
        `The diagram renderer is missing from ${webviewDir}; reinstall journey-map, or run \`npm run build\` in a checkout.`,
      );
    }
    return DiagramRenderer.launch(browser, webviewDir);
  }

  async close(): Promise<void> {
    if (this.starting === undefined) return;
    const renderer = await this.starting.catch(() => undefined);
    await renderer?.close();
  }
}
