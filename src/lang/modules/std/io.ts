// io: StringIO, a text file in memory that a program writes to (print(..., file=buf),
// csv.writer(buf), contextlib.redirect_stdout(buf)) and reads back by lines, as CPython's
// _io.StringIO does, messages included; and io.UnsupportedOperation, what fileno() raises.

import { bindBuiltin, exactArgs, indexArg } from '../../runtime/args';
import { callMethod } from '../../runtime/attributes';
import { iterate, strLength } from '../../runtime/iteration';
import { instanceIndex } from '../../runtime/numberHooks';
import type { PyInstance } from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { stopIteration } from '../../runtime/generator';
import { fail, typeError, valueError } from '../../runtime/state';
import { typeName } from '../../runtime/typeName';
import { PyTuple, type Kwargs, type PyValue } from '../../runtime/values';
import { TextBuffer } from './ioBuffer';
import { nativeClass, type Impl } from './nativeClass';
import { UNSUPPORTED, unsupported } from '../../runtime/ioErrors';

const SSIZE_MAX = 2n ** 63n - 1n;

/** A size or hint: an int, or None (and left out) for -1, with CPython's messages. */
function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === null) return -1;
  const n =
    typeof v === 'bigint' ? v : typeof v === 'boolean' ? BigInt(v) : (instanceIndex(v) ?? null);
  if (n === null) throw typeError(`argument should be integer or None, not '${typeName(v)}'`);
  if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) {
    throw fail('OverflowError', "cannot fit 'int' into an index-sized integer");
  }
  return Number(n);
}

const buffers = new WeakMap<PyInstance, TextBuffer>();

function bufferOf(self: PyInstance): TextBuffer {
  const b = buffers.get(self);
  // A subclass whose __init__ did not call StringIO's.
  if (b === undefined) throw valueError('I/O operation on uninitialized object');
  return b;
}

function init(self: PyInstance, args: PyValue[], kw: Kwargs): void {
  const [initial, newline] = bindBuiltin('StringIO', ['initial_value', 'newline'], 0, args, kw);
  let nl: string | null = '\n';
  if (newline !== undefined) {
    if (newline !== null && typeof newline !== 'string') {
      throw typeError(`newline must be str or None, not ${typeName(newline)}`);
    }
    if (newline !== null && !['', '\n', '\r', '\r\n'].includes(newline)) {
      throw valueError(`illegal newline value: ${repr(newline)}`);
    }
    nl = newline;
  }
  if (initial !== undefined && initial !== null && typeof initial !== 'string') {
    throw typeError(`initial_value must be str or None, not ${typeName(initial)}`);
  }
  const b = new TextBuffer(nl);
  // The initial value goes in as a write would (newlines translated), then reading starts at 0.
  if (typeof initial === 'string' && initial !== '') {
    b.write(initial);
    b.seek(0n, 0n);
  }
  buffers.set(self, b);
}

function write(self: PyInstance, s: PyValue): PyValue {
  const b = bufferOf(self);
  if (typeof s !== 'string') throw typeError(`string argument expected, got '${typeName(s)}'`);
  b.write(s);
  return BigInt(strLength(s));
}

/** The lines left, up to the one that brings their length to `hint` (all when hint <= 0). */
function readlines(b: TextBuffer, hint: number): string[] {
  const out: string[] = [];
  let total = 0;
  for (let line = b.readline(-1); line !== ''; line = b.readline(-1)) {
    out.push(line);
    total += strLength(line);
    if (hint > 0 && total >= hint) break;
  }
  return out;
}

/** A method that takes no argument and checks that the buffer is open (`dot`: IOBase's message). */
function plain(
  name: string,
  result: (b: TextBuffer, self: PyInstance) => PyValue,
  dot = false,
): [string, Impl] {
  return [
    name,
    (self: PyInstance, args: PyValue[], kw: Kwargs) => {
      exactArgs(name, 0, args, kw);
      const b = bufferOf(self);
      b.check(dot);
      return result(b, self);
    },
  ];
}

