// The methods of a file opened for reading (Python's io.TextIOWrapper, read-only): read,
// readline, readlines, iteration by lines, close, and use in a `with` statement; and of
// sys.stdout/sys.stderr, the only files a program writes: write and flush.

import { bindArgs, exactArgs, intArg } from '../args';
import { typeName } from '../repr';
import { fail, typeError } from '../state';
import { collect, strLength } from '../iteration';
import { unsupported } from '../ioErrors';
import { FILE_SEEK_METHODS } from './fileSeek';
import { PyFile, type MethodImpl, type PyValue } from '../values';
import { PyBytes } from '../bytesValue';
import { binaryView, pullChars, pullLine } from '../stdin';
import { reconfigure } from './fileReconfigure';

/** A binary file has no reconfigure(): CPython's AttributeError names its class. */
function notText(): never {
  throw fail('AttributeError', "'_io.BufferedReader' object has no attribute 'reconfigure'");
}

function open(f: PyFile): void {
  if (f.closed) throw fail('ValueError', 'I/O operation on closed file.');
}

/** sys.stdout and sys.stderr cannot be read, as in CPython (io.UnsupportedOperation is an OSError). */
export function readable(f: PyFile): void {
  open(f);
  if (f.sink !== null) throw fail('OSError', 'not readable');
}

