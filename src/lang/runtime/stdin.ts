// The program's standard input: sys.stdin (and sys.__stdin__), which input() reads too. Its
// lines come from the host one at a time, when a read needs them, so a prompt that input()
// printed is out before the line it asks for is read, and a program that never reads its
// input never waits for it. A host without input (the editor) gives none: reads see its end.

import type { RunHost } from '../host';
import { PyFile } from './values';

/**
 * sys.stdin over the host's input (`read`: RunHost.readLine). `noLine` runs when a read gets
 * none: a run stopped while it waited for the user ends there (it throws), instead of reading
 * the end of its input.
 */
export function stdinFile(read: RunHost['readLine'], noLine: () => void = () => {}): PyFile {
  const f = new PyFile('<stdin>', 'r', 'utf-8', '');
  f.more = (prompt) => {
    const line = read?.(prompt) ?? null;
    if (line === null) noLine();
    return line;
  };
  return f;
}

/** Takes the next line from the source into the text; false when there was none. */
function pullOne(f: PyFile, prompt: string): boolean {
  const line = f.more!(prompt);
  if (line === null || line === '') return false;
  // What was read is dropped. Line ends stay as they came: CPython's sys.stdin on Linux
  // translates none (newline='\n').
  f.text = f.text.slice(f.pos) + line;
  f.pos = 0;
  return true;
}

/** Reads until the text from the position holds a whole line (or `limit` characters). */
export function pullLine(f: PyFile, limit: number, prompt: string): void {
  for (;;) {
    const rest = f.text.length - f.pos;
    if (f.text.indexOf('\n', f.pos) >= 0 || (limit >= 0 && rest >= limit)) return;
    if (!pullOne(f, prompt)) return;
  }
}

/** Reads until `n` characters are there from the position, or to the end when n < 0. */
export function pullChars(f: PyFile, n: number): void {
  while (n < 0 || f.text.length - f.pos < n) if (!pullOne(f, '')) return;
}

const binaryViews = new WeakMap<PyFile, PyFile>();

/**
 * `sys.stdin.buffer`: the same input as bytes (one character per byte, as a binary file's
 * text is held), for `sys.stdin.buffer.readline` in fast-input solutions.
 */
export function binaryView(f: PyFile): PyFile {
  let view = binaryViews.get(f);
  if (view === undefined) {
    view = new PyFile(f.name, 'rb', f.encoding, '');
    const more = f.more!;
    view.more = (prompt) => {
      const line = more(prompt);
      if (line === null) return null;
      let bytes = '';
      for (const b of new TextEncoder().encode(line)) bytes += String.fromCharCode(b);
      return bytes;
    };
    binaryViews.set(f, view);
  }
  return view;
}
