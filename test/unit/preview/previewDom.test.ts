import { strict as assert } from 'node:assert';
import { buildPreviewHtml } from '../../../src/extension/preview/previewHtml';
import { PREVIEW_IDS } from '../../../src/shared/previewDom';

describe('preview page ids (src/shared/previewDom.ts)', () => {
  const html = buildPreviewHtml({
    cspSource: 'https://example.test',
    nonce: 'nonce',
    scriptUri: 'https://example.test/preview.js',
    styleUri: 'https://example.test/preview.css',
    settings: {
      uri: 'file:///a.journey.yaml',
      mermaidUrl: 'https://example.test/mermaid.mjs',
      defaultView: 'map',
      language: 'en',
    },
    title: 'Preview a.journey.yaml',
  });

  it('the page has exactly one element for every id the webview looks up, and no other ids', () => {
    const written = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    assert.deepEqual([...written].sort(), Object.values(PREVIEW_IDS).sort());
  });
});
