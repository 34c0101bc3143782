// csv's dialects as a program handles them: the classes Dialect, excel, excel_tab and
// unix_dialect (their parameters as class attributes, so `dialect=excel` or a subclass of
// Dialect works), and register_dialect / get_dialect / unregister_dialect / list_dialects over
// the session's registry, whose entries get_dialect gives as `_csv.Dialect` objects.

import { bindBuiltin } from '../../runtime/args';
import { c3, newAttrs, PyClass, PyInstance } from '../../runtime/objects';
import { typeError } from '../../runtime/state';
import { OBJECT } from '../../runtime/types';
import { Builtin, type PyValue } from '../../runtime/values';
import {
  csvClass,
  csvError,
  DIALECT_RECORDS,
  QUOTE_ALL,
  QUOTE_MINIMAL,
  readDialect,
  type Dialect,
  type DialectRegistry,
} from './csvDialect';

function dialectClass(name: string, bases: PyClass[], attrs: [string, PyValue][]): PyClass {
  const cls = new PyClass(name, bases, new Map<string, PyValue>([['__module__', 'csv'], ...attrs]));
  cls.mro = c3(cls, bases)!;
  for (const b of bases) b.subclasses.push(cls);
  return cls;
}

const excelAttributes = (lineterminator: string, quoting: number): [string, PyValue][] => [
  ['delimiter', ','],
  ['quotechar', '"'],
  ['doublequote', true],
  ['skipinitialspace', false],
  ['lineterminator', lineterminator],
  ['quoting', BigInt(quoting)],
];

/** The `_csv.Dialect` type get_dialect's objects have, their parameters as attributes. */
const CSV_DIALECT = csvClass('Dialect', '_csv', []);

function dialectObject(d: Dialect): PyInstance {
  const self = new PyInstance(CSV_DIALECT, newAttrs());
  const a = self.attrs;
  a.delimiter = d.delimiter;
  a.quotechar = d.quotechar;
  a.escapechar = d.escapechar;
  a.doublequote = d.doublequote;
  a.skipinitialspace = d.skipinitialspace;
  a.lineterminator = d.lineterminator;
  a.quoting = BigInt(d.quoting);
  a.strict = d.strict;
  DIALECT_RECORDS.set(self, d);
  return self;
}

export function dialectEntries(registry: DialectRegistry): [string, PyValue][] {
  const base = dialectClass(
    'Dialect',
    [OBJECT],
    [
      ['_name', ''],
      ['_valid', false],
      ['delimiter', null],
      ['quotechar', null],
      ['escapechar', null],
      ['doublequote', null],
      ['skipinitialspace', null],
      ['lineterminator', null],
      ['quoting', null],
    ],
  );
  const excel = dialectClass('excel', [base], excelAttributes('\r\n', QUOTE_MINIMAL));
  const excelTab = dialectClass('excel_tab', [excel], [['delimiter', '\t']]);
  const unix = dialectClass('unix_dialect', [base], excelAttributes('\n', QUOTE_ALL));
  const named = (fname: string, args: PyValue[]): string => {
    const name = args[0];
    if (typeof name !== 'string') throw typeError('dialect name must be a string');
    if (args.length !== 1) {
      throw typeError(`${fname}() takes exactly one argument (${args.length} given)`);
    }
    return name;
  };
  return [
    ['Dialect', base],
    ['excel', excel],
    ['excel_tab', excelTab],
    ['unix_dialect', unix],
    [
      'register_dialect',
      new Builtin('register_dialect', (args, kw) => {
        if (args.length === 0 || args.length > 2) {
          throw typeError(`register_dialect() expected 1 or 2 arguments, got ${args.length}`);
        }
        const name = args[0];
        if (typeof name !== 'string') throw typeError('dialect name must be a string');
        registry.set(name, readDialect(args[1], kw, registry));
        return null;
      }),
    ],
    [
      'get_dialect',
      new Builtin('get_dialect', (args, kw) => {
        bindBuiltin('get_dialect', ['name'], 1, args, kw);
        const d = registry.get(named('get_dialect', args));
        if (d === undefined) throw csvError('unknown dialect');
        return dialectObject(d);
      }),
    ],
    [
      'unregister_dialect',
      new Builtin('unregister_dialect', (args, kw) => {
        bindBuiltin('unregister_dialect', ['name'], 1, args, kw);
        if (!registry.delete(named('unregister_dialect', args))) throw csvError('unknown dialect');
        return null;
      }),
    ],
    ['list_dialects', new Builtin('list_dialects', () => [...registry.keys()])],
  ];
}
