// The CLI's stdout and stderr. What a program prints reaches a terminal with its control
// characters shown escaped (`\x1b`), so running someone else's notebook cannot retitle the
// window, write to the clipboard or hide text; redirected to a file or a pipe, the bytes
// stay exact. A write that fails (a full disk, a closed pipe) ends the CLI with one line
// of explanation, never a stack trace.

/** The part of a Node stream the CLI uses (a test passes its own). */
export interface Sink {
  readonly isTTY?: boolean;
  write(text: string): boolean;
  on(event: 'error', listener: (e: NodeJS.ErrnoException) => void): unknown;
}

// C0 controls but tab and newline, DEL, and the C1 controls (0x9b is a one-byte CSI).
// A carriage return before a newline is a Windows line end, kept as it is.
// eslint-disable-next-line no-control-regex
const CONTROLS = /\r(?!\n)|[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]/g;

/** Control characters (other than tab, newline, CRLF) as Python writes them in a repr. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\r') return '\\r';
    return `\\x${code.toString(16).padStart(2, '0')}`;
  });
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EPIPE: 'the reader closed the pipe',
  EIO: 'input/output error',
  EBADF: 'the stream is closed',
  EFBIG: 'the file is too large',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EAGAIN: 'the stream is not ready',
};

/** One line saying why writing to `name` failed. */
export function writeFailure(name: string, e: NodeJS.ErrnoException): string {
  const code = e.code ?? '';
  const why = REASONS[code] ?? (e.message || 'unknown error');
  return `tgrad: cannot write to ${name}: ${why}${code !== '' ? ` (${code})` : ''}\n`;
}

export class OutputStream {
  constructor(
    private readonly sink: Sink,
    /** Called once on the first failed write (synchronous or reported later). */
    private readonly onFailure: (e: NodeJS.ErrnoException) => void,
  ) {
    sink.on('error', (e) => this.fail(e));
  }

  private failed = false;

  get isTTY(): boolean {
    return this.sink.isTTY === true;
  }

  /** Text that came from the program or its source: escaped on a terminal. */
  text(text: string): void {
    this.raw(this.isTTY ? escapeControls(text) : text);
  }

  /** Our own text, control sequences included (the progress bar). */
  raw(text: string): void {
    if (this.failed) return;
    try {
      this.sink.write(text);
    } catch (e) {
      this.fail(e as NodeJS.ErrnoException);
    }
  }

  private fail(e: NodeJS.ErrnoException): void {
    if (this.failed) return;
    this.failed = true;
    this.onFailure(e);
  }
}
