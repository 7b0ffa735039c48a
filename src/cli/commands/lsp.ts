/**
 * `journey-map lsp --stdio`: the journey-map language server for any editor that speaks
 * LSP (Neovim, Helix, Zed, Emacs…): the same server the VS Code extension starts.
 */
import { localHelp } from '../help/index';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { nodeSettingsHost } from '../../server/nodeConfigFile';
import { startJourneyServer } from '../../server/server';
import type { CliContext } from '../context';
import { TODAY_ENV } from '../context';
import { ExitCode, UsageError } from '../errors';

export const lspHelp = `Usage: journey-map lsp --stdio

Runs the journey-map language server on standard input and output, for editors that
speak the Language Server Protocol (Neovim, Helix, Zed, Emacs…): diagnostics, completion,
hover, outline, go to definition, references, rename, quick fixes and folding for
*.journey.yaml files. Settings come from the client (workspace/configuration, section
"journeyMap", or initializationOptions { "journeyMap": { "rules": …, "validationDelay": … } })
and from the nearest .journeymaprc.json above each map. README.md shows the editor setup.

Options:
  --stdio       talk LSP over standard input/output (the only transport)
  -h, --help    show this help
`;

export async function runLsp(args: readonly string[], context: CliContext): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    context.stdout.write(localHelp('lsp', lspHelp, context.language));
    return ExitCode.ok;
  }
  const unknown = args.filter((arg) => arg !== '--stdio');
  if (!args.includes('--stdio') || unknown.length > 0)
    throw UsageError.keyed(
      unknown[0] ? { key: 'cli.unknownOption', data: { option: unknown[0] } } : { key: 'cli.lsp.needsStdio' },
      { hint: { key: 'cli.lsp.hint' } },
    );
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  const today = context.env[TODAY_ENV];
  startJourneyServer(connection, { ...nodeSettingsHost(), ...(today ? { today } : {}) });
  // The server ends the process itself on the client's `exit` notification (or when stdin closes).
  return new Promise<number>(() => undefined);
}
