/**
 * ANSI colours for the text format, only when they will be seen: on a terminal, unless
 * NO_COLOR (https://no-color.org) says otherwise; FORCE_COLOR switches them on anywhere.
 */

export interface Palette {
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly blue: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
  readonly underline: (text: string) => string;
}

export function shouldUseColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

const style = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const identity = (text: string) => text;

export function palette(enabled: boolean): Palette {
  if (!enabled)
    return { red: identity, yellow: identity, blue: identity, dim: identity, bold: identity, underline: identity };
  return {
    red: style(31, 39),
    yellow: style(33, 39),
    blue: style(34, 39),
    dim: style(2, 22),
    bold: style(1, 22),
    underline: style(4, 24),
  };
}
