// SyntaxError's fields, as CPython's SyntaxError.__init__(msg, (filename, lineno, offset,
// text[, end_lineno, end_offset])) sets them, and its __str__ ("msg (file.py, line 2)").
// The fields are read from args unless the program assigned them; a syntax error found while
// importing a local module gets the args CPython gives it (see withSyntaxErrorInfo).

import { TgradError } from '../errors';
import { PyExceptionObject } from './objects';
import { str } from './repr';
import { typeError } from './state';
import { PyTuple, type PyValue } from './values';

/** The fields, in the order of the info tuple after `msg`. */
const INFO_FIELDS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];

/** The kinds a parse error has: SyntaxError and its subclass for bad indentation. */
const SYNTAX_KINDS: string[] = ['SyntaxError', 'IndentationError'];

export const SYNTAX_ERROR_FIELDS = ['msg', ...INFO_FIELDS, 'print_file_and_line'];

/** The items of SyntaxError(msg, info)'s info, when it is a tuple or a list. */
function infoItems(info: PyValue): PyValue[] | null {
  if (info instanceof PyTuple) return info.items;
  if (Array.isArray(info)) return info;
  return null;
}

/** SyntaxError.__init__'s check of its info argument: 4 to 6 items. */
export function checkSyntaxErrorArgs(args: PyValue[]): void {
  if (args.length !== 2) return;
  const items = infoItems(args[1]);
  if (items === null) return;
  if (items.length < 4) {
    throw typeError(`function takes at least 4 arguments (${items.length} given)`);
  }
  if (items.length > 6) {
    throw typeError(`function takes at most 6 arguments (${items.length} given)`);
  }
}

/** A field of a SyntaxError (or a subclass): the assigned value, else what its args give. */
export function syntaxErrorField(e: PyExceptionObject, name: string): PyValue {
  const own = e.attrs[name];
  if (own !== undefined) return own;
  const args = e.args.items;
  if (name === 'msg') return args.length >= 1 ? args[0] : null;
  const at = INFO_FIELDS.indexOf(name);
  if (at < 0 || args.length !== 2) return null;
  const items = infoItems(args[1]);
  return items !== null && at < items.length ? items[at] : null;
}

/** str(e) of a SyntaxError: the message, then the file's base name and the line when known. */
export function syntaxErrorStr(e: PyExceptionObject): string {
  const msg = str(syntaxErrorField(e, 'msg'));
  const filename = syntaxErrorField(e, 'filename');
  const lineno = syntaxErrorField(e, 'lineno');
  const base = typeof filename === 'string' ? filename.slice(filename.lastIndexOf('/') + 1) : null;
  const line = typeof lineno === 'bigint' ? `line ${lineno}` : null;
  if (base !== null && line !== null) return `${msg} (${base}, ${line})`;
  if (base !== null) return `${msg} (${base})`;
  if (line !== null) return `${msg} (${line})`;
  return msg;
}

/**
 * A syntax error in a module's own text, as CPython raises it from `import`: args are
 * (msg, (path, lineno, offset, text, end_lineno, end_offset)), the text its whole line.
 */
export function withSyntaxErrorInfo(e: unknown, rel: string, real: string, text: string): void {
  if (!(e instanceof TgradError) || !SYNTAX_KINDS.includes(e.kind)) return;
  if (e.exception !== null || e.args !== null || e.file !== rel || e.line < 1) return;
  const line = text.split('\n')[e.line - 1];
  if (line === undefined) return;
  const endLine = e.endLine >= e.line ? e.endLine : e.line;
  const endCol = e.endCol > 0 ? e.endCol : e.col;
  const info = new PyTuple([
    real,
    BigInt(e.line),
    BigInt(e.col),
    `${line.replace(/\r$/, '')}\n`,
    BigInt(endLine),
    BigInt(endCol),
  ]);
  e.args = [e.message, info];
}
