// open(): reading a file beside the notebook (or in the workspace folders), its text as
// fileText.ts decodes it. Every mode that could write is refused, as is any path outside
// those folders (see files.ts).

import { checkReadable, type FileSystemHost } from '../files';
import { bindArgs } from '../runtime/args';
import { callSpecial } from '../runtime/instances';
import { PyInstance } from '../runtime/objects';
import { repr, typeName } from '../runtime/repr';
import { fail, typeError } from '../runtime/state';
import { PyFile, type PyValue } from '../runtime/values';
import { defineAll } from './core';
import { codecOf, latin1Text } from '../runtime/codecs';
import { checkBinaryArgs, errorsArg, newlineMode, textFile } from './fileText';
import { argTypeName } from '../runtime/typeName';

/** What open() needs from the interpreter. */
export interface FileAccess {
  files(): FileSystemHost | null;
  maxFileBytes(): number;
}

const READ_MODES = new Set(['r', 'rt', 'tr', 'rb', 'br']);

function checkMode(mode: string): void {
  if (READ_MODES.has(mode)) return;
  if (!/^[rwaxbt+U]+$/.test(mode) || new Set(mode).size !== mode.length) {
    throw fail('ValueError', `invalid mode: ${repr(mode)}`);
  }
  if (/[wax+]/.test(mode)) {
    throw fail(
      'PermissionError',
      `open(..., ${repr(mode)}): a ToyGrad program may read files but never write them (mode 'r' only)`,
    );
  }
  if (mode.includes('b')) {
    throw fail('ValueError', `open(..., ${repr(mode)}): ToyGrad reads text files only (mode 'r')`);
  }
  throw fail('ValueError', `invalid mode: ${repr(mode)}`);
}

/**
 * A path as os.fspath reads it: a str, or an object whose class has __fspath__ returning
 * one (a pathlib.Path); undefined for anything else.
 */
export function fsPath(v: PyValue): string | undefined {
  if (typeof v === 'string') return v;
  if (!(v instanceof PyInstance)) return undefined;
  const p = callSpecial(v, '__fspath__', []);
  if (p === undefined) return undefined;
  if (typeof p !== 'string') {
    throw typeError(
      `expected ${v.cls.name}.__fspath__() to return str or bytes, not ${typeName(p)}`,
    );
  }
  return p;
}

/**
 * open(0): a new text file over the program's standard input, as CPython's open() of file
 * descriptor 0 (`open(0).read().split()`); its lines come from where sys.stdin's come from.
 */
function openStandardInput(stdin: PyFile, mode: PyValue | undefined): PyFile | undefined {
  if (mode !== undefined && mode !== 'r' && mode !== 'rt') return undefined;
  const f = new PyFile(0n, 'r', 'UTF-8', '');
  f.more = stdin.more;
  return f;
}

export function fileBuiltins(
  access: FileAccess,
  into: Map<string, PyValue>,
  stdin: () => PyFile,
): void {
  defineAll(into, [
    [
      'open',
      (args, kw) => {
        const [fileArg, mode, , encoding, errors, newline] = bindArgs(
          'open',
          ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline'],
          1,
          args,
          kw,
        );
        if (fileArg === 0n) {
          const f = openStandardInput(stdin(), mode);
          if (f !== undefined) return f;
        }
        const file = fsPath(fileArg!);
        if (file === undefined) {
          throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(fileArg!)}`);
        }
        const m = mode === undefined ? 'r' : mode;
        if (typeof m !== 'string') {
          throw typeError(`open() argument 'mode' must be str, not ${argTypeName(m)}`);
        }
        checkMode(m);
        const enc = encoding === undefined || encoding === null ? 'UTF-8' : encoding;
        if (typeof enc !== 'string') {
          throw typeError(`open() argument 'encoding' must be str or None, not ${typeName(enc)}`);
        }
        const host = access.files();
        if (host === null) {
          throw fail(
            'PermissionError',
            `[Errno 13] Permission denied: ${repr(file)} (this document has no folder to read from: save it first)`,
          );
        }
        const binary = m.includes('b');
        if (binary) checkBinaryArgs(encoding ?? null, errors ?? null, newline ?? null);
        const how = errorsArg(errors);
        if (newline !== undefined && newline !== null && typeof newline !== 'string') {
          newlineMode(newline);
        }
        const { real } = checkReadable(host, file, access.maxFileBytes());
        // As CPython's TextIOWrapper, once the file is open: the newline, then the encoding.
        const lines = binary ? null : newlineMode(newline);
        if (!binary) codecOf(enc);
        const data = host.readBytes?.(real) ?? new TextEncoder().encode(host.readText(real));
        // A binary file holds its bytes as a text of one character per byte.
        if (lines === null) return new PyFile(file, m, enc, latin1Text(data));
        return textFile(file, m, enc, how, lines, data);
      },
    ],
  ]);
}
