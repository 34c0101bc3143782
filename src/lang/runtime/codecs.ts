// str.encode and bytes.decode for the codecs programs use: utf-8 (and utf-8-sig, its BOM
// written and skipped), ascii, latin-1 and cp1252 (codecCp1252.ts), with the error handlers
// strict, replace, ignore, backslashreplace, surrogateescape (each undecodable byte b read as
// U+DC00+b, and written back from it) and surrogatepass (UTF-8's three-byte form of a
// surrogate, both ways), and xmlcharrefreplace for encoding. UTF-8 decoding replaces each
// maximal invalid subpart (Unicode's recommended practice, which CPython follows) with one
// U+FFFD, and a strict decode names the same subpart in its error.

import { PyBytes } from './bytesValue';
import { cp1252Byte, cp1252Char } from './codecCp1252';
import { TgradError } from '../errors';
import { fail } from './state';

export type Codec = 'utf-8' | 'utf-8-sig' | 'ascii' | 'latin-1' | 'cp1252';
type Handler =
  | 'strict'
  | 'replace'
  | 'ignore'
  | 'backslashreplace'
  | 'xmlcharrefreplace'
  | 'surrogateescape'
  | 'surrogatepass';
const HANDLERS: readonly string[] = [
  'strict',
  'replace',
  'ignore',
  'backslashreplace',
  'xmlcharrefreplace',
  'surrogateescape',
  'surrogatepass',
];
const BOM = [0xef, 0xbb, 0xbf];

const CODEC_NAMES: ReadonlyMap<string, Codec> = new Map([
  ['utf-8', 'utf-8'],
  ['utf8', 'utf-8'],
  ['u8', 'utf-8'],
  ['utf-8-sig', 'utf-8-sig'],
  ['ascii', 'ascii'],
  ['us-ascii', 'ascii'],
  ['latin-1', 'latin-1'],
  ['latin1', 'latin-1'],
  ['latin', 'latin-1'],
  ['iso-8859-1', 'latin-1'],
  ['iso8859-1', 'latin-1'],
  ['l1', 'latin-1'],
  ['cp1252', 'cp1252'],
  ['windows-1252', 'cp1252'],
  ['1252', 'cp1252'],
]);

/** The codec an encoding name stands for (case, `_` and spaces as CPython ignores them). */
export function codecOf(name: string): Codec {
  // CPython's codec registry normalizes the name: lower case, '_' and ' ' as '-'.
  const codec = CODEC_NAMES.get(name.toLowerCase().replace(/[_ ]/g, '-'));
  if (codec === undefined) throw fail('LookupError', `unknown encoding: ${name}`);
  return codec;
}

function handlerOf(name: string): Handler {
  if (HANDLERS.includes(name)) return name as Handler;
  throw fail('LookupError', `unknown error handler name '${name}'`);
}

