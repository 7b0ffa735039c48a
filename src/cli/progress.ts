/**
 * A progress line on stderr for batch runs: one updating line on a terminal, one line per
 * item otherwise (CI logs keep every line, and carriage returns would garble them).
 */
import type { OutputStream } from './context';
import { neutralise } from './format/neutralise';

export class Progress {
  private lastWidth = 0;

  constructor(
    private readonly stream: OutputStream,
    private readonly total: number,
  ) {}

  update(done: number, label: string): void {
    const text = `[${done}/${this.total}] ${neutralise(label)}`;
    if (this.stream.isTTY) {
      const width = Math.max(20, (this.stream.columns || 80) - 1); // 0 when the terminal does not say
      const line = text.length > width ? `${text.slice(0, width - 1)}…` : text;
      this.terminal.write(`\r${line}${' '.repeat(Math.max(0, this.lastWidth - line.length))}`);
      this.lastWidth = line.length;
    } else {
      this.stream.write(`${text}\n`);
    }
  }

  /** The updating line needs its carriage returns: past the escaping stream, its label escaped here. */
  private get terminal(): OutputStream {
    return (this.stream as { raw?: OutputStream }).raw ?? this.stream;
  }

  /** Clears the updating line so later messages start on a clean line. */
  finish(): void {
    if (this.stream.isTTY && this.lastWidth > 0) this.terminal.write(`\r${' '.repeat(this.lastWidth)}\r`);
    this.lastWidth = 0;
  }

  /** A message that must stay visible (an invalid map) printed above the progress line. */
  note(message: string): void {
    this.finish();
    this.stream.write(`${message}\n`);
  }
}
