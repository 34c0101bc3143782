// logging's Filter and handlers: Handler (the base a program derives from, overriding emit),
// StreamHandler (a line to a stream, sys.stderr by default), NullHandler, and FileHandler,
// which a ToyGrad program may not use (it cannot write files). The methods call each other
// through the instance, so a subclass's emit, format or filter is the one that runs.

import { TgradError } from '../../errors';
import { bindBuiltin } from '../../runtime/args';
import { callMethod, getAttr } from '../../runtime/attributes';
import { callValue } from '../../runtime/call';
import { errorClass, EXCEPTION_CLASSES } from '../../runtime/exceptions';
import type { PyClass, PyInstance } from '../../runtime/objects';
import { repr, str } from '../../runtime/repr';
import { fail, typeError } from '../../runtime/state';
import { truthy } from '../../runtime/truth';
import type { PyValue } from '../../runtime/values';
import { writeStderr, type StdContext } from './context';
import type { LevelNames } from './loggingRecord';
import { nativeClass } from './nativeClass';

/** A level argument: an int, or a registered name ('INFO'), with CPython's messages. */
export function checkLevel(levels: LevelNames, level: PyValue): bigint {
  if (typeof level === 'bigint') return level;
  if (typeof level === 'boolean') return level ? 1n : 0n;
  if (typeof level === 'string') {
    const n = levels.byName.get(level);
    if (n === undefined) throw fail('ValueError', `Unknown level: ${repr(level)}`);
    return BigInt(n);
  }
  throw typeError(`Level not an integer or a valid string: ${repr(level)}`);
}

/** Filterer.filter: every filter (an object with .filter, or a callable) must pass the record. */
export function passesFilters(self: PyInstance, record: PyValue): boolean {
  const filters = self.attrs.filters;
  if (!Array.isArray(filters)) return true;
  for (const f of filters.slice()) {
    const hasMethod = f instanceof Object && hasAttr(f, 'filter');
    const ok = hasMethod ? callMethod(f, 'filter', [record], null) : callValue(f, [record], null);
    if (!truthy(ok)) return false;
  }
  return true;
}

function hasAttr(o: PyValue, name: string): boolean {
  try {
    getAttr(o, name);
    return true;
  } catch {
    return false;
  }
}

/** The addFilter/removeFilter/filter methods Logger and Handler share. */
export const FILTERER_METHODS: [string, (self: PyInstance, args: PyValue[]) => PyValue][] = [
  [
    'addFilter',
    (self, args) => {
      const filters = self.attrs.filters as PyValue[];
      if (!filters.includes(args[0])) filters.push(args[0]);
      return null;
    },
  ],
  [
    'removeFilter',
    (self, args) => {
      const filters = self.attrs.filters as PyValue[];
      const i = filters.indexOf(args[0]);
      if (i >= 0) filters.splice(i, 1);
      return null;
    },
  ],
  ['filter', (self, args) => passesFilters(self, args[0])],
];

/** logging.Filter(name=''): passes the records of that logger and its children. */
export function filterClass(): PyClass {
  return nativeClass({
    name: 'Filter',
    module: 'logging',
    init(self, args, kw) {
      const [name] = bindBuiltin('Filter', ['name'], 0, args, kw);
      self.attrs.name = name ?? '';
      self.attrs.nlen = BigInt(str(name ?? '').length);
    },
    methods: [
      [
        'filter',
        (self, args) => {
          const name = str(self.attrs.name);
          const recordName = str(getAttr(args[0], 'name'));
          if (name === '' || name === recordName) return true;
          return recordName.startsWith(name) && recordName[name.length] === '.';
        },
      ],
    ],
  });
}

export interface HandlerClasses {
  handler: PyClass;
  streamHandler: PyClass;
  nullHandler: PyClass;
  fileHandler: PyClass;
}

