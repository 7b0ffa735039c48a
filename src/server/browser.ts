/**
 * The language server's web-worker entry (dist/web/server.js), started by the web
 * extension on vscode.dev / github.dev. The same server as on desktop; it reads no files
 * (the client sends the `.journeymaprc.json` rules with the settings).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startJourneyServer } from './server';

declare const self: object;

const reader = new BrowserMessageReader(self as never);
const writer = new BrowserMessageWriter(self as never);
startJourneyServer(createConnection(reader, writer));
