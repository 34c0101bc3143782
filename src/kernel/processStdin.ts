// The standard input of the process, line by line, for a program run by `tgrad run`: read
// from file descriptor 0 in the worker, blocking only when the program asks for a line (the
// main thread stays free to write the prompt), so a piped file and a person typing both work.

import { readSync } from 'node:fs';

/** How long to wait before reading again a descriptor that had nothing yet (non-blocking). */
const RETRY_MILLIS = 20;

function readChunk(fd: number, buffer: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, buffer, 0, buffer.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') return 0; // closed or unreadable: the end
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, RETRY_MILLIS);
    }
  }
}

/** A reader of the next line (its '\n' included; the last may have none), null at the end. */
export function processStdinLines(fd = 0): () => string | null {
  const buffer = Buffer.alloc(1 << 16);
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let ended = false;
  return () => {
    for (;;) {
      const nl = pending.indexOf('\n');
      if (nl >= 0) {
        const line = pending.slice(0, nl + 1);
        pending = pending.slice(nl + 1);
        return line;
      }
      if (ended) {
        const rest = pending;
        pending = '';
        return rest === '' ? null : rest;
      }
      const n = readChunk(fd, buffer);
      if (n <= 0) {
        ended = true;
        pending += decoder.decode();
      } else pending += decoder.decode(buffer.subarray(0, n), { stream: true });
    }
  };
}
