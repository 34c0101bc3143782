// csv.writer and csv.DictWriter: rows joined by the dialect's rules and handed to the stream's
// own `write` (sys.stdout or sys.stderr here: ToyGrad opens no file for writing).

import { bindBuiltin } from '../../runtime/args';
import { callMethod } from '../../runtime/attributes';
import { isIterable, iterate } from '../../runtime/iteration';
import { newAttrs, PyInstance } from '../../runtime/objects';
import { repr, str } from '../../runtime/repr';
import { valueError } from '../../runtime/state';
import { getItem } from '../../runtime/subscript';
import { typeName } from '../../runtime/typeName';
import { PyDict, type Kwargs, type PyValue } from '../../runtime/values';
import { eq } from '../../runtime/equality';
import {
  csvClass,
  csvError,
  QUOTE_ALL,
  QUOTE_MINIMAL,
  QUOTE_NONE,
  QUOTE_NONNUMERIC,
  readDialect,
  type DialectRegistry,
  splitKeywords,
  type Dialect,
} from './csvDialect';

function isNumber(v: PyValue): boolean {
  return typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean';
}

/** One field as the row's text: quoted, doubled or escaped as the dialect says. */
function formatField(d: Dialect, v: PyValue, only: boolean): string {
  const text = v === null ? '' : typeof v === 'string' ? v : str(v);
  let quoted =
    d.quoting === QUOTE_ALL ||
    (d.quoting === QUOTE_NONNUMERIC && !isNumber(v)) ||
    (only && text === '');
  let out = '';
  for (const c of text) {
    const special =
      c === d.delimiter ||
      c === d.escapechar ||
      c === d.quotechar ||
      c === '\n' ||
      c === '\r' ||
      d.lineterminator.includes(c);
    if (!special) {
      out += c;
      continue;
    }
    let escape = false;
    if (d.quoting === QUOTE_NONE) escape = true;
    else if (c === d.quotechar) {
      if (d.doublequote) out += c;
      else escape = true;
    } else if (c === d.escapechar) escape = true;
    if (!escape && d.quoting === QUOTE_MINIMAL) quoted = true;
    if (escape) {
      if (d.escapechar === null) throw csvError('need to escape, but no escapechar set');
      out += d.escapechar;
    }
    out += c;
  }
  if (quoted && d.quoting === QUOTE_NONE) {
    throw csvError('single empty field record must be quoted');
  }
  return quoted ? `${d.quotechar}${out}${d.quotechar}` : out;
}

const DIALECTS = new WeakMap<PyInstance, { d: Dialect; f: PyValue }>();

function writeRow(self: PyInstance, row: PyValue): PyValue {
  const w = DIALECTS.get(self)!;
  if (!isIterable(row)) throw csvError(`iterable expected, not ${typeName(row)}`);
  const fields: PyValue[] = [];
  const it = iterate(row);
  for (let x = it.next(); x !== undefined; x = it.next()) fields.push(x);
  const line = fields.map((v) => formatField(w.d, v, fields.length === 1)).join(w.d.delimiter);
  return callMethod(w.f, 'write', [line + w.d.lineterminator], null);
}

export const WRITER = csvClass('writer', '_csv', [
  ['writerow', (self: PyInstance, args: PyValue[]) => writeRow(self, args[0] ?? null)],
  [
    'writerows',
    (self: PyInstance, args: PyValue[]) => {
      const it = iterate(args[0] ?? null);
      for (let r = it.next(); r !== undefined; r = it.next()) writeRow(self, r);
      return null;
    },
  ],
]);

/** csv.writer(csvfile, dialect='excel', **fmtparams). */
export function makeWriter(args: PyValue[], kw: Kwargs, registry: DialectRegistry): PyInstance {
  const [own, fmt] = splitKeywords(kw, ['dialect']);
  const [f, dialect] = bindBuiltin('writer', ['csvfile', 'dialect'], 1, args, own);
  const self = new PyInstance(WRITER, newAttrs());
  DIALECTS.set(self, { d: readDialect(dialect, fmt.size > 0 ? fmt : null, registry), f: f! });
  return self;
}

function dictRow(self: PyInstance, rowdict: PyValue): PyValue[] {
  const names = listOf(self.attrs['fieldnames'] ?? null);
  if (self.attrs['extrasaction'] === 'raise' && rowdict instanceof PyDict) {
    const wrong: string[] = [];
    for (const e of rowdict.map.values()) {
      if (!names.some((n) => eq(n, e.key))) wrong.push(repr(e.key));
    }
    if (wrong.length > 0) {
      throw valueError(`dict contains fields not in fieldnames: ${wrong.join(', ')}`);
    }
  }
  return names.map((n) => {
    if (rowdict instanceof PyDict) {
      for (const e of rowdict.map.values()) if (eq(n, e.key)) return e.value;
      return self.attrs['restval'] ?? null;
    }
    return getItem(rowdict, n);
  });
}

function listOf(v: PyValue): PyValue[] {
  const out: PyValue[] = [];
  const it = iterate(v);
  for (let x = it.next(); x !== undefined; x = it.next()) out.push(x);
  return out;
}

/** csv.DictWriter, naming dialects from the session's `registry`. */
export const dictWriterClass = (registry: DialectRegistry) =>
  csvClass('DictWriter', 'csv', [
    [
      '__init__',
      (self: PyInstance, args: PyValue[], kw: Kwargs) => {
        const names = ['f', 'fieldnames', 'restval', 'extrasaction', 'dialect'];
        const [own, fmt] = splitKeywords(kw, names);
        const [f, fieldnames, restval, extrasaction, dialect] = bindBuiltin(
          'DictWriter',
          names,
          2,
          args,
          own,
        );
        const action = extrasaction === undefined ? 'raise' : extrasaction;
        if (
          typeof action !== 'string' ||
          (action.toLowerCase() !== 'raise' && action.toLowerCase() !== 'ignore')
        ) {
          throw valueError(`extrasaction (${str(action)}) must be 'raise' or 'ignore'`);
        }
        self.attrs['fieldnames'] = fieldnames!;
        self.attrs['restval'] = restval === undefined ? '' : restval;
        self.attrs['extrasaction'] = action.toLowerCase();
        const wargs: PyValue[] = dialect === undefined ? [f!] : [f!, dialect];
        self.attrs['writer'] = makeWriter(wargs, fmt.size > 0 ? fmt : null, registry);
        return null;
      },
    ],
    [
      'writeheader',
      (self: PyInstance) => {
        const names = listOf(self.attrs['fieldnames'] ?? null);
        return writeRow(self.attrs['writer'] as PyInstance, names);
      },
    ],
    [
      'writerow',
      (self: PyInstance, args: PyValue[]) =>
        writeRow(self.attrs['writer'] as PyInstance, dictRow(self, args[0] ?? null)),
    ],
    [
      'writerows',
      (self: PyInstance, args: PyValue[]) => {
        const it = iterate(args[0] ?? null);
        for (let r = it.next(); r !== undefined; r = it.next()) {
          writeRow(self.attrs['writer'] as PyInstance, dictRow(self, r));
        }
        return null;
      },
    ],
  ]);
