// The text of a file open()ed in text mode, as CPython's TextIOWrapper gives it: the bytes
// decoded with encoding= and errors=, newlines translated or kept as newline= says. Bytes that
// do not decode fail when a read reaches them: CPython decodes a file by 8192-byte chunks as
// lines are read (a line before the failing chunk reads fine), and read() decodes the rest
// in one piece.

import { codecOf, decodeBytes } from '../runtime/codecs';
import { typeName } from '../runtime/repr';
import { fail, typeError } from '../runtime/state';
import { PyFile, PyTuple, type PyValue } from '../runtime/values';
import type { TgradError } from '../errors';

/** TextIOWrapper's chunk size (_CHUNK_SIZE). */
const CHUNK = 8192;
const BOM = [0xef, 0xbb, 0xbf];

type LineEnd = PyFile['lineEnd'];

/** open()'s newline= argument: how lines end, and whether '\r\n' and '\r' become '\n'. */
export function newlineMode(v: PyValue | undefined): { lineEnd: LineEnd; translate: boolean } {
  if (v === undefined || v === null) return { lineEnd: '\n', translate: true };
  if (typeof v !== 'string') {
    throw typeError(`open() argument 'newline' must be str or None, not ${typeName(v)}`);
  }
  if (v !== '' && v !== '\n' && v !== '\r' && v !== '\r\n') {
    throw fail('ValueError', `illegal newline value: ${v}`);
  }
  return { lineEnd: v, translate: false };
}

/** The bytes of a UTF-8 sequence a lead byte starts, after it; 0 for any other byte. */
function trailOf(b: number): number {
  return b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
}

/** How many bytes before `at` start a UTF-8 sequence `at` cuts (the decoder keeps them). */
function carryAt(data: Uint8Array, at: number): number {
  for (let t = 1; t <= 3 && at - t >= 0; t++) {
    const b = data[at - t];
    if (b >= 0x80 && b < 0xc0) continue;
    return trailOf(b) >= t ? t : 0;
  }
  return 0;
}

function decodeFailure(err: TgradError): { start: number; end: number; reason: string } | null {
  if (err.kind !== 'UnicodeDecodeError' || err.args === null) return null;
  const [, , start, end, reason] = err.args;
  return { start: Number(start), end: Number(end), reason: String(reason) };
}

/**
 * A text-mode file over `data`. `translate`: newline=None's universal newlines. The failure
 * of a strict decode is kept for the read that reaches it.
 */
export function textFile(
  name: string,
  mode: string,
  encoding: string,
  errors: string,
  newline: { lineEnd: LineEnd; translate: boolean },
  data: Uint8Array,
): PyFile {
  const finish = (text: string) => (newline.translate ? text.replace(/\r\n?/g, '\n') : text);
  let text: string;
  let failure: ((whole: boolean) => never) | null = null;
  try {
    text = decodeBytes(data, encoding, errors);
  } catch (e) {
    const where = decodeFailure(e as TgradError);
    if (where === null) throw e;
    // Where the decoder saw it: the offending byte, in bytes past a BOM utf-8-sig skipped;
    // its input began at its chunk, less the bytes of a sequence the chunk before cut.
    const sig = codecOf(encoding) === 'utf-8-sig' && BOM.every((b, i) => data[i] === b) ? 3 : 0;
    let inputStart: number;
    let inputEnd = data.length;
    if (where.reason === 'unexpected end of data') {
      // Seen at the end of the file: the input is the cut sequence alone.
      inputStart = sig + where.start;
    } else {
      const seen = sig + (where.reason === 'invalid continuation byte' ? where.end : where.start);
      const chunk = Math.floor(seen / CHUNK);
      const boundary = chunk * CHUNK;
      // Only UTF-8 keeps bytes over from one chunk to the next.
      const utf8 = ['utf-8', 'utf-8-sig'].includes(codecOf(encoding));
      inputStart = chunk === 0 ? 0 : boundary - (utf8 ? carryAt(data, boundary) : 0);
      inputEnd = Math.min(data.length, (chunk + 1) * CHUNK);
    }
    const later = codecOf(encoding) === 'utf-8-sig' ? 'utf-8' : encoding;
    text = inputStart === 0 ? '' : decodeBytes(data.subarray(0, inputStart), encoding, errors);
    failure = (whole) => {
      // The same decode again raises a fresh error, positioned in its own input.
      if (whole) decodeBytes(data, encoding, errors);
      else {
        const input = data.subarray(inputStart, inputEnd);
        decodeBytes(input, inputStart === 0 ? encoding : later, errors);
      }
      throw e;
    };
  }
  const f = new PyFile(name, mode, encoding, finish(text));
  f.lineEnd = newline.lineEnd;
  f.decodeFailure = failure;
  f.errors = errors;
  const sig = codecOf(encoding) === 'utf-8-sig' && BOM.every((b, i) => data[i] === b) ? 3 : 0;
  const universal = newline.translate || newline.lineEnd === '';
  f.offsets = byteOffsets(text, newline.translate, codecOf(encoding).startsWith('utf-8'), sig);
  const offsets = f.offsets;
  f.offsets = {
    ...offsets,
    // CPython's decoder notes the line ends of each 8192-byte chunk it decodes (in universal
    // newlines mode); nothing before the first read.
    newlines: (pos) => {
      if (!universal || pos === 0) return null;
      const end = Math.ceil(offsets.toBytes(pos) / CHUNK) * CHUNK;
      return lineEndsIn(text.slice(0, offsets.toText(end)));
    },
  };
  return f;
}

