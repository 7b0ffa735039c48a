/**
 * The `journey-map` command line: check, render, export and diff journey maps with the same
 * engine as the VS Code extension, so the editor and CI always agree.
 */
import { localHelp, type HelpTopic } from './help/index';
import { runCheck, checkHelp } from './commands/check';
import { runDiff, diffHelp } from './commands/diff';
import { runExport, exportHelp } from './commands/export';
import { lspHelp, runLsp } from './commands/lsp';
import { runRender, renderHelp } from './commands/render';
import type { CliContext } from './context';
import { describeFileError, ExitCode, UsageError } from './errors';
import { neutralise, neutralisingStream } from './format/neutralise';
import { chooseLanguage } from './language';
import { InvalidMapError } from './loadMap';
import { UnrenderableMapError } from './render/produce';
import { TOOL_VERSION } from './version';

const COMMANDS: Record<
  string,
  { run: (args: readonly string[], context: CliContext) => Promise<number>; help: string; topic: HelpTopic }
> = {
  check: { run: runCheck, help: checkHelp, topic: 'check' },
  render: { run: runRender, help: renderHelp, topic: 'render' },
  export: { run: runExport, help: exportHelp, topic: 'export' },
  diff: { run: runDiff, help: diffHelp, topic: 'diff' },
  lsp: { run: runLsp, help: lspHelp, topic: 'lsp' },
};

export const mainHelp = `Usage: journey-map <command> [options]

Customer journey maps as code: check .journey.yaml files, draw them, and review changes.

Commands:
  check <files|folders|globs…>   validate maps and report their gaps (text, json, sarif, github)
  render <file>                  draw one map as mermaid, markdown, svg or png
  export <folders|files…>        draw every map in one or more formats, with one browser
  diff <old> <new>               what changed between two versions (markdown or json)
  diff --git <rev> <file>        … between a file and its version at a git revision
  lsp --stdio                    the language server, for Neovim, Helix and other LSP editors

Options:
  -h, --help      show this help (or a command's: journey-map check --help)
  -v, --version   print the version
      --lang <l>  en or id: the language of findings, summaries and Markdown (default: from
                  LC_ALL, LC_MESSAGES or LANG, else en; a map's own \`language:\` decides its exports)

Exit codes: 0 success; 1 the maps have errors (or too many warnings); 2 bad usage or
unreadable input. Documentation: docs/cli.md.
`;

export async function main(argv: readonly string[], baseContext: CliContext): Promise<number> {
  let context = baseContext;
  try {
    const choice = chooseLanguage(argv, context.env);
    context = { ...context, language: choice.language };
    const [first, ...rest] = choice.args;
    if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
      const topic = first === 'help' ? COMMANDS[rest[0] ?? ''] : undefined;
      context.stdout.write(
        topic ? localHelp(topic.topic, topic.help, context.language) : localHelp('main', mainHelp, context.language),
      );
      return first === undefined ? ExitCode.usage : ExitCode.ok;
    }
    if (first === '-v' || first === '--version' || first === 'version') {
      context.stdout.write(`${TOOL_VERSION}\n`);
      return ExitCode.ok;
    }
    const command = COMMANDS[first];
    if (command === undefined) {
      throw UsageError.keyed(
        first.startsWith('-')
          ? { key: 'cli.unknownOption', data: { option: first } }
          : { key: 'cli.unknownCommand', data: { command: first } },
        { hint: { key: 'cli.hint.commands' } },
      );
    }
    return await command.run(rest, context);
  } catch (error) {
    return report(error, context);
  }
}

/** Every failure ends here as words on stderr and an exit code; a stack trace only with JOURNEY_MAP_DEBUG=1. */
function report(error: unknown, context: CliContext): number {
  if (error instanceof UsageError) {
    const hint = error.hintIn(context.language);
    context.stderr.write(`journey-map: ${error.messageIn(context.language)}\n${hint !== undefined ? `${hint}\n` : ''}`);
    return error.exitCode;
  }
  if (error instanceof InvalidMapError) {
    context.stderr.write(`journey-map: ${error.describe()}\n`);
    return ExitCode.findings;
  }
  if (error instanceof UnrenderableMapError) {
    context.stderr.write(`journey-map: ${error.message}\n`);
    return ExitCode.findings;
  }
  // Cut: a message can quote a whole input (a 100,000-character pattern), and it is escaped like any map text.
  const full = error instanceof Error ? error.message : String(error);
  const message = neutralise(full.length > 300 ? `${full.slice(0, 300)}…` : full);
  context.stderr.write(
    `journey-map: unexpected error: ${message}\nThis is a bug in journey-map; please report it with the command you ran.\n`,
  );
  if (context.env.JOURNEY_MAP_DEBUG && error instanceof Error && error.stack) context.stderr.write(`${error.stack}\n`);
  return ExitCode.usage;
}

/**
 * Standard output that cannot be written (`> /dev/full`: ENOSPC; a read-only file system…) ends
 * the run with one line and exit 2, not an uncaught error and a stack trace. A closed pipe
 * (e.g. `journey-map check . | head`) is not an error worth a message.
 */
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`journey-map: cannot write ${describeFileError('standard output', error)}\n`);
  process.exit(ExitCode.usage);
});
process.stderr.on('error', () => {
  // Nowhere left to say anything: keep the exit code the run had.
});

void main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  // Every message on standard error is escaped: map text and file names in it are data, not terminal controls.
  stderr: neutralisingStream(process.stderr),
}).then((code) => {
  // exitCode, not exit(): large outputs to a pipe are written asynchronously and must be flushed first.
  process.exitCode = code;
});
