// logging: loggers in a dotted hierarchy, their levels, handlers and formatters, basicConfig
// and the module-level debug/info/warning/error/critical, as scripts people share set them
// up. It follows CPython 3.11's logging/__init__.py: a record goes to the handlers of its
// logger and of each parent while `propagate` holds; with no handler anywhere, a WARNING or
// worse is written bare to sys.stderr (logging.lastResort).

import { defineAll } from '../../builtins/core';
import { bindBuiltin } from '../../runtime/args';
import { callMethod, getAttr } from '../../runtime/attributes';
import { callValue } from '../../runtime/call';
import { errorClass, exceptionOf } from '../../runtime/exceptions';
import { collect } from '../../runtime/iteration';
import { PyExceptionObject, type PyInstance } from '../../runtime/objects';
import { repr, str } from '../../runtime/repr';
import { fail, rt, typeError } from '../../runtime/state';
import { truthy } from '../../runtime/truth';
import { PyDict, PyTuple, type Kwargs, type PyValue } from '../../runtime/values';
import { writeStderr, type StdContext } from './context';
import {
  checkLevel,
  filterClass,
  FILTERER_METHODS,
  handlerClasses,
  passesFilters,
} from './loggingHandlers';
import { basicFormat, formatterClass, LevelNames, logRecordClass, STYLES } from './loggingRecord';
import { nativeClass, type Impl } from './nativeClass';
import { sourcePlace } from './warnings';

const WARNING = 30n;
const ERROR = 40n;

/** The keywords every logging call takes besides its message and args. */
const CALL_KEYWORDS = ['exc_info', 'extra', 'stack_info', 'stacklevel'];