/** The kinds of line end in `text`: one as a str, several as a tuple ('\r', '\n', '\r\n'). */
function lineEndsIn(text: string): PyValue {
  const kinds: string[] = [];
  if (/\r(?!\n)/.test(text)) kinds.push('\r');
  if (/(?<!\r)\n/.test(text)) kinds.push('\n');
  if (text.includes('\r\n')) kinds.push('\r\n');
  return kinds.length === 0 ? null : kinds.length === 1 ? kinds[0] : new PyTuple(kinds);
}

/**
 * Byte offsets of places in the text a file shows (`raw` as decoded, its '\r\n' read as one
 * '\n' when `translate`), and back: tell()'s and seek()'s numbers.
 */
function byteOffsets(raw: string, translate: boolean, utf8: boolean, start: number) {
  /** Walks the text until `done(bytes, pos)`: the bytes and the place reached. */
  const walk = (done: (bytes: number, pos: number) => boolean): [number, number] => {
    let [bytes, r, t] = [start, 0, 0];
    while (r < raw.length && !done(bytes, t)) {
      const c = raw.charCodeAt(r);
      if (translate && c === 13 && raw.charCodeAt(r + 1) === 10) {
        [bytes, r, t] = [bytes + 2, r + 2, t + 1];
      } else if (utf8 && c >= 0xd800 && c <= 0xdbff && r + 1 < raw.length) {
        [bytes, r, t] = [bytes + 4, r + 2, t + 2];
      } else {
        const width = !utf8 || c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        [bytes, r, t] = [bytes + width, r + 1, t + 1];
      }
    }
    return [bytes, t];
  };
  return {
    toBytes: (pos: number) => walk((_b, t) => t >= pos)[0],
    toText: (target: number) => walk((b) => b >= target)[1],
    newlines: (): PyValue => null,
  };
}

/** The arguments binary mode refuses, with CPython's message. */
export function checkBinaryArgs(encoding: PyValue, errors: PyValue, newline: PyValue): void {
  const given = (v: PyValue) => v !== undefined && v !== null;
  if (given(encoding)) throw fail('ValueError', "binary mode doesn't take an encoding argument");
  if (given(errors)) throw fail('ValueError', "binary mode doesn't take an errors argument");
  if (given(newline)) throw fail('ValueError', "binary mode doesn't take a newline argument");
}

/** open()'s errors= argument. */
export function errorsArg(v: PyValue | undefined): string {
  if (v === undefined || v === null) return 'strict';
  if (typeof v !== 'string') {
    throw typeError(`open() argument 'errors' must be str or None, not ${typeName(v)}`);
  }
  return v;
}
