/**
 * Reads a file the user named, refusing anything that is not a regular file *before* reading:
 * a FIFO would block `readFileSync` forever, a device could stream without end, and a folder
 * is not a map. The file is opened without blocking and checked through its descriptor, so
 * what is checked is what is read.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';

/** Thrown (with code ENOTREG) for an existing path that is not a regular file. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(readonly kind: string) {
    super(`not a regular file (${kind})`);
  }
}

/** What kind of file a non-regular path is, in words. */
export function fileKind(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** The bytes of a regular file; throws Node's errors (ENOENT, EACCES, ELOOP…) or NotRegularFileError. */
export function readRegularBytes(path: string): Buffer {
  // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new NotRegularFileError(fileKind(stats));
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A regular file as UTF-8 text, without its byte-order mark. */
export function readRegularFile(path: string): string {
  const text = readRegularBytes(path).toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Standard input, whole (`check -`, `render -`). */
export function readStandardInput(): string {
  let text: string;
  try {
    text = readFileSync(0, 'utf8');
  } catch (error) {
    // A closed or non-blocking stdin reads as empty rather than failing the run.
    if ((error as NodeJS.ErrnoException).code === 'EAGAIN' || (error as NodeJS.ErrnoException).code === 'EOF')
      text = '';
    else throw error;
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
