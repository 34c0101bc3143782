// warnings: warn, the filters (simplefilter, filterwarnings, resetwarnings) and catch_warnings.
// A warning is shown on the program's stderr as CPython shows it for a file it runs
// (`FILE:LINE: Category: message` and the source line), once per place under the 'default'
// action. The filters start as CPython's: DeprecationWarning shown for __main__ only, and
// PendingDeprecation, Import and Resource warnings ignored.

import { mainFilePath } from '../../files';
import { defineAll } from '../../builtins/core';
import { bindArgs, indexArg } from '../../runtime/args';
import { callValue } from '../../runtime/call';
import { errorFor, EXCEPTION_CLASSES } from '../../runtime/exceptions';
import {
  c3,
  NativeMethod,
  newAttrs,
  PyClass,
  PyExceptionObject,
  PyInstance,
} from '../../runtime/objects';
import { repr, str } from '../../runtime/repr';
import { fail, typeError } from '../../runtime/state';
import { truthy } from '../../runtime/truth';
import { OBJECT } from '../../runtime/types';
import { typeName } from '../../runtime/typeName';
import type { Kwargs, PyList, PyValue } from '../../runtime/values';
import { writeStderr, type StdContext } from './context';

const ACTIONS = ['error', 'ignore', 'always', 'default', 'module', 'once'];

interface Filter {
  action: string;
  /** Matches the message's start, ignoring case; null matches every message. */
  message: RegExp | null;
  category: PyClass;
  /** Matches the whole module name; null matches every module. */
  module: RegExp | null;
  lineno: number;
}

const WARNING = EXCEPTION_CLASSES.get('Warning')!;
const classOf = (name: string): PyClass => EXCEPTION_CLASSES.get(name)!;

function defaultFilters(): Filter[] {
  const f = (action: string, category: string, module: string | null = null): Filter => ({
    action,
    message: null,
    category: classOf(category),
    module: module === null ? null : new RegExp(`^(?:${module})$`),
    lineno: 0,
  });
  return [
    f('default', 'DeprecationWarning', '__main__'),
    f('ignore', 'DeprecationWarning'),
    f('ignore', 'PendingDeprecationWarning'),
    f('ignore', 'ImportWarning'),
    f('ignore', 'ResourceWarning'),
  ];
}

/** warnings.catch_warnings(record=True)'s list entries: one warning, as CPython records it. */
const WARNING_MESSAGE = new PyClass(
  'WarningMessage',
  [OBJECT],
  new Map<string, PyValue>([
    ['__module__', 'warnings'],
    [
      '__str__',
      new NativeMethod('__str__', 'WarningMessage', (self: PyInstance) => {
        const a = self.attrs;
        const category = a.category instanceof PyClass ? a.category.name : 'None';
        return (
          `{message : ${repr(a.message!)}, category : ${repr(category)}, filename : ` +
          `${repr(a.filename!)}, lineno : ${repr(a.lineno!)}, line : ${repr(a.line!)}}`
        );
      }),
    ],
  ]),
);
WARNING_MESSAGE.mro = c3(WARNING_MESSAGE, [OBJECT])!;

/** Where a warning is issued: the file CPython names, the line, its module and its source. */
export interface Place {
  filename: string;
  lineno: number;
  module: string;
  line: string | null;
}

/**
 * Where the program is, `stacklevel` frames out, as warnings and logging name it; the source
 * line only when asked (logging has no use for it, and would read the file on every call).
 */
