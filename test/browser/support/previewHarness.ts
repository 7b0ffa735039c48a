/**
 * The real preview page in real Chromium: a loopback HTTP server serves the page built by
 * the production `buildPreviewHtml` (so the production CSP applies, delivered the same way
 * as in VS Code: a <meta> tag), the built dist/webview bundle and media/preview.css.
 * `acquireVsCodeApi` is stubbed before any page script runs and records what the page
 * posts; the test plays the extension by posting messages into the page.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { analyzeJourney } from '../../../src/core/index';
import { buildPreviewHtml } from '../../../src/extension/preview/previewHtml';
import type {
  ExtensionToWebviewMessage,
  PreviewViewOptions,
  RenderReport,
  UpdateMessage,
  WebviewToExtensionMessage,
} from '../../../src/shared/previewProtocol';
import { buildPreviewUpdate, DEFAULT_VIEW_OPTIONS } from '../../../src/shared/previewUpdate';
import { waitFor } from '../../unit/helpers/waitFor';

/** Where dist/webview and media are served from: the repository, or another build (e.g. a mutated one, to check that these tests catch it). */
export const REPO_ROOT = process.env.JOURNEY_MAP_PREVIEW_ROOT ?? join(__dirname, '..', '..', '..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const TEST_MAP_URI = 'file:///workspace/test.journey.yaml';
/** Folders the server exposes, like the webview's localResourceRoots. */
const SERVED_ROOTS = ['dist/webview', 'media'];
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export function assertBuilt(): void {
  for (const file of [
    'dist/webview/preview.js',
    'dist/webview/standalone.js',
    'dist/webview/mermaid/mermaid.esm.min.mjs',
  ]) {
    if (!existsSync(join(REPO_ROOT, file)))
      throw new Error(`${file} is missing: run \`npm run build\` before the browser tests.`);
  }
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
}

export class PreviewServer {
  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<PreviewServer> {
    let origin = '';
    const server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname === '/preview.html') {
        const html = buildPreviewHtml({
          cspSource: origin,
          nonce: randomBytes(18).toString('base64'),
          scriptUri: `${origin}/dist/webview/preview.js`,
          styleUri: `${origin}/media/preview.css`,
          // ?mermaid=missing points the page at a file that does not exist (load-failure tests).
          settings: {
            uri: TEST_MAP_URI,
            // ?view=map opens the page in the Map view (the old tests drive the Mermaid view).
            defaultView: url.searchParams.get('view') === 'map' ? 'map' : 'mermaid',
            // ?lang=id: the page's own words in Indonesian.
            language: url.searchParams.get('lang') === 'id' ? 'id' : 'en',
            mermaidUrl: `${origin}/dist/webview/mermaid/${url.searchParams.get('mermaid') === 'missing' ? 'missing.mjs' : 'mermaid.esm.min.mjs'}`,
          },
          title: 'Preview test.journey.yaml',
        });
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(html);
        return;
      }
      if (url.pathname === '/standalone.html') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(
          '<!doctype html><html><head><meta charset="utf-8"></head><body><script src="/dist/webview/standalone.js"></script></body></html>',
        );
        return;
      }
      const relative = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '');
      const allowed = SERVED_ROOTS.some((root) => relative.startsWith(root + sep) || relative.startsWith(root + '/'));
      const file = join(REPO_ROOT, relative);
      if (!allowed || !existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return new PreviewServer(server, origin);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** What the page did that a test may assert on. */
export interface PageRecord {
  posted: WebviewToExtensionMessage[];
  cspViolations: { directive: string; blockedURI: string; sample: string }[];
  /** Set by XSS payloads (`window.__xss = …`) if any ever ran. */
  xss: unknown[];
}

export class PreviewPage {
  readonly dialogs: string[] = [];
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];

  private constructor(readonly page: Page) {}

  static async open(
    browser: Browser,
    server: PreviewServer,
    options: {
      width?: number;
      height?: number;
      bodyClass?: string;
      missingMermaid?: boolean;
      view?: 'map' | 'mermaid';
      /** The reader's display language (the page's settings.language). */
      language?: 'en' | 'id';
    } = {},
  ): Promise<PreviewPage> {
    const page = await browser.newPage({ viewport: { width: options.width ?? 800, height: options.height ?? 700 } });
    const preview = new PreviewPage(page);
    page.on('dialog', (dialog) => {
      preview.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') preview.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => preview.pageErrors.push(String(error)));
    // tsx compiles with keepNames, which wraps functions in `__name(...)`: functions
    // serialised into the page need that helper there.
    await page.addInitScript('globalThis.__name = (target) => target');
    // Runs before the page's own scripts and outside its CSP, like VS Code's injected API.
    await page.addInitScript((bodyClass: string) => {
      const record = { posted: [] as unknown[], cspViolations: [] as unknown[], xss: [] as unknown[] };
      let state: unknown;
      Object.assign(window, {
        __record: record,
        acquireVsCodeApi: () => ({
          postMessage: (message: unknown) => record.posted.push(JSON.parse(JSON.stringify(message))),
          getState: () => state,
          setState: (next: unknown) => {
            state = next;
          },
        }),
      });
      Object.defineProperty(window, '__xss', {
        set: (value: unknown) => record.xss.push(value),
        get: () => record.xss.length,
      });
      document.addEventListener('securitypolicyviolation', (event) => {
        record.cspViolations.push({
          directive: event.violatedDirective,
          blockedURI: event.blockedURI,
          sample: event.sample,
        });
      });
      document.addEventListener('DOMContentLoaded', () => document.body.classList.add(bodyClass));
    }, options.bodyClass ?? 'vscode-light');
    const query = new URLSearchParams();
    if (options.missingMermaid) query.set('mermaid', 'missing');
    if (options.view) query.set('view', options.view);
    if (options.language) query.set('lang', options.language);
    await page.goto(`${server.origin}/preview.html?${query.toString()}`);
    await preview.waitForPosted((message) => message.type === 'ready');
    return preview;
  }

  record(): Promise<PageRecord> {
    return this.page.evaluate(() => (window as unknown as { __record: PageRecord }).__record);
  }

  async post(message: ExtensionToWebviewMessage): Promise<void> {
    await this.page.evaluate((data) => window.postMessage(data, '*'), message as unknown as Record<string, unknown>);
  }

  /** Posts an update and waits for the page's report of that version. */
  async render(update: UpdateMessage, timeoutMs = 15_000): Promise<RenderReport> {
    const before = (await this.record()).posted.length;
    await this.post(update);
    const report = await this.waitForPosted(
      (message, index) =>
        index >= before &&
        message.type === 'rendered' &&
        message.uri === update.uri &&
        message.version === update.version,
      timeoutMs,
    );
    return report as RenderReport;
  }

  async waitForPosted(
    predicate: (message: WebviewToExtensionMessage, index: number) => boolean,
    timeoutMs = 15_000,
  ): Promise<WebviewToExtensionMessage> {
    let posted: readonly WebviewToExtensionMessage[] = [];
    return waitFor(
      async () => {
        ({ posted } = await this.record());
        return posted.find((message, index) => predicate(message, index));
      },
      'the page to post the expected message',
      { timeoutMs },
    ).catch((error: unknown) => {
      throw new Error(
        `${String(error)}. Posted: ${JSON.stringify(posted).slice(0, 2000)}; page errors: ${this.pageErrors.join(' | ')}`,
        { cause: error },
      );
    });
  }

  /**
   * Resolves once the page has handled every event queued so far (a frame, then a task):
   * what a handler injected into the drawing would have done by then, it has done.
   */
  settled(): Promise<void> {
    return this.page.evaluate(
      () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
    );
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
}

/** The update the extension would send for this map text, in the Mermaid view. */
export function updateFor(text: string, version = 1, uri = TEST_MAP_URI): UpdateMessage {
  return viewUpdateFor(text, { view: 'mermaid' }, version, uri);
}

/** The update the extension would send for this map text in the Map view (the canvas). */
export function canvasUpdateFor(
  text: string,
  version = 1,
  options: Partial<PreviewViewOptions> = {},
  uri = TEST_MAP_URI,
): UpdateMessage {
  return viewUpdateFor(text, { view: 'map', ...options }, version, uri);
}

export function viewUpdateFor(
  text: string,
  options: Partial<PreviewViewOptions>,
  version = 1,
  uri = TEST_MAP_URI,
): UpdateMessage {
  const analysis = analyzeJourney(text, { today: '2026-11-01' });
  return buildPreviewUpdate({
    uri,
    version,
    fileName: 'test.journey.yaml',
    analysis,
    options: { ...DEFAULT_VIEW_OPTIONS, ...options },
  }).message;
}

export function fixture(name: string): string {
  return readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
}