/** The place `n` characters (code points, as Python counts them) after `from`, or the end. */
function advance(text: string, from: number, n: number): number {
  let i = from;
  for (let k = 0; k < n && i < text.length; k++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}

/** Where the line starting at `from` ends (its end included), or -1 when no end is in the text. */
function lineEndAt(f: PyFile, from: number): number {
  const text = f.text;
  switch (f.lineEnd) {
    case '\n':
    case '\r': {
      const at = text.indexOf(f.lineEnd, from);
      return at < 0 ? -1 : at + 1;
    }
    case '\r\n': {
      const at = text.indexOf('\r\n', from);
      return at < 0 ? -1 : at + 2;
    }
    case '': {
      for (let i = from; i < text.length; i++) {
        if (text[i] === '\n') return i + 1;
        if (text[i] === '\r') return text[i + 1] === '\n' ? i + 2 : i + 1;
      }
      return -1;
    }
  }
}

/** The next line of the file, its line end included; '' at the end. */
export function readLine(f: PyFile, limit = -1, prompt = ''): string {
  readable(f);
  if (f.more !== null) pullLine(f, limit, prompt);
  const text = f.text;
  // A line that runs into bytes that did not decode fails, as Python's next chunk does.
  const found = lineEndAt(f, f.pos);
  // Python reads the next chunk when no decoded text is left, or the line is not all there.
  const short = f.pos >= text.length || (found < 0 && (limit < 0 || f.pos + limit > text.length));
  if (f.decodeFailure !== null && short) f.decodeFailure(false);
  if (f.pos >= text.length) return '';
  let end = found < 0 ? text.length : found;
  if (limit >= 0) end = Math.min(end, advance(text, f.pos, limit));
  const line = text.slice(f.pos, end);
  f.pos = end;
  return line;
}

/** What a read gives: the text, or for a binary file ('rb') its bytes. */
export function fileData(f: PyFile, text: string): PyValue {
  if (!f.mode.includes('b')) return text;
  return new PyBytes(Uint8Array.from(text, (c) => c.charCodeAt(0)));
}

function sizeArg(fname: string, v: PyValue | undefined): number {
  if (v === undefined || v === null) return -1;
  return Number(intArg(fname, 'size', v));
}

export const FILE_METHODS = new Map<string, MethodImpl<PyFile>>([
  [
    'read',
    (f, args, kw) => {
      const [size] = bindArgs('read', ['size'], 0, args, kw);
      readable(f);
      const n = sizeArg('read', size);
      if (f.more !== null) pullChars(f, n);
      if (f.decodeFailure !== null && (n < 0 || f.pos + n > f.text.length)) {
        f.decodeFailure(n < 0);
      }
      // A seek past the end reads nothing there, and stays there.
      const end = Math.max(f.pos, n < 0 ? f.text.length : advance(f.text, f.pos, n));
      const out = f.text.slice(f.pos, end);
      f.pos = end;
      return fileData(f, out);
    },
  ],
  [
    'readline',
    (f, args, kw) => {
      const [size] = bindArgs('readline', ['size'], 0, args, kw);
      return fileData(f, readLine(f, sizeArg('readline', size)));
    },
  ],
  [
    'readlines',
    (f, args, kw) => {
      const [hint] = bindArgs('readlines', ['hint'], 0, args, kw);
      const most = sizeArg('readlines', hint);
      const out: PyValue[] = [];
      // With a hint, lines stop once they hold that many characters (bytes, binary).
      let total = 0;
      for (let line = readLine(f); line !== ''; line = readLine(f)) {
        out.push(fileData(f, line));
        total += line.length;
        if (most > 0 && total >= most) break;
      }
      return out;
    },
  ],
  [
    'close',
    (f, args, kw) => {
      exactArgs('close', 0, args, kw);
      f.closed = true;
      return null;
    },
  ],
  ['readable', (f, args, kw) => (exactArgs('readable', 0, args, kw), open(f), f.sink === null)],
  ['writable', (f, args, kw) => (exactArgs('writable', 0, args, kw), open(f), f.sink !== null)],
  // A file is no terminal, and sys.stdout says it is none either: the editor's panel is not one,
  // so a script that colours its output only on a terminal prints plain text everywhere.
  ['isatty', (f, args, kw) => (exactArgs('isatty', 0, args, kw), open(f), false)],
  [
    'write',
    (f, args, kw) => {
      exactArgs('write', 1, args, kw);
      open(f);
      if (f.sink === null) throw unsupported('not writable');
      const text = args[0];
      if (typeof text !== 'string') {
        // CPython names None itself here, not its type.
        const kind = text === null ? 'None' : typeName(text);
        throw typeError(`write() argument must be str, not ${kind}`);
      }
      f.sink(text);
      return BigInt(strLength(text));
    },
  ],
  [
    'writelines',
    (f, args, kw) => {
      exactArgs('writelines', 1, args, kw);
      open(f);
      const write = FILE_METHODS.get('write')!;
      for (const line of collect(args[0])) write(f, [line], null);
      return null;
    },
  ],
  ['flush', (f, args, kw) => (exactArgs('flush', 0, args, kw), open(f), null)],
  ['reconfigure', (f, args, kw) => (f.mode.includes('b') ? notText() : reconfigure(f, args, kw))],
  ...FILE_SEEK_METHODS,
  [
    '__enter__',
    (f, args, kw) => {
      exactArgs('__enter__', 0, args, kw);
      open(f);
      return f;
    },
  ],
  [
    '__exit__',
    (f) => {
      f.closed = true;
      return null;
    },
  ],
  [
    '__iter__',
    (f, args, kw) => {
      exactArgs('__iter__', 0, args, kw);
      open(f);
      return f;
    },
  ],
]);

/** The data attributes of a file: name, mode, encoding, closed, errors, newlines. */
export function fileAttribute(f: PyFile, name: string): PyValue | undefined {
  switch (name) {
    case 'name':
      return f.name;
    case 'mode':
      return f.mode;
    case 'encoding':
      return f.encoding;
    case 'closed':
      return f.closed;
    case 'errors':
      return f.mode.includes('b') ? undefined : f.errors;
    case 'line_buffering':
      return f.mode.includes('b') ? undefined : f.lineBuffering;
    case 'write_through':
      return f.mode.includes('b') ? undefined : f.writeThrough;
    case 'newlines':
      return f.offsets === null ? undefined : f.offsets.newlines(f.pos);
    case 'buffer':
      // Of the standard input's text file only: the files a program opens have no bytes under.
      return f.more !== null && !f.mode.includes('b') ? binaryView(f) : undefined;
  }
  return undefined;
}

export const FILE_ATTRIBUTES = [
  'name',
  'mode',
  'encoding',
  'closed',
  'errors',
  'newlines',
  'line_buffering',
  'write_through',
];