export function loggingModule(s: StdContext): Map<string, PyValue> {
  const levels = new LevelNames();
  const recordClass = logRecordClass(levels);
  const formatter = formatterClass();
  let defaultFormatter: PyValue = null;
  const theDefaultFormatter = (): PyValue => (defaultFormatter ??= callValue(formatter, [], null));
  const handlers = handlerClasses(s, levels, theDefaultFormatter);
  const loggers = new Map<string, PyInstance>();
  /** The source lines of the files logging calls were made in (funcName's lookup). */
  const sources = new Map<string, string[] | null>();
  /**
   * The function (or class body) a line is in, as a record's funcName: the nearest `def` or
   * `class` above it that is indented less. ToyGrad's frames keep no names; the source has them.
   */
  const enclosingName = (path: string, lineno: number): string => {
    let lines = sources.get(path);
    if (lines === undefined) {
      try {
        lines = s.files()?.readText(path).split('\n') ?? null;
      } catch {
        lines = null;
      }
      sources.set(path, lines);
    }
    if (lines === null) return '(unknown function)';
    const indent = (l: string): number => l.length - l.trimStart().length;
    const here = lines[lineno - 1] ?? '';
    // Called from a function, on a line that defines a lambda: the lambda is the function.
    if (/\blambda\b/.test(here)) return '<lambda>';
    let limit = indent(here);
    for (let i = lineno - 2; i >= 0 && limit > 0; i--) {
      const l = lines[i];
      const t = l.trim();
      if (t === '' || t.startsWith('#') || indent(l) >= limit) continue;
      const m = /^(?:async\s+)?(?:def|class)\s+(\w+)/.exec(t);
      if (m !== null) return m[1];
      limit = indent(l);
    }
    return '<module>';
  };
  /** logging.disable's level: calls at or below it do nothing. */
  let disabledBelow = 0n;

  const effectiveLevel = (logger: PyInstance): bigint => {
    for (
      let l: PyValue = logger;
      l !== null && l !== undefined;
      l = (l as PyInstance).attrs.parent
    ) {
      const level = (l as PyInstance).attrs.level;
      if (typeof level === 'bigint' && level !== 0n) return level;
    }
    return 0n;
  };
  const enabledFor = (logger: PyInstance, level: bigint): boolean =>
    !truthy(logger.attrs.disabled ?? false) &&
    disabledBelow < level &&
    level >= effectiveLevel(logger);

  /** Logger.callHandlers: up the parents while propagate holds, then lastResort if none. */
  const callHandlers = (logger: PyInstance, record: PyInstance): void => {
    let found = 0;
    const levelno = record.attrs.levelno as bigint;
    for (let c: PyValue = logger; c instanceof Object;) {
      const l = c as PyInstance;
      const hs = l.attrs.handlers;
      for (const h of Array.isArray(hs) ? hs.slice() : []) {
        found++;
        if (levelno >= checkLevel(levels, getAttr(h, 'level')))
          callMethod(h, 'handle', [record], null);
      }
      if (!truthy(l.attrs.propagate ?? true)) break;
      c = l.attrs.parent ?? null;
    }
    if (found === 0 && levelno >= WARNING) {
      const text = str(callMethod(theDefaultFormatter(), 'format', [record], null));
      writeStderr(s, text + '\n');
    }
  };

  /** Logger._log: where the call is, the record (with `extra`), then the handlers. */
  const log = (
    logger: PyInstance,
    level: bigint,
    msg: PyValue,
    args: PyValue[],
    kw: Kwargs,
  ): void => {
    const opts = new Map<string, PyValue>();
    for (const [k, v] of kw ?? []) {
      if (!CALL_KEYWORDS.includes(k)) {
        throw typeError(`Logger._log() got an unexpected keyword argument '${k}'`);
      }
      opts.set(k, v);
    }
    const stacklevel = Number(opts.get('stacklevel') ?? 1n);
    const place = sourcePlace(s, Math.max(1, stacklevel), false);
    let excInfo = opts.get('exc_info') ?? null;
    if (excInfo !== null && truthy(excInfo) && !(excInfo instanceof PyTuple)) {
      excInfo = excInfo instanceof PyExceptionObject ? excInfo : currentExcInfo();
    }
    const func =
      rt.depth - (stacklevel - 1) <= 0 ? '<module>' : enclosingName(place.filename, place.lineno);
    const record = callValue(
      recordClass,
      [
        logger.attrs.name,
        level,
        place.filename,
        BigInt(place.lineno),
        msg,
        new PyTuple(args),
        excInfo,
        func,
      ],
      null,
    ) as PyInstance;
    const extra = opts.get('extra') ?? null;
    if (extra instanceof PyDict) {
      for (const e of extra.map.values()) {
        const key = str(e.key);
        if (key === 'message' || key === 'asctime' || key in record.attrs) {
          throw fail('KeyError', `Attempt to overwrite ${repr(key)} in LogRecord`);
        }
        record.attrs[key] = e.value;
      }
    }
    callMethod(logger, 'handle', [record], null);
  };

  const levelMethod =
    (level: bigint, fname: string, excDefault = false): Impl =>
    (self, args, kw) => {
      if (args.length === 0) {
        throw typeError(`Logger.${fname}() missing 1 required positional argument: 'msg'`);
      }
      let keywords = kw;
      if (excDefault && !(kw?.has('exc_info') ?? false)) {
        keywords = new Map(kw ?? []);
        keywords.set('exc_info', true);
      }
      if (enabledFor(self, level)) log(self, level, args[0], args.slice(1), keywords);
      return null;
    };

  const loggerClass = nativeClass({
    name: 'Logger',
    module: 'logging',
    init(self, args, kw) {
      const [name, level] = bindBuiltin('Logger', ['name', 'level'], 1, args, kw);
      initLogger(self, name!, level === undefined ? 0n : checkLevel(levels, level));
    },
    methods: [
      ...FILTERER_METHODS,
      [
        'setLevel',
        (self, args, kw) => {
          self.attrs.level = checkLevel(
            levels,
            bindBuiltin('setLevel', ['level'], 1, args, kw)[0]!,
          );
          return null;
        },
      ],
      ['getEffectiveLevel', (self) => effectiveLevel(self)],
      [
        'isEnabledFor',
        (self, args, kw) =>
          enabledFor(
            self,
            checkLevel(levels, bindBuiltin('isEnabledFor', ['level'], 1, args, kw)[0]!),
          ),
      ],
      ['debug', levelMethod(10n, 'debug')],
      ['info', levelMethod(20n, 'info')],
      ['warning', levelMethod(WARNING, 'warning')],
      ['warn', levelMethod(WARNING, 'warn')],
      ['error', levelMethod(ERROR, 'error')],
      ['exception', levelMethod(ERROR, 'exception', true)],
      ['critical', levelMethod(50n, 'critical')],
      ['fatal', levelMethod(50n, 'fatal')],
      [
        'log',
        (self, args, kw) => {
          if (args.length < 2) {
            const missing =
              args.length === 0
                ? "2 required positional arguments: 'level' and 'msg'"
                : "1 required positional argument: 'msg'";
            throw typeError(`Logger.log() missing ${missing}`);
          }
          const level = args[0];
          if (typeof level !== 'bigint') throw typeError('level must be an integer');
          if (enabledFor(self, level)) log(self, level, args[1], args.slice(2), kw);
          return null;
        },
      ],
      [
        'addHandler',
        (self, args) => {
          const hs = self.attrs.handlers as PyValue[];
          if (!hs.includes(args[0])) hs.push(args[0]);
          return null;
        },
      ],
      [
        'removeHandler',
        (self, args) => {
          const hs = self.attrs.handlers as PyValue[];
          const i = hs.indexOf(args[0]);
          if (i >= 0) hs.splice(i, 1);
          return null;
        },
      ],
      [
        'hasHandlers',
        (self) => {
          for (let c: PyValue = self; c instanceof Object;) {
            const l = c as PyInstance;
            if (Array.isArray(l.attrs.handlers) && l.attrs.handlers.length > 0) return true;
            if (!truthy(l.attrs.propagate ?? true)) return false;
            c = l.attrs.parent ?? null;
          }
          return false;
        },
      ],
      [
        'handle',
        (self, args) => {
          if (!truthy(self.attrs.disabled ?? false) && passesFilters(self, args[0])) {
            callHandlers(self, args[0] as PyInstance);
          }
          return null;
        },
      ],
      [
        'getChild',
        (self, args) => {
          const base = self === root ? '' : `${str(self.attrs.name)}.`;
          return getLogger(base + str(args[0]));
        },
      ],
      [
        '__repr__',
        (self) =>
          `<${self.cls.name} ${str(self.attrs.name)} (${levels.nameOf(effectiveLevel(self))})>`,
      ],
    ],
  });
  const rootClass = nativeClass({
    name: 'RootLogger',
    module: 'logging',
    bases: [loggerClass],
    init(self, args, kw) {
      const [level] = bindBuiltin('RootLogger', ['level'], 1, args, kw);
      initLogger(self, 'root', checkLevel(levels, level!));
    },
    methods: [],
  });
  const root = callValue(rootClass, [WARNING], null) as PyInstance;

  function getLogger(name: PyValue): PyInstance {
    if (name === null || name === '' || name === 'root') return root;
    if (typeof name !== 'string') throw typeError('A logger name must be a string');
    const known = loggers.get(name);
    if (known !== undefined) return known;
    const made = callValue(loggerClass, [name], null) as PyInstance;
    loggers.set(name, made);
    // Its parent: the nearest logger above it in the dotted names, else the root.
    let parent: PyInstance = root;
    for (let i = name.lastIndexOf('.'); i > 0; i = name.lastIndexOf('.', i - 1)) {
      const p = loggers.get(name.slice(0, i));
      if (p !== undefined) {
        parent = p;
        break;
      }
    }
    made.attrs.parent = parent;
    // Loggers made before it, below it in the names, now have it as their nearer parent.
    for (const [n, l] of loggers) {
      const lp = l.attrs.parent as PyInstance;
      if (n.startsWith(`${name}.`) && (lp === root || str(lp.attrs.name).length < name.length)) {
        l.attrs.parent = made;
      }
    }
    return made;
  }

  function basicConfig(kw: Kwargs): null {
    const opts = new Map(kw ?? []);
    const take = (k: string): PyValue | undefined => {
      const v = opts.get(k);
      opts.delete(k);
      return v;
    };
    const force = take('force');
    take('encoding');
    take('errors');
    const rootHandlers = root.attrs.handlers as PyValue[];
    if (force !== undefined && truthy(force)) {
      for (const h of rootHandlers.slice()) {
        callMethod(root, 'removeHandler', [h], null);
        callMethod(h, 'close', [], null);
      }
    }
    if (rootHandlers.length > 0) return null;
    let hs = take('handlers') ?? null;
    if (hs === null) {
      if (opts.has('stream') && opts.has('filename')) {
        throw fail('ValueError', "'stream' and 'filename' should not be specified together");
      }
    } else if (opts.has('stream') || opts.has('filename')) {
      throw fail(
        'ValueError',
        "'stream' or 'filename' should not be specified together with 'handlers'",
      );
    }
    if (hs === null) {
      const filename = take('filename');
      const mode = take('filemode') ?? 'a';
      const made =
        filename !== undefined && filename !== null && truthy(filename)
          ? callValue(handlers.fileHandler, [filename, mode], null)
          : callValue(handlers.streamHandler, [take('stream') ?? null], null);
      hs = [made];
    }
    const datefmt = take('datefmt') ?? null;
    const style = str(take('style') ?? '%');
    if (!STYLES.includes(style))
      throw fail('ValueError', `Style must be one of: ${STYLES.join(',')}`);
    const fs = take('format') ?? basicFormat(style);
    const fmt = callValue(formatter, [fs, datefmt, style], null);
    for (const h of collect(hs)) {
      if (getAttr(h, 'formatter') === null) callMethod(h, 'setFormatter', [fmt], null);
      callMethod(root, 'addHandler', [h], null);
    }
    const level = take('level');
    if (level !== undefined && level !== null) callMethod(root, 'setLevel', [level], null);
    if (opts.size > 0)
      throw fail('ValueError', `Unrecognised argument(s): ${[...opts.keys()].join(', ')}`);
    return null;
  }

  /** logging.info(...) and the others: basicConfig() first when the root has no handler. */
  const moduleLevel =
    (method: string): ((args: PyValue[], kw: Kwargs) => PyValue) =>
    (args, kw) => {
      if ((root.attrs.handlers as PyValue[]).length === 0) basicConfig(null);
      return callMethod(root, method, args, kw);
    };

  const m = new Map<string, PyValue>([
    ['CRITICAL', 50n],
    ['FATAL', 50n],
    ['ERROR', ERROR],
    ['WARNING', WARNING],
    ['WARN', WARNING],
    ['INFO', 20n],
    ['DEBUG', 10n],
    ['NOTSET', 0n],
    ['BASIC_FORMAT', basicFormat('%')],
    ['raiseExceptions', true],
    ['Logger', loggerClass],
    ['RootLogger', rootClass],
    ['LogRecord', recordClass],
    ['Formatter', formatter],
    ['Filter', filterClass()],
    ['Handler', handlers.handler],
    ['StreamHandler', handlers.streamHandler],
    ['NullHandler', handlers.nullHandler],
    ['FileHandler', handlers.fileHandler],
    ['root', root],
  ]);
  defineAll(m, [
    [
      'getLogger',
      (args, kw) => getLogger(bindBuiltin('getLogger', ['name'], 0, args, kw)[0] ?? null),
    ],
    ['getLoggerClass', () => loggerClass],
    [
      'basicConfig',
      (args, kw) => {
        if (args.length > 0) {
          throw typeError(
            `basicConfig() takes 0 positional arguments but ${args.length} were given`,
          );
        }
        return basicConfig(kw);
      },
    ],
    [
      'getLevelName',
      (args, kw) => {
        const [level] = bindBuiltin('getLevelName', ['level'], 1, args, kw);
        if (typeof level === 'string') {
          const n = levels.byName.get(level);
          return n === undefined ? `Level ${level}` : BigInt(n);
        }
        return levels.nameOf(level!);
      },
    ],
    [
      'addLevelName',
      (args, kw) => {
        const [level, name] = bindBuiltin('addLevelName', ['level', 'levelName'], 2, args, kw);
        levels.byLevel.set(Number(level), str(name!));
        levels.byName.set(str(name!), Number(level));
        return null;
      },
    ],
    [
      'disable',
      (args, kw) => {
        const [level] = bindBuiltin('disable', ['level'], 0, args, kw);
        disabledBelow = level === undefined ? 50n : checkLevel(levels, level);
        return null;
      },
    ],
    ['shutdown', () => null],
    ['debug', moduleLevel('debug')],
    ['info', moduleLevel('info')],
    ['warning', moduleLevel('warning')],
    ['warn', moduleLevel('warn')],
    ['error', moduleLevel('error')],
    ['exception', moduleLevel('exception')],
    ['critical', moduleLevel('critical')],
    ['fatal', moduleLevel('fatal')],
    ['log', moduleLevel('log')],
  ]);
  return m;
}

function initLogger(self: PyInstance, name: PyValue, level: bigint): void {
  const a = self.attrs;
  a.name = name;
  a.level = level;
  a.parent = null;
  a.propagate = true;
  a.handlers = [];
  a.disabled = false;
  a.filters = [];
}

/** sys.exc_info() as logging's exc_info=True reads it: the exception being handled. */
function currentExcInfo(): PyValue {
  const current = rt.handling[rt.handling.length - 1];
  if (current === undefined) return new PyTuple([null, null, null]);
  return new PyTuple([errorClass(current), exceptionOf(current), null]);
}
