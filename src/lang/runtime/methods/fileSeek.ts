// seek() and tell() of a file open()ed for reading, as CPython's: a binary file counts bytes
// and seeks from the start, the current place or the end; a text file's positions are byte
// offsets too (CPython's cookies, which for these files are the bytes read so far), and it
// seeks only to a place tell() gave or to the end. tell() is refused while a for loop (next())
// reads the file.

import { exactArgs, expectArgs, intArg } from '../args';
import { unsupported } from '../ioErrors';
import { osError } from '../../files';
import { fail, typeError } from '../state';
import { typeName } from '../repr';
import { PyFile, type MethodImpl, type PyValue } from '../values';

function checkOpen(f: PyFile): void {
  if (f.closed) throw fail('ValueError', 'I/O operation on closed file.');
}

/** The byte offset of the file's place. */
function tell(f: PyFile): number {
  return f.offsets === null ? f.pos : f.offsets.toBytes(f.pos);
}

function intOf(v: PyValue, what: string): number {
  if (typeof v !== 'bigint' && typeof v !== 'boolean') {
    // CPython's TextIOWrapper compares the cookie with 0 first.
    if (what === 'cookie') {
      throw typeError(`'<' not supported between instances of '${typeName(v)}' and 'int'`);
    }
    return Number(intArg('seek', what, v));
  }
  return Number(v);
}

function seek(f: PyFile, args: PyValue[]): number {
  expectArgs('seek', args, 1, 2);
  checkOpen(f);
  if (f.sink !== null) throw unsupported('underlying stream is not seekable');
  const whence = args.length > 1 ? intOf(args[1], 'whence') : 0;
  if (f.offsets === null) {
    // Binary: any offset from any of the three places, never before the start.
    if (whence < 0 || whence > 2) {
      throw fail('ValueError', `invalid whence (${whence}, should be 0, 1 or 2)`);
    }
    const offset = intOf(args[0], 'offset');
    const to = offset + (whence === 0 ? 0 : whence === 1 ? f.pos : f.text.length);
    if (to < 0) throw osError('OSError', 22, 'Invalid argument');
    f.pos = to;
    return to;
  }
  const cookie = intOf(args[0], 'cookie');
  if (whence === 1) {
    if (cookie !== 0) throw unsupported("can't do nonzero cur-relative seeks");
    return tell(f);
  }
  if (whence === 2) {
    if (cookie !== 0) throw unsupported("can't do nonzero end-relative seeks");
    f.pos = f.text.length;
    f.telling = true;
    return tell(f);
  }
  if (whence !== 0) throw fail('ValueError', `invalid whence (${whence}, should be 0, 1 or 2)`);
  if (cookie < 0) throw fail('ValueError', `negative seek position ${cookie}`);
  f.pos = f.offsets.toText(cookie);
  f.telling = true;
  return cookie;
}

export const FILE_SEEK_METHODS: [string, MethodImpl<PyFile>][] = [
  ['seek', (f, args, kw) => (exactArgs('seek', args.length, args, kw), BigInt(seek(f, args)))],
  [
    'tell',
    (f, args, kw) => {
      exactArgs('tell', 0, args, kw);
      checkOpen(f);
      if (f.offsets !== null && !f.telling) {
        throw fail('OSError', 'telling position disabled by next() call');
      }
      return BigInt(tell(f));
    },
  ],
  [
    'seekable',
    (f, args, kw) => (exactArgs('seekable', 0, args, kw), checkOpen(f), f.sink === null),
  ],
  [
    'truncate',
    (f) => {
      checkOpen(f);
      throw unsupported(f.sink === null ? 'truncate' : 'File not open for writing');
    },
  ],
];
