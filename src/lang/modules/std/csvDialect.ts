// csv's formatting parameters (a dialect): read from a call's keywords with the C module's
// checks, and csv.Error, the module's own exception.

import { makeExceptionObject, EXCEPTION_CLASSES } from '../../runtime/exceptions';
import { c3, NativeMethod, PyClass } from '../../runtime/objects';
import { fail, typeError } from '../../runtime/state';
import { truthy } from '../../runtime/truth';
import { getAttr } from '../../runtime/attributes';
import { OBJECT } from '../../runtime/types';
import { PyTuple, type Kwargs, type MethodImpl, type PyValue } from '../../runtime/values';
import { TgradError } from '../../errors';

export const QUOTE_MINIMAL = 0;
export const QUOTE_ALL = 1;
export const QUOTE_NONNUMERIC = 2;
export const QUOTE_NONE = 3;

export interface Dialect {
  delimiter: string;
  quotechar: string | null;
  escapechar: string | null;
  doublequote: boolean;
  skipinitialspace: boolean;
  lineterminator: string;
  quoting: number;
  strict: boolean;
}

/** Shown as CPython shows it: <class '_csv.Error'>, an Exception. */
export const CSV_ERROR = new PyClass(
  'Error',
  [EXCEPTION_CLASSES.get('Exception')!],
  new Map<string, PyValue>([['__module__', '_csv']]),
);
CSV_ERROR.mro = c3(CSV_ERROR, [EXCEPTION_CLASSES.get('Exception')!])!;

/** csv.Error(message), raised as a program's `raise` would. */
export function csvError(message: string): TgradError {
  const err = fail(CSV_ERROR.name, message);
  err.exception = makeExceptionObject(CSV_ERROR, new PyTuple([message]));
  return err;
}

/** A class of module csv (`module` as CPython names it) whose methods are native. */
export function csvClass(
  name: string,
  module: string,
  methods: [string, MethodImpl<never>][],
): PyClass {
  const cls = new PyClass(name, [OBJECT], new Map<string, PyValue>([['__module__', module]]));
  cls.mro = c3(cls, [OBJECT])!;
  for (const [m, impl] of methods) cls.dict.set(m, new NativeMethod(m, name, impl));
  return cls;
}

const EXCEL: Dialect = {
  delimiter: ',',
  quotechar: '"',
  escapechar: null,
  doublequote: true,
  skipinitialspace: false,
  lineterminator: '\r\n',
  quoting: QUOTE_MINIMAL,
  strict: false,
};

/** The dialects a program can name: a session's csv module has its own (register_dialect). */
export type DialectRegistry = Map<string, Dialect>;

export function builtinDialects(): DialectRegistry {
  return new Map<string, Dialect>([
    ['excel', EXCEL],
    ['excel-tab', { ...EXCEL, delimiter: '\t' }],
    ['unix', { ...EXCEL, lineterminator: '\n', quoting: QUOTE_ALL }],
  ]);
}

/** What a `_csv.Dialect` object (get_dialect's answer) holds. */
export const DIALECT_RECORDS = new WeakMap<object, Dialect>();

const PARAMETERS = [
  'delimiter',
  'quotechar',
  'escapechar',
  'doublequote',
  'skipinitialspace',
  'lineterminator',
  'quoting',
  'strict',
] as const;

/** `getattr(o, name)`, or undefined when `o` has no such attribute. */
function attributeOrUndefined(o: PyValue, name: string): PyValue | undefined {
  try {
    return getAttr(o, name);
  } catch (e) {
    if (e instanceof TgradError && e.kind === 'AttributeError') return undefined;
    throw e;
  }
}

/**
 * A dialect given as an object (a csv.Dialect subclass or an instance of one): each parameter
 * it has as an attribute, the rest excel's, as the C module reads it.
 */
function objectParameters(dialect: PyValue): Map<string, PyValue> {
  const out = new Map<string, PyValue>();
  for (const name of PARAMETERS) {
    const v = attributeOrUndefined(dialect, name);
    if (v !== undefined) out.set(name, v);
  }
  return out;
}

function oneChar(name: string, v: PyValue, orNone: boolean): string | null {
  if (v === null && orNone) return null;
  if (typeof v !== 'string') {
    throw typeError(`"${name}" must be string${orNone ? ' or None' : ''}, not ${typeNameOf(v)}`);
  }
  if ([...v].length !== 1) throw typeError(`"${name}" must be a 1-character string`);
  return v;
}

function typeNameOf(v: PyValue): string {
  if (v === null) return 'NoneType';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'list';
  return typeof v === 'string' ? 'str' : 'object';
}

/**
 * The dialect a reader or writer uses: `dialect` by its registered name, as a `_csv.Dialect`
 * or as any object with the parameters as attributes, then each keyword over it.
 */
export function readDialect(
  dialect: PyValue | undefined,
  kw: Kwargs,
  registry: DialectRegistry,
): Dialect {
  let d: Dialect = EXCEL;
  if (typeof dialect === 'string') {
    const named = registry.get(dialect);
    if (named === undefined) throw csvError('unknown dialect');
    d = named;
  } else if (dialect !== undefined && dialect !== null) {
    const record = typeof dialect === 'object' ? DIALECT_RECORDS.get(dialect) : undefined;
    d = record ?? withParameters(EXCEL, objectParameters(dialect));
  }
  return withParameters(d, kw);
}

function withParameters(d: Dialect, kw: Kwargs): Dialect {
  const out: Dialect = { ...d };
  for (const [k, v] of kw ?? []) {
    switch (k) {
      case 'delimiter':
        out.delimiter = oneChar(k, v, false)!;
        break;
      case 'quotechar':
        out.quotechar = oneChar(k, v, true);
        break;
      case 'escapechar':
        out.escapechar = oneChar(k, v, true);
        break;
      case 'lineterminator':
        if (typeof v !== 'string') throw typeError(`"lineterminator" must be a string`);
        out.lineterminator = v;
        break;
      case 'quoting':
        if (typeof v !== 'bigint' && typeof v !== 'boolean') {
          throw typeError('"quoting" must be an integer');
        }
        out.quoting = Number(v);
        if (out.quoting < 0 || out.quoting > 3) throw typeError('bad "quoting" value');
        break;
      case 'doublequote':
      case 'skipinitialspace':
      case 'strict':
        out[k] = truthy(v);
        break;
      default:
        throw typeError(`'${k}' is an invalid keyword argument for this function`);
    }
  }
  if (out.quotechar === null && out.quoting !== QUOTE_NONE) {
    throw typeError('quotechar must be set if quoting enabled');
  }
  return out;
}

/**
 * A Dict class's keywords split in two: its own (`names`) for its parameters, the rest for
 * the reader or writer under it (the format parameters, checked there).
 */
export function splitKeywords(
  kw: Kwargs,
  names: readonly string[],
): [Map<string, PyValue>, Map<string, PyValue>] {
  const own = new Map<string, PyValue>();
  const fmt = new Map<string, PyValue>();
  for (const [k, v] of kw ?? []) (names.includes(k) ? own : fmt).set(k, v);
  return [own, fmt];
}