/** backslashreplace's text for a code point: \xe9, \u20ac, \U0001f600. */
function escapeText(cp: number): string {
  if (cp <= 0xff) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

/** `'\xe9'`, `'\u20ac'`: a character as CPython's encode errors show it. */
function charText(cp: number): string {
  if (cp <= 0xff) return `'\\x${cp.toString(16).padStart(2, '0')}'`;
  if (cp <= 0xffff) return `'\\u${cp.toString(16).padStart(4, '0')}'`;
  return `'\\U${cp.toString(16).padStart(8, '0')}'`;
}

function positions(start: number, end: number): string {
  return end - start === 1 ? `position ${start}` : `position ${start}-${end - 1}`;
}

/**
 * CPython's codecs written in Python (utf-8-sig) wrap an error other than a UnicodeError
 * that their error handler raises: "decoding with 'utf-8-sig' codec failed (TypeError: …)".
 */
function wrapped<T>(codec: Codec, what: 'encoding' | 'decoding', run: () => T): T {
  if (codec !== 'utf-8-sig') return run();
  try {
    return run();
  } catch (e) {
    if (!(e instanceof TgradError) || !['TypeError', 'LookupError'].includes(e.kind)) throw e;
    throw fail(e.kind, `${what} with 'utf-8-sig' codec failed (${e.kind}: ${e.message})`);
  }
}

/** `s.encode(encoding, errors)`. */
export function encodeText(s: string, encoding: string, errors: string): Uint8Array {
  const codec = codecOf(encoding);
  return wrapped(codec, 'encoding', () => encodeWith(codec, s, errors));
}

function encodeWith(codec: Codec, s: string, errors: string): Uint8Array {
  const cps = Array.from(s, (ch) => ch.codePointAt(0)!);
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const out: number[] = codec === 'utf-8-sig' ? BOM.slice() : [];
  const utf8 = codec === 'utf-8' || codec === 'utf-8-sig';
  const surrogate = (cp: number) => cp >= 0xd800 && cp <= 0xdfff;
  const encodable = (cp: number): boolean =>
    codec === 'cp1252' ? cp1252Byte(cp) >= 0 : cp < limit && !surrogate(cp);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (encodable(cp)) {
      if (codec === 'cp1252') out.push(cp1252Byte(cp));
      else if (!utf8 || cp < 0x80) out.push(cp);
      else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
      else if (cp < 0x10000)
        out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
      else
        out.push(
          0xf0 | (cp >> 18),
          0x80 | ((cp >> 12) & 0x3f),
          0x80 | ((cp >> 6) & 0x3f),
          0x80 | (cp & 0x3f),
        );
      continue;
    }
    // The run of characters the codec cannot encode, as CPython reports it (for UTF-8, the
    // run of surrogates).
    let end = i + 1;
    while (end < cps.length && !encodable(cps[end])) end++;
    const handler = handlerOf(errors);
    const run = cps.slice(i, end);
    const escaped = handler === 'surrogateescape' && run.every((c) => c >= 0xdc80 && c <= 0xdcff);
    const passed = handler === 'surrogatepass' && utf8 && run.every(surrogate);
    if (handler === 'strict' || (handler.startsWith('surrogate') && !escaped && !passed)) {
      const reason = utf8
        ? 'surrogates not allowed'
        : codec === 'cp1252'
          ? 'character maps to <undefined>'
          : `ordinal not in range(${codec === 'ascii' ? 128 : 256})`;
      const what = end - i === 1 ? `character ${charText(cp)} in` : 'characters in';
      const name = utf8 ? 'utf-8' : codec === 'cp1252' ? 'charmap' : codec;
      const err = fail(
        'UnicodeEncodeError',
        `'${name}' codec can't encode ${what} ${positions(i, end)}: ${reason}`,
      );
      // CPython's args: (encoding, object, start, end, reason), also its attributes.
      err.args = [name, s, BigInt(i), BigInt(end), reason];
      throw err;
    }
    for (let k = i; k < end; k++) {
      if (escaped) {
        out.push(cps[k] - 0xdc00);
        continue;
      }
      if (passed) {
        out.push(0xed, 0x80 | ((cps[k] >> 6) & 0x3f), 0x80 | (cps[k] & 0x3f));
        continue;
      }
      let text = '';
      if (handler === 'replace') text = '?';
      else if (handler === 'backslashreplace') text = escapeText(cps[k]);
      else if (handler === 'xmlcharrefreplace') text = `&#${cps[k]};`;
      for (const ch of text) out.push(ch.charCodeAt(0));
    }
    i = end - 1;
  }
  return Uint8Array.from(out);
}

/** How many bytes follow a UTF-8 lead byte, and the range the first of them must be in. */
function leadOf(b: number): [need: number, lo: number, hi: number] | null {
  if (b >= 0xc2 && b <= 0xdf) return [1, 0x80, 0xbf];
  if (b === 0xe0) return [2, 0xa0, 0xbf];
  if (b === 0xed) return [2, 0x80, 0x9f];
  if (b >= 0xe1 && b <= 0xef) return [2, 0x80, 0xbf];
  if (b === 0xf0) return [3, 0x90, 0xbf];
  if (b >= 0xf1 && b <= 0xf3) return [3, 0x80, 0xbf];
  if (b === 0xf4) return [3, 0x80, 0x8f];
  return null;
}

