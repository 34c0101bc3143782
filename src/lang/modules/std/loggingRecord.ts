// logging's LogRecord and Formatter: what one logging call becomes, and how it is turned into
// a line (`%(levelname)s:%(name)s:%(message)s` and the `{` and `$` styles), as CPython 3.11's
// logging/__init__.py does. The module's level names live in a LevelNames table of its own.

import { bindBuiltin } from '../../runtime/args';
import { callMethod } from '../../runtime/attributes';
import { instanceDict } from '../../runtime/instanceDict';
import type { PyClass, PyInstance } from '../../runtime/objects';
import { percentFormat } from '../../runtime/percentFormat';
import { repr, str } from '../../runtime/repr';
import { fail } from '../../runtime/state';
import { truthy } from '../../runtime/truth';
import { PyDict, PyTuple, type Kwargs, type PyValue } from '../../runtime/values';
import { nativeClass } from './nativeClass';

/** Level numbers and names both ways (getLevelName, addLevelName), one table per module. */
export class LevelNames {
  readonly byLevel = new Map<number, string>([
    [50, 'CRITICAL'],
    [40, 'ERROR'],
    [30, 'WARNING'],
    [20, 'INFO'],
    [10, 'DEBUG'],
    [0, 'NOTSET'],
  ]);
  readonly byName = new Map<string, number>([
    ['CRITICAL', 50],
    ['FATAL', 50],
    ['ERROR', 40],
    ['WARN', 30],
    ['WARNING', 30],
    ['INFO', 20],
    ['DEBUG', 10],
    ['NOTSET', 0],
  ]);

  /** A record's levelname: the name, or `Level 5`. */
  nameOf(level: PyValue): string {
    const n = typeof level === 'bigint' ? this.byLevel.get(Number(level)) : undefined;
    return n ?? `Level ${str(level)}`;
  }
}

/** When the run began: LogRecord's relativeCreated counts from it. */
const START = Date.now();

const STYLE_DEFAULTS: ReadonlyMap<string, string> = new Map([
  ['%', '%(levelname)s:%(name)s:%(message)s'],
  ['{', '{levelname}:{name}:{message}'],
  ['$', '${levelname}:${name}:${message}'],
]);
export const STYLES = [...STYLE_DEFAULTS.keys()];

/** basicConfig's format for a style when none is given. */
export function basicFormat(style: string): string {
  return STYLE_DEFAULTS.get(style)!;
}

/** LogRecord(name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None). */
export function logRecordClass(levels: LevelNames): PyClass {
  return nativeClass({
    name: 'LogRecord',
    module: 'logging',
    init(self, args, kw) {
      const [name, level, pathname, lineno, msg, margs, excInfo, func, sinfo] = bindBuiltin(
        'LogRecord',
        ['name', 'level', 'pathname', 'lineno', 'msg', 'args', 'exc_info', 'func', 'sinfo'],
        7,
        args,
        kw,
      );
      const now = Date.now();
      const a = self.attrs;
      a.name = name!;
      a.msg = msg!;
      // logger.info('%(x)s', {'x': 1}): a lone non-empty mapping is the args themselves.
      const only = margs instanceof PyTuple && margs.items.length === 1 ? margs.items[0] : null;
      a.args = only instanceof PyDict && only.map.size > 0 ? only : margs!;
      a.levelname = levels.nameOf(level!);
      a.levelno = level!;
      a.pathname = pathname!;
      const path = str(pathname!);
      a.filename = path.replace(/^.*\//, '');
      a.module = (a.filename as string).replace(/\.[^.]*$/, '');
      a.exc_info = excInfo!;
      a.exc_text = null;
      a.stack_info = sinfo ?? null;
      a.lineno = lineno!;
      a.funcName = func ?? null;
      a.created = now / 1000;
      a.msecs = (now % 1000) + 0.0;
      a.relativeCreated = now - START;
      a.thread = 1n;
      a.threadName = 'MainThread';
      a.processName = 'MainProcess';
      a.process = 1n;
    },
    methods: [
      ['getMessage', (self) => recordMessage(self)],
      [
        '__repr__',
        (self) => {
          const a = self.attrs;
          return `<LogRecord: ${str(a.name)}, ${str(a.levelno)}, ${str(a.pathname)}, ${str(a.lineno)}, "${str(a.msg)}">`;
        },
      ],
    ],
  });
}

/** record.getMessage(): str(msg), %-formatted with the args when there are any. */
function recordMessage(record: PyInstance): string {
  const msg = str(record.attrs.msg);
  const args = record.attrs.args;
  return args !== null && args !== undefined && truthy(args) ? percentFormat(msg, args) : msg;
}

/** CPython's check that a %-style format names at least one field. */
const PERCENT_FIELD = /%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]/;
const DOLLAR_FIELD = /\$(\w+)|\$\{(\w+)\}/;