export function handlerClasses(
  s: StdContext,
  levels: LevelNames,
  defaultFormatter: () => PyValue,
): HandlerClasses {
  const handler = nativeClass({
    name: 'Handler',
    module: 'logging',
    init(self, args, kw) {
      const [level] = bindBuiltin('Handler', ['level'], 0, args, kw);
      initHandler(self, level === undefined ? 0n : checkLevel(levels, level));
    },
    methods: [
      ...FILTERER_METHODS,
      [
        'setLevel',
        (self, args, kw) => {
          const [level] = bindBuiltin('setLevel', ['level'], 1, args, kw);
          self.attrs.level = checkLevel(levels, level!);
          return null;
        },
      ],
      [
        'setFormatter',
        (self, args, kw) => {
          self.attrs.formatter = bindBuiltin('setFormatter', ['fmt'], 1, args, kw)[0]!;
          return null;
        },
      ],
      [
        'format',
        (self, args) => {
          const f = self.attrs.formatter;
          return callMethod(
            f === null || f === undefined ? defaultFormatter() : f,
            'format',
            [args[0]],
            null,
          );
        },
      ],
      [
        'handle',
        (self, args) => {
          const ok = truthy(callMethod(self, 'filter', [args[0]], null));
          if (ok) callMethod(self, 'emit', [args[0]], null);
          return ok;
        },
      ],
      [
        'emit',
        () => {
          throw fail('NotImplementedError', 'emit must be implemented by Handler subclasses');
        },
      ],
      ['flush', () => null],
      ['close', () => null],
      ['acquire', () => null],
      ['release', () => null],
      ['get_name', (self) => self.attrs.name ?? null],
      ['set_name', (self, args) => ((self.attrs.name = args[0]), null)],
      ['__repr__', (self) => `<${self.cls.name} (${levels.nameOf(self.attrs.level ?? 0n)})>`],
    ],
  });

  const streamHandler = nativeClass({
    name: 'StreamHandler',
    module: 'logging',
    bases: [handler],
    init(self, args, kw) {
      const [stream] = bindBuiltin('StreamHandler', ['stream'], 0, args, kw);
      initHandler(self, 0n);
      // None means sys.stderr as it is now: a later redirect does not move the handler.
      self.attrs.stream =
        stream === undefined || stream === null ? getAttr(s.standard('sys'), 'stderr') : stream;
    },
    methods: [
      [
        'emit',
        (self, args) => {
          const record = args[0];
          try {
            const msg = str(callMethod(self, 'format', [record], null));
            callMethod(self.attrs.stream, 'write', [msg + str(getAttr(self, 'terminator'))], null);
            callMethod(self, 'flush', [], null);
          } catch (e) {
            handleError(s, e, record);
          }
          return null;
        },
      ],
      [
        'flush',
        (self) => {
          const stream = self.attrs.stream;
          if (stream !== null && stream !== undefined && hasAttr(stream, 'flush')) {
            callMethod(stream, 'flush', [], null);
          }
          return null;
        },
      ],
      [
        'setStream',
        (self, args) => {
          const old = self.attrs.stream;
          if (args[0] === old) return null;
          callMethod(self, 'flush', [], null);
          self.attrs.stream = args[0];
          return old ?? null;
        },
      ],
      [
        '__repr__',
        (self) => {
          let name = '';
          try {
            name = str(getAttr(self.attrs.stream, 'name'));
          } catch {
            name = '';
          }
          if (name !== '') name += ' ';
          return `<${self.cls.name} ${name}(${levels.nameOf(self.attrs.level ?? 0n)})>`;
        },
      ],
    ],
  });
  streamHandler.dict.set('terminator', '\n');

  const nullHandler = nativeClass({
    name: 'NullHandler',
    module: 'logging',
    bases: [handler],
    init(self, args, kw) {
      bindBuiltin('NullHandler', ['level'], 0, args, kw);
      initHandler(self, 0n);
    },
    methods: [
      ['handle', () => null],
      ['emit', () => null],
    ],
  });

  const fileHandler = nativeClass({
    name: 'FileHandler',
    module: 'logging',
    bases: [streamHandler],
    init(_self, args, kw) {
      const [filename] = bindBuiltin(
        'FileHandler',
        ['filename', 'mode', 'encoding', 'delay', 'errors'],
        1,
        args,
        kw,
      );
      throw fail(
        'PermissionError',
        `FileHandler(${repr(filename!)}): a ToyGrad program may read files but never write them`,
      );
    },
    methods: [],
  });

  return { handler, streamHandler, nullHandler, fileHandler };
}

function initHandler(self: PyInstance, level: bigint): void {
  self.attrs.name = null;
  self.attrs.level = level;
  self.attrs.formatter = null;
  self.attrs.filters = [];
}

/**
 * Handler.handleError: a record that cannot be formatted or written is reported on stderr
 * and the program goes on, as CPython's logging does (its report has a traceback; this one
 * names the error, the message and the arguments).
 */
function handleError(s: StdContext, e: unknown, record: PyValue): void {
  // Only an Exception is reported; SystemExit, a stop, RecursionError (as CPython) go on up.
  if (!(e instanceof TgradError) || e.kind === 'RecursionError') throw e;
  if (!errorClass(e).isSubclassOf(EXCEPTION_CLASSES.get('Exception')!)) throw e;
  const what = e.message !== '' ? `: ${e.message}` : '';
  let detail = '';
  try {
    detail = `Message: ${repr(getAttr(record, 'msg'))}\nArguments: ${repr(getAttr(record, 'args'))}\n`;
  } catch {
    detail = '';
  }
  writeStderr(s, `--- Logging error ---\n${e.kind}${what}\n${detail}`);
}
