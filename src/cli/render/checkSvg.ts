/**
 * Every SVG the CLI writes is well-formed XML, or it is not written: a label Mermaid mangled
 * (control characters, a hard-wrapped entity) would otherwise ship as a file no XML tool opens.
 * fast-xml-parser's validator is bundled into dist/cli.js.
 */
import { XMLValidator } from 'fast-xml-parser';
import { ExitCode, UsageError } from '../errors';
import { neutralise } from '../format/neutralise';

/** An SVG that is not well-formed: exit 2, named; a batch goes on with the other maps. */
export class MalformedSvgError extends UsageError {}

/** Throws a MalformedSvgError (exit 2) naming the map and the first XML error when `svg` is not well-formed. */
export function assertWellFormedSvg(svg: string, shown: string): void {
  const result = XMLValidator.validate(svg);
  if (result === true) return;
  const { msg, line, col } = result.err;
  throw new MalformedSvgError(
    `${neutralise(shown)}: the drawn SVG is not well-formed XML (line ${line}, column ${col}: ${neutralise(msg)}); nothing was written for it`,
    { exitCode: ExitCode.usage },
  );
}
