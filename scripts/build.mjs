// Builds the bundles with esbuild and copies Mermaid's ESM build for the webview.
//   dist/extension.js      the VS Code extension host bundle (Node, CommonJS, `vscode` external)
//   dist/server.js         the journey-map language server (Node; IPC for VS Code, --stdio for other editors)
//   dist/web/extension.js  the web extension (web worker, `vscode` external) and dist/web/server.js its server
//   dist/pdf.js            the PDF writer (pdf-lib + fontkit), loaded by both extensions at the first PDF export
//   dist/cli.js            the journey-map command line (Node, CommonJS)
//   dist/webview/*.js      the preview page (browser, minified)
//   dist/webview/mermaid/  Mermaid's ESM build, loaded locally by the webview (no CDN)
// Usage: node scripts/build.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production') || process.env.NODE_ENV === 'production';

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
  legalComments: 'none',
};

/** Entry points that exist; a missing one is skipped so partial checkouts still build. */
const targets = [
  {
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    minify: production,
  },
  {
    entryPoints: ['src/server/node.ts'],
    outfile: 'dist/server.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: production,
  },
  // The web extension (package.json `browser`) and its language server, for web-worker extension hosts
  // (vscode.dev, github.dev): no Node built-ins may be reached from these entries.
  {
    entryPoints: ['src/extension/extensionWeb.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    minify: production,
  },
  {
    entryPoints: ['src/server/browser.ts'],
    outfile: 'dist/web/server.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: production,
  },
  // pdf-lib and fontkit, out of both extension bundles (esbuild cannot split iife/cjs output): the
  // extensions read this file and run it as a CommonJS module at the first PDF export
  // (src/extension/export/pdfWriter.ts). Browser platform with no Node built-ins, so one file
  // serves the Node host and the web worker alike.
  {
    entryPoints: ['src/extension/export/pdfChunk.ts'],
    outfile: 'dist/pdf.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    minify: production,
  },
  // ESM-only dependencies (tinyglobby → fdir) read import.meta.url, which a CJS bundle lacks: give them this file's URL.
  {
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['playwright-core', '@resvg/resvg-js'],
    minify: false,
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
  },
  {
    entryPoints: ['src/webview/preview.ts'],
    outfile: 'dist/webview/preview.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
  },
  // The CLI's headless-Chromium renderer: defines globalThis.renderJourneyDiagram (same look as the preview).
  {
    entryPoints: ['src/webview/standalone.ts'],
    outfile: 'dist/webview/standalone.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
  },
].filter((t) => existsSync(join(root, t.entryPoints[0])));

/**
 * Packages that must stay out of a bundle: the PDF writer's libraries belong in dist/pdf.js only,
 * and one stray import of src/core/canvas/pdf.ts (or of an index re-exporting it) would put
 * 1.3 MB back into every extension, server and webview load. The build fails instead.
 */
const PDF_ONLY = ['pdf-lib', '@pdf-lib/fontkit'];
const forbidden = {
  'dist/extension.js': PDF_ONLY,
  'dist/server.js': PDF_ONLY,
  'dist/web/extension.js': PDF_ONLY,
  'dist/web/server.js': PDF_ONLY,
  'dist/webview/preview.js': PDF_ONLY,
};

function checkForbidden(outfile, metafile) {
  const packages = forbidden[outfile] ?? [];
  const found = packages.filter((name) =>
    Object.keys(metafile.inputs).some((input) => input.includes(`node_modules/${name}/`)),
  );
  if (found.length)
    throw new Error(`${outfile} bundles ${found.join(', ')}: only dist/pdf.js may (see scripts/build.mjs)`);
}

function copyMermaid() {
  const source = join(root, 'node_modules', 'mermaid', 'dist');
  const destination = join(root, 'dist', 'webview', 'mermaid');
  // Overwrite in place, then drop leftovers: never delete the folder first, because a preview
  // or test running while someone rebuilds would fail to load Mermaid chunks in that window.
  mkdirSync(destination, { recursive: true });
  cpSync(join(source, 'mermaid.esm.min.mjs'), join(destination, 'mermaid.esm.min.mjs'));
  // Only the minified ESM chunks, without their source maps (13 MB we would otherwise ship).
  const chunks = join(source, 'chunks', 'mermaid.esm.min');
  const copiedChunks = join(destination, 'chunks', 'mermaid.esm.min');
  cpSync(chunks, copiedChunks, { recursive: true, filter: (path) => !path.endsWith('.map') });
  const wanted = new Set(readdirSync(chunks).filter((name) => !name.endsWith('.map')));
  for (const name of readdirSync(copiedChunks))
    if (!wanted.has(name)) rmSync(join(copiedChunks, name), { recursive: true, force: true });
  for (const name of readdirSync(destination))
    if (name !== 'mermaid.esm.min.mjs' && name !== 'chunks')
      rmSync(join(destination, name), { recursive: true, force: true });
}

copyMermaid();
if (watch) {
  for (const target of targets) {
    const context = await esbuild.context({ ...common, ...target });
    await context.watch();
  }
  console.log('[build] watching', targets.map((t) => t.outfile).join(', '));
} else {
  await Promise.all(
    targets.map(async (target) => {
      const result = await esbuild.build({ ...common, ...target, metafile: true });
      checkForbidden(target.outfile, result.metafile);
    }),
  );
  console.log('[build] built', targets.map((t) => t.outfile).join(', '));
}