export function sourcePlace(s: StdContext, stacklevel: number, withLine = true): Place {
  const span = s.position(stacklevel);
  // Past the outermost frame CPython names the `sys` module, with no source line.
  if (span === null) return { filename: 'sys', lineno: 1, module: 'sys', line: null };
  const files = s.files();
  const lineno = span?.line ?? 1;
  const path =
    span?.file === undefined
      ? files === null || files.file === ''
        ? '<string>'
        : mainFilePath(files)
      : files === null
        ? span.file
        : files.resolve(files.folder, span.file);
  const module =
    span?.file === undefined
      ? '__main__'
      : span.file.replace(/\.(py|tgrad)$/, '').replace(/\//g, '.');
  let line: string | null = null;
  if (withLine && files !== null && path !== '' && path !== '<string>') {
    try {
      line = files.readText(path).split('\n')[lineno - 1]?.trim() ?? null;
    } catch {
      line = null;
    }
  }
  return { filename: path, lineno, module, line };
}

export function warningsModule(s: StdContext): Map<string, PyValue> {
  let filters = defaultFilters();
  /** What 'default' and 'module' have shown, per module; forgotten when the filters change. */
  let shown = new Map<string, Set<string>>();
  /** What 'once' has shown, whatever the module. */
  const shownOnce = new Set<string>();
  /** catch_warnings(record=True)'s list while it is active. */
  let record: PyList | null = null;

  const changed = (): void => {
    shown = new Map();
  };

  function actionFor(text: string, category: PyClass, where: Place): string {
    for (const f of filters) {
      if (f.message !== null && !f.message.test(text)) continue;
      if (!category.isSubclassOf(f.category)) continue;
      if (f.module !== null && !f.module.test(where.module)) continue;
      if (f.lineno !== 0 && f.lineno !== where.lineno) continue;
      return f.action;
    }
    return 'default';
  }

  /** Has this warning been shown already under `action`? Notes it as shown when not. */
  function seen(action: string, text: string, category: PyClass, where: Place): boolean {
    const kind = `${category.name}\u0000${text}`;
    if (action === 'once') {
      if (shownOnce.has(kind)) return true;
      shownOnce.add(kind);
      return false;
    }
    if (action === 'always') return false;
    const key = action === 'module' ? kind : `${kind}\u0000${where.lineno}`;
    let reg = shown.get(where.module);
    if (reg === undefined) shown.set(where.module, (reg = new Set()));
    if (reg.has(key)) return true;
    reg.add(key);
    return false;
  }

  function warn(message: PyValue, categoryArg: PyValue, stacklevel: number): void {
    let category: PyClass;
    let instance: PyExceptionObject;
    if (message instanceof PyExceptionObject && message.cls.isSubclassOf(WARNING)) {
      category = message.cls;
      instance = message;
    } else {
      const c = categoryArg ?? classOf('UserWarning');
      if (!(c instanceof PyClass) || !c.isSubclassOf(WARNING)) {
        throw typeError(`category must be a Warning subclass, not '${typeName(c)}'`);
      }
      category = c;
      const made = callValue(c, [message], null);
      if (!(made instanceof PyExceptionObject)) throw typeError('a warning must be an exception');
      instance = made;
    }
    const text = str(instance);
    const where = sourcePlace(s, stacklevel);
    const action = actionFor(text, category, where);
    if (action === 'ignore') return;
    if (action === 'error') throw errorFor(instance);
    if (seen(action, text, category, where)) return;
    if (record !== null) {
      const entry = new PyInstance(WARNING_MESSAGE, newAttrs());
      Object.assign(entry.attrs, {
        message: instance,
        category,
        filename: where.filename,
        lineno: BigInt(where.lineno),
        file: null,
        line: null,
        source: null,
      });
      record.push(entry);
      return;
    }
    const source = where.line === null || where.line === '' ? '' : `  ${where.line}\n`;
    writeStderr(s, `${where.filename}:${where.lineno}: ${category.name}: ${text}\n${source}`);
  }

  function addFilter(f: Filter, append: boolean): void {
    if (!ACTIONS.includes(f.action))
      throw fail('AssertionError', `invalid action: ${repr(f.action)}`);
    const same = filters.findIndex(
      (g) =>
        g.action === f.action &&
        g.category === f.category &&
        g.lineno === f.lineno &&
        String(g.message) === String(f.message) &&
        String(g.module) === String(f.module),
    );
    if (same >= 0) filters.splice(same, 1);
    if (append) filters.push(f);
    else filters.unshift(f);
    changed();
  }

  function categoryArg(v: PyValue | undefined): PyClass {
    if (v === undefined) return WARNING;
    if (!(v instanceof PyClass) || !v.isSubclassOf(WARNING)) {
      throw fail('AssertionError', 'category must be a Warning subclass');
    }
    return v;
  }

  function lineArg(v: PyValue | undefined): number {
    if (v === undefined) return 0;
    if (typeof v !== 'bigint' || v < 0n) throw fail('AssertionError', 'lineno must be an int >= 0');
    return Number(v);
  }

  const m = new Map<string, PyValue>();
  defineAll(m, [
    [
      'warn',
      (args, kw) => {
        const [message, category, stacklevel] = bindArgs(
          'warn',
          ['message', 'category', 'stacklevel', 'source'],
          1,
          args,
          kw,
        );
        warn(
          message!,
          category ?? null,
          stacklevel === undefined ? 1 : Number(indexArg(stacklevel)),
        );
        return null;
      },
    ],
    [
      'simplefilter',
      (args, kw) => {
        const [action, category, lineno, append] = bindArgs(
          'simplefilter',
          ['action', 'category', 'lineno', 'append'],
          1,
          args,
          kw,
        );
        addFilter(
          {
            action: String(action),
            message: null,
            category: categoryArg(category),
            module: null,
            lineno: lineArg(lineno),
          },
          append !== undefined && truthy(append),
        );
        return null;
      },
    ],
    [
      'filterwarnings',
      (args, kw) => {
        const [action, message, category, module, lineno, append] = bindArgs(
          'filterwarnings',
          ['action', 'message', 'category', 'module', 'lineno', 'append'],
          1,
          args,
          kw,
        );
        const text = (v: PyValue | undefined, what: string): string => {
          if (v === undefined) return '';
          if (typeof v !== 'string') throw fail('AssertionError', `${what} must be a string`);
          return v;
        };
        const msg = text(message, 'message');
        const mod = text(module, 'module');
        addFilter(
          {
            action: String(action),
            message: msg === '' ? null : new RegExp(`^(?:${msg})`, 'i'),
            category: categoryArg(category),
            module: mod === '' ? null : new RegExp(`^(?:${mod})$`),
            lineno: lineArg(lineno),
          },
          append !== undefined && truthy(append),
        );
        return null;
      },
    ],
    [
      'resetwarnings',
      (args, kw) => {
        bindArgs('resetwarnings', [], 0, args, kw);
        filters = [];
        changed();
        return null;
      },
    ],
  ]);

  const CATCH_WARNINGS = new PyClass(
    'catch_warnings',
    [OBJECT],
    new Map<string, PyValue>([
      ['__module__', 'warnings'],
      [
        '__enter__',
        new NativeMethod('__enter__', 'catch_warnings', (self: PyInstance) => {
          saved.set(self, { filters: filters.slice(), record });
          changed();
          if (!truthy(self.attrs.record ?? false)) return null;
          record = [];
          return record;
        }),
      ],
      [
        '__exit__',
        new NativeMethod('__exit__', 'catch_warnings', (self: PyInstance) => {
          const before = saved.get(self);
          if (before === undefined)
            throw fail('RuntimeError', `Cannot exit ${repr(self)} without entering first`);
          saved.delete(self);
          filters = before.filters;
          record = before.record;
          changed();
          return null;
        }),
      ],
    ]),
    null,
    true,
  );
  CATCH_WARNINGS.mro = c3(CATCH_WARNINGS, [OBJECT])!;
  const saved = new Map<PyInstance, { filters: Filter[]; record: PyList | null }>();
  CATCH_WARNINGS.construct = (args: PyValue[], kw: Kwargs) => {
    const [rec] = bindArgs('catch_warnings', ['record', 'module'], 0, args, kw);
    const o = new PyInstance(CATCH_WARNINGS, newAttrs());
    o.attrs.record = rec ?? false;
    return o;
  };
  m.set('catch_warnings', CATCH_WARNINGS);
  m.set('WarningMessage', WARNING_MESSAGE);
  return m;
}
