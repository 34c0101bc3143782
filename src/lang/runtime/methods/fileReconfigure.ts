// TextIOWrapper.reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None,
// write_through=None): scripts that print Chinese text or emoji start with
// `sys.stdout.reconfigure(encoding='utf-8')`. The arguments are checked as CPython checks
// them and the stream's `encoding`, `errors`, `line_buffering` and `write_through` change.
// What a program prints reaches the notebook and the terminal as text, so another encoding
// is recorded but does not re-encode the output.

import { codecOf } from '../codecs';
import { truthy } from '../truth';
import { typeName } from '../repr';
import { fail, typeError } from '../state';
import type { Kwargs, PyFile, PyValue } from '../values';

const NAMES = ['encoding', 'errors', 'newline', 'line_buffering', 'write_through'];
const NEWLINES = ['', '\n', '\r', '\r\n'];

function strOrNone(name: string, v: PyValue | undefined): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') {
    throw typeError(`reconfigure() argument '${name}' must be str or None, not ${typeName(v)}`);
  }
  return v;
}

export function reconfigure(f: PyFile, args: PyValue[], kw: Kwargs): PyValue {
  if (args.length > 0) throw typeError('reconfigure() takes no positional arguments');
  for (const k of kw?.keys() ?? []) {
    if (!NAMES.includes(k))
      throw typeError(`'${k}' is an invalid keyword argument for reconfigure()`);
  }
  const encoding = strOrNone('encoding', kw?.get('encoding'));
  const errors = strOrNone('errors', kw?.get('errors'));
  const newline = kw?.get('newline');
  if (newline !== undefined && newline !== null) {
    if (typeof newline !== 'string') {
      throw typeError(
        `reconfigure() argument 'newline' must be str or None, not ${typeName(newline)}`,
      );
    }
    if (!NEWLINES.includes(newline)) throw fail('ValueError', `illegal newline value: ${newline}`);
  }
  if (encoding !== null) codecOf(encoding);
  if (encoding !== null) {
    f.encoding = encoding;
    // A new encoding without errors= goes back to strict, as CPython's.
    f.errors = errors ?? 'strict';
  } else if (errors !== null) f.errors = errors;
  const lineBuffering = kw?.get('line_buffering');
  if (lineBuffering !== undefined && lineBuffering !== null)
    f.lineBuffering = truthy(lineBuffering);
  const writeThrough = kw?.get('write_through');
  if (writeThrough !== undefined && writeThrough !== null) f.writeThrough = truthy(writeThrough);
  return null;
}
