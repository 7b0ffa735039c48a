/**
 * Activation: the editor opens the maps, then tells the server its settings changed (VS Code's
 * client does so once on start, and again when it has read `.journeymaprc.json`). Each open map
 * must be analysed once, under the settings it ends up with, not once per notification.
 */
import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import { analyzerFor } from '../../../src/server/analyses';
import { startJourneyServer } from '../../../src/server/server';
import { CLEAN_MAP } from '../helpers/journeyMaps';
import { waitFor } from '../helpers/waitFor';

describe('language server activation', () => {
  it('analyses each open map once on startup, after the settings are read', async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const analysed: string[] = [];
    const analyze = analyzerFor('2026-06-01');
    startJourneyServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), {
      today: '2026-06-01',
      analyzer: (text, settings, previous) => {
        analysed.push(text.slice(0, 40));
        return analyze(text, settings, previous);
      },
    });
    const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const published: string[] = [];
    client.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => {
      published.push(params.uri);
    });
    // The settings arrive late, as VS Code's client answers only once the config file is read.
    client.onRequest('workspace/configuration', async (params: { items: unknown[] }) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return params.items.map(() => ({ rules: { 'touchpoint-without-owner': 'off' } }));
    });
    client.listen();
    try {
      await client.sendRequest('initialize', {
        processId: null,
        rootUri: null,
        capabilities: { workspace: { configuration: true } },
      });
      await client.sendNotification('initialized', {});
      const uris = ['file:///maps/a.journey.yaml', 'file:///maps/b.journey.yaml'];
      for (const uri of uris)
        await client.sendNotification('textDocument/didOpen', {
          textDocument: { uri, languageId: 'journey-yaml', version: 1, text: CLEAN_MAP },
        });
      await client.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await waitFor(() => uris.every((uri) => published.includes(uri)), 'diagnostics for both maps');
      // Give any further (needless) analysis the time to happen before counting.
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(analysed.length, uris.length, `analyses on startup: ${analysed.length}`);
    } finally {
      await client.sendRequest('shutdown');
      client.dispose();
      toServer.end();
    }
  });
});
