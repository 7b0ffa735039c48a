/**
 * The language server's Node entry (dist/server.js): over IPC when VS Code desktop starts
 * it, over stdio for other editors (`journey-map lsp --stdio`, or `node dist/server.js --stdio`).
 * In Node the server can read files, so a client that sends no config-file rules (every
 * editor but ours) still gets the nearest `.journeymaprc.json`, as the CLI reads it.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeSettingsHost } from './nodeConfigFile';
import { startJourneyServer } from './server';

startJourneyServer(createConnection(ProposedFeatures.all), nodeSettingsHost());