const STRING_IO = nativeClass({
  name: 'StringIO',
  module: '_io',
  init,
  methods: [
    ['write', (self, args, kw) => (exactArgs('write', 1, args, kw), write(self, args[0]))],
    [
      'writelines',
      (self, args, kw) => {
        exactArgs('writelines', 1, args, kw);
        bufferOf(self).check(true);
        const it = iterate(args[0]);
        for (let line = it.next(); line !== undefined; line = it.next()) write(self, line);
        return null;
      },
    ],
    [
      'read',
      (self, args, kw) => {
        const [size] = bindBuiltin('read', ['size'], 0, args, kw, 1);
        return bufferOf(self).read(sizeArg(size));
      },
    ],
    [
      'readline',
      (self, args, kw) => {
        const [size] = bindBuiltin('readline', ['size'], 0, args, kw, 1);
        return bufferOf(self).readline(sizeArg(size));
      },
    ],
    [
      'readlines',
      (self, args, kw) => {
        const [hint] = bindBuiltin('readlines', ['hint'], 0, args, kw, 1);
        const n = sizeArg(hint);
        const b = bufferOf(self);
        b.check(true);
        return readlines(b, n);
      },
    ],
    [
      'seek',
      (self, args, kw) => {
        const [pos, whence] = bindBuiltin('seek', ['pos', 'whence'], 1, args, kw, 2);
        const p = indexArg(pos!);
        const w = whence === undefined ? 0n : indexArg(whence);
        return BigInt(bufferOf(self).seek(p, w));
      },
    ],
    [
      'truncate',
      (self, args, kw) => {
        const [size] = bindBuiltin('truncate', ['pos'], 0, args, kw, 1);
        const b = bufferOf(self);
        b.check();
        const n = size === undefined || size === null ? b.tell() : sizeArg(size);
        if (n < 0) throw valueError(`Negative size value ${n}`);
        b.truncate(n);
        return BigInt(n);
      },
    ],
    plain('getvalue', (b) => b.getvalue()),
    plain('tell', (b) => BigInt(b.tell())),
    plain('readable', () => true),
    plain('writable', () => true),
    plain('seekable', () => true),
    plain('isatty', () => false, true),
    [
      'fileno',
      (_self, args, kw) => {
        exactArgs('fileno', 0, args, kw);
        throw unsupported('fileno');
      },
    ],
    // CPython's StringIO.flush does nothing, even once closed.
    ['flush', (_self, args, kw) => (exactArgs('flush', 0, args, kw), null)],
    [
      'close',
      (self, args, kw) => {
        exactArgs('close', 0, args, kw);
        bufferOf(self).close();
        return null;
      },
    ],
    plain('__enter__', (_b, self) => self, true),
    [
      '__exit__',
      // IOBase's: the instance's own close(), so a subclass's runs.
      (self) => {
        callMethod(self, 'close', [], null);
        return null;
      },
    ],
    plain('__iter__', (_b, self) => self, true),
    [
      '__next__',
      (self, args, kw) => {
        exactArgs('__next__', 0, args, kw);
        const line = bufferOf(self).readline(-1);
        if (line === '') throw stopIteration(null);
        return line;
      },
    ],
  ],
  properties: [
    ['closed', (self) => bufferOf(self).closed],
    ['line_buffering', (self) => (bufferOf(self).check(), false)],
    [
      'newlines',
      (self) => {
        const n = bufferOf(self).newlines();
        return Array.isArray(n) ? new PyTuple(n) : n;
      },
    ],
    ['encoding', () => null],
    ['errors', () => null],
  ],
});

export function ioModule(): Map<string, PyValue> {
  return new Map<string, PyValue>([
    ['StringIO', STRING_IO],
    ['UnsupportedOperation', UNSUPPORTED],
    ['SEEK_SET', 0n],
    ['SEEK_CUR', 1n],
    ['SEEK_END', 2n],
  ]);
}