function decodeError(codec: string, data: Uint8Array, start: number, end: number, reason: string) {
  const what =
    end - start === 1 ? `byte 0x${data[start].toString(16).padStart(2, '0')} in` : 'bytes in';
  const err = fail(
    'UnicodeDecodeError',
    `'${codec}' codec can't decode ${what} ${positions(start, end)}: ${reason}`,
  );
  // CPython's args: (encoding, object, start, end, reason), also its attributes.
  err.args = [codec, new PyBytes(data), BigInt(start), BigInt(end), reason];
  return err;
}

/** `b.decode(encoding, errors)`. */
export function decodeBytes(data: Uint8Array, encoding: string, errors: string): string {
  const codec = codecOf(encoding);
  if (codec === 'latin-1') return latin1Text(data);
  if (codec === 'ascii') return decodeWith('ascii', data, errors);
  if (codec === 'cp1252') return decodeWith('charmap', data, errors);
  // utf-8-sig: the BOM skipped, the rest decoded (and reported) as utf-8, as CPython's does.
  const sig = codec === 'utf-8-sig' && BOM.every((b, i) => data[i] === b);
  return wrapped(codec, 'decoding', () =>
    decodeWith('utf-8', sig ? data.subarray(3) : data, errors),
  );
}

function decodeWith(
  codec: 'utf-8' | 'ascii' | 'charmap',
  data: Uint8Array,
  errors: string,
): string {
  const parts: string[] = [];
  let run = '';
  const bad = (start: number, end: number, reason: string): void => {
    const handler = handlerOf(errors);
    if (handler === 'strict' || handler === 'xmlcharrefreplace' || handler === 'surrogatepass') {
      // surrogatepass reads only a surrogate's own three bytes (below); anything else fails.
      if (handler !== 'xmlcharrefreplace') throw decodeError(codec, data, start, end, reason);
      // CPython: the handler exists but cannot decode.
      throw fail('TypeError', `don't know how to handle UnicodeDecodeError in error callback`);
    }
    if (handler === 'replace') run += '\ufffd';
    else if (handler === 'surrogateescape') {
      for (let k = start; k < end; k++) run += String.fromCharCode(0xdc00 + data[k]);
    } else if (handler === 'backslashreplace') {
      for (let k = start; k < end; k++) run += escapeText(data[k]);
    }
  };
  for (let i = 0; i < data.length;) {
    const b = data[i];
    if (b < 0x80) {
      run += String.fromCharCode(b);
      i++;
    } else if (codec === 'ascii') {
      bad(i, i + 1, 'ordinal not in range(128)');
      i++;
    } else if (codec === 'charmap') {
      const cp = cp1252Char(b);
      if (cp < 0) bad(i, i + 1, 'character maps to <undefined>');
      else run += String.fromCharCode(cp);
      i++;
    } else if (
      b === 0xed &&
      errors === 'surrogatepass' &&
      i + 2 < data.length &&
      data[i + 1] >= 0xa0 &&
      data[i + 1] <= 0xbf &&
      data[i + 2] >= 0x80 &&
      data[i + 2] <= 0xbf
    ) {
      run += String.fromCharCode(0xd000 | ((data[i + 1] & 0x3f) << 6) | (data[i + 2] & 0x3f));
      i += 3;
    } else {
      const lead = leadOf(b);
      if (lead === null) {
        bad(i, i + 1, 'invalid start byte');
        i++;
      } else {
        const [need, lo, hi] = lead;
        let cp = b & (0x3f >> need);
        let j = i + 1;
        let reason = '';
        for (let k = 0; k < need; k++, j++) {
          if (j >= data.length) {
            reason = 'unexpected end of data';
            break;
          }
          const c = data[j];
          if (k === 0 ? c < lo || c > hi : c < 0x80 || c > 0xbf) {
            reason = 'invalid continuation byte';
            break;
          }
          cp = (cp << 6) | (c & 0x3f);
        }
        if (reason === '') run += String.fromCodePoint(cp);
        else bad(i, j, reason);
        i = j;
      }
    }
    if (run.length > 8192) {
      parts.push(run);
      run = '';
    }
  }
  parts.push(run);
  return parts.join('');
}

/** Each byte as the character of that code point. */
export function latin1Text(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 8192) {
    out += String.fromCharCode(...data.subarray(i, i + 8192));
  }
  return out;
}