function usesTime(fmt: string, style: string): boolean {
  if (style === '%') return fmt.includes('%(asctime)');
  if (style === '{') return fmt.includes('{asctime');
  return fmt.includes('$asctime') || fmt.includes('${asctime}');
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** time.strftime's common directives over the local time (asctime's default and datefmt's). */
function strftime(fmt: string, t: Date): string {
  return fmt.replace(/%([YmdHMSyjbBaApIf%])/g, (_m, d: string) => {
    switch (d) {
      case 'Y':
        return String(t.getFullYear());
      case 'y':
        return pad(t.getFullYear() % 100);
      case 'm':
        return pad(t.getMonth() + 1);
      case 'd':
        return pad(t.getDate());
      case 'H':
        return pad(t.getHours());
      case 'I':
        return pad(t.getHours() % 12 || 12);
      case 'p':
        return t.getHours() < 12 ? 'AM' : 'PM';
      case 'M':
        return pad(t.getMinutes());
      case 'S':
        return pad(t.getSeconds());
      case 'j': {
        const day = Math.floor((t.getTime() - new Date(t.getFullYear(), 0, 1).getTime()) / 864e5);
        return pad(day + 1, 3);
      }
      case 'b':
        return MONTHS[t.getMonth()];
      case 'B':
        return t.toLocaleString('en-US', { month: 'long' });
      case 'a':
        return DAYS[t.getDay()];
      case 'A':
        return t.toLocaleString('en-US', { weekday: 'long' });
      case '%':
        return '%';
      default:
        return `%${d}`;
    }
  });
}

/** The last line of a traceback for exc_info: `Kind: message` (ToyGrad keeps no frames). */
function exceptionText(excInfo: PyValue): string {
  const exc = excInfo instanceof PyTuple ? excInfo.items[1] : excInfo;
  if (exc === null || exc === undefined) return 'NoneType: None';
  const kind = (exc as PyInstance).cls?.name ?? 'Exception';
  const message = str(exc);
  return message === '' ? kind : `${kind}: ${message}`;
}

/** Formatter(fmt=None, datefmt=None, style='%', validate=True, *, defaults=None). */
export function formatterClass(): PyClass {
  return nativeClass({
    name: 'Formatter',
    module: 'logging',
    init(self, args, kw) {
      const [fmt, datefmt, style, validate, defaults] = bindBuiltin(
        'Formatter',
        ['fmt', 'datefmt', 'style', 'validate', 'defaults'],
        0,
        args,
        kw,
      );
      const st = style === undefined ? '%' : str(style);
      if (!STYLES.includes(st))
        throw fail('ValueError', `Style must be one of: ${STYLES.join(',')}`);
      const f = fmt === undefined || fmt === null ? null : str(fmt);
      if (f !== null && (validate === undefined || truthy(validate))) {
        const ok = st === '%' ? PERCENT_FIELD.test(f) : st === '$' ? DOLLAR_FIELD.test(f) : true;
        if (!ok) throw fail('ValueError', `Invalid format '${f}' for '${st}' style`);
      }
      const a = self.attrs;
      a._fmt = f ?? (st === '%' ? '%(message)s' : st === '{' ? '{message}' : '${message}');
      a._style = st;
      a.datefmt = datefmt ?? null;
      a._defaults = defaults ?? null;
      a.default_time_format = '%Y-%m-%d %H:%M:%S';
      a.default_msec_format = '%s,%03d';
    },
    methods: [
      ['format', (self, args, kw) => formatRecord(self, one('format', 'record', args, kw))],
      [
        'formatMessage',
        (self, args, kw) => formatMessage(self, one('formatMessage', 'record', args, kw)),
      ],
      [
        'formatTime',
        (self, args, kw) => {
          const [record, datefmt] = bindBuiltin('formatTime', ['record', 'datefmt'], 1, args, kw);
          return formatTime(self, record as PyInstance, datefmt ?? null);
        },
      ],
      [
        'formatException',
        (_self, args, kw) => exceptionText(one('formatException', 'ei', args, kw)),
      ],
      ['usesTime', (self) => usesTime(str(self.attrs._fmt), str(self.attrs._style))],
    ],
  });
}

function one(fname: string, param: string, args: PyValue[], kw: Kwargs): PyValue {
  return bindBuiltin(fname, [param], 1, args, kw)[0]!;
}

function formatTime(self: PyInstance, record: PyInstance, datefmt: PyValue): string {
  const created = Number(record.attrs.created);
  const t = new Date(created * 1000);
  if (datefmt !== null) return strftime(str(datefmt), t);
  const s = strftime(str(self.attrs.default_time_format), t);
  const msecs = Math.floor(Number(record.attrs.msecs));
  return percentFormat(str(self.attrs.default_msec_format), new PyTuple([s, BigInt(msecs)]));
}

/** The record's fields through the format: `%` with its dict, str.format, or a $-template. */
function formatMessage(self: PyInstance, record: PyValue): string {
  const fmt = str(self.attrs._fmt);
  const values = instanceDict(record as PyInstance);
  const defaults = self.attrs._defaults;
  let fields: PyDict = values;
  if (defaults instanceof PyDict) {
    fields = new PyDict();
    for (const [k, e] of defaults.map) fields.map.set(k, e);
    for (const [k, e] of values.map) fields.map.set(k, e);
  }
  switch (self.attrs._style) {
    case '{':
      return str(callMethod(fmt, 'format_map', [fields], null));
    case '$':
      return fmt.replace(/\$(?:(\$)|(\w+)|\{(\w+)\})/g, (_m, dollar, a, b) => {
        if (dollar !== undefined) return '$';
        const key: string = a ?? b;
        const e = fields.map.get(key);
        if (e === undefined) throw fail('KeyError', repr(key));
        return str(e.value);
      });
    default:
      return percentFormat(fmt, fields);
  }
}

/** Formatter.format: the message, asctime when the format uses it, then exception text. */
function formatRecord(self: PyInstance, record: PyValue): string {
  const r = record as PyInstance;
  r.attrs.message = callMethod(r, 'getMessage', [], null);
  if (truthy(callMethod(self, 'usesTime', [], null))) {
    r.attrs.asctime = callMethod(self, 'formatTime', [r, self.attrs.datefmt ?? null], null);
  }
  let s = str(callMethod(self, 'formatMessage', [r], null));
  const excInfo = r.attrs.exc_info;
  if (
    excInfo !== null &&
    excInfo !== undefined &&
    truthy(excInfo) &&
    !truthy(r.attrs.exc_text ?? null)
  ) {
    r.attrs.exc_text = callMethod(self, 'formatException', [excInfo], null);
  }
  const text = r.attrs.exc_text;
  if (text !== null && text !== undefined && truthy(text)) {
    if (!s.endsWith('\n')) s += '\n';
    s += str(text);
  }
  return s;
}
