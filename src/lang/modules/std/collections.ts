// collections: defaultdict and Counter (dicts with a rule for missing keys), OrderedDict,
// deque, namedtuple (runtime/namedTuple.ts) and ChainMap (collectionsChainMap.ts).

import { defineAll } from '../../builtins/core';
import { callValue, isCallable } from '../../runtime/call';
import { bindArgs } from '../../runtime/args';
import { collect } from '../../runtime/iteration';
import { makeNamedTupleClass } from '../../runtime/namedTuple';
import { userDictClass } from './collectionsUserDict';
import { userListClass } from './collectionsUserList';
import { userStringClass } from './collectionsUserString';
import { chainMapClass } from './collectionsChainMap';
import { addCounts } from '../../runtime/methods/counterMethods';
import { makeDeque } from '../../runtime/methods/dequeMethods';
import { updateDict } from '../../runtime/methods/dictMethods';
import { fail, typeError } from '../../runtime/state';
import { truthy } from '../../runtime/truth';
import { str } from '../../runtime/repr';
import { setItem } from '../../runtime/subscript';
import { PyClass } from '../../runtime/objects';
import { builtinClass } from '../../runtime/types';
import {
  Builtin,
  PyCounter,
  PyDefaultDict,
  PyOrderedDict,
  type BuiltinImpl,
  type PyValue,
} from '../../runtime/values';
import type { StdContext } from './context';

export function collectionsModule(s: StdContext): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  // CPython's startup (site) has imported collections.abc already, so `import collections`
  // alone gives `collections.abc.Iterable`.
  m.set('abc', s.standard('collections.abc'));
  defineAll(m, [
    [
      'defaultdict',
      (args, kw) => {
        const factory = args.length > 0 ? args[0] : null;
        if (factory !== null && !isCallable(factory)) {
          throw typeError('first argument must be callable or None');
        }
        const make = (f: PyValue) => callValue(f, [], null);
        const d = new PyDefaultDict(factory, make, (dict, key, v) => setItem(dict, key, v));
        if (args.length > 2)
          throw typeError(`defaultdict expected at most 2 arguments, got ${args.length}`);
        if (args.length === 2) updateDict(d, args[1], 'dictionary');
        if (kw !== null) for (const [k, v] of kw) setItem(d, k, v);
        return d;
      },
    ],
    [
      'Counter',
      (args, kw) => {
        if (args.length > 1) throw typeError(`expected at most 1 argument, got ${args.length}`);
        const c = new PyCounter();
        addCounts(c, args[0], kw, 1n);
        return c;
      },
    ],
    [
      'deque',
      (args, kw) => {
        const [iterable, maxlenArg] = bindArgs('deque', ['iterable', 'maxlen'], 0, args, kw);
        let maxlen: number | null = null;
        if (maxlenArg !== undefined && maxlenArg !== null) {
          // CPython reads an int itself here (no __index__).
          if (typeof maxlenArg !== 'bigint' && typeof maxlenArg !== 'boolean') {
            throw typeError('an integer is required');
          }
          maxlen = Number(maxlenArg);
          if (maxlen < 0) throw fail('ValueError', 'maxlen must be non-negative');
        }
        return makeDeque(iterable === undefined ? [] : collect(iterable), maxlen);
      },
    ],
    [
      'OrderedDict',
      (args, kw) => {
        if (args.length > 1) throw typeError(`expected at most 1 argument, got ${args.length}`);
        const d = new PyOrderedDict();
        if (args.length === 1) updateDict(d, args[0], 'dictionary');
        if (kw !== null) for (const [k, v] of kw) setItem(d, k, v);
        return d;
      },
    ],
    [
      'namedtuple',
      (args, kw) => {
        const [typename, fields, rename, defaults, module] = bindArgs(
          'namedtuple',
          ['typename', 'field_names', 'rename', 'defaults', 'module'],
          2,
          args.slice(0, 2),
          kw,
        );
        if (args.length > 2) {
          throw typeError(
            `namedtuple() takes 2 positional arguments but ${args.length} were given`,
          );
        }
        return makeNamedTupleClass(
          typename!,
          fields!,
          defaults ?? null,
          rename !== undefined && truthy(rename),
          module === undefined || module === null ? '__main__' : str(module),
        );
      },
    ],
  ]);
  // defaultdict, OrderedDict and Counter are classes deriving from dict, as in CPython: isinstance(d,
  // dict) holds, and a program's class can derive from them (runtime/builtinSubclass.ts).
  for (const [name, qualified] of [
    ['defaultdict', 'collections.defaultdict'],
    ['OrderedDict', 'collections.OrderedDict'],
    ['Counter', 'Counter'],
  ]) {
    const made = m.get(name);
    if (made instanceof Builtin) m.set(name, dictKindClass(qualified, made.call));
  }
  // Counter is a dict class too; CPython names it 'Counter' in messages, its module aside.
  const counter = m.get('Counter');
  if (counter instanceof PyClass) counter.dict.set('__module__', 'collections');
  // deque is a class (isinstance(q, deque)) a program's class may derive from.
  const deque = m.get('deque');
  if (deque instanceof Builtin) {
    const cls = builtinClass('collections.deque');
    cls.construct = deque.call;
    m.set('deque', cls);
  }
  m.set('ChainMap', chainMapClass());
  m.set('UserDict', userDictClass());
  m.set('UserList', userListClass());
  m.set('UserString', userStringClass());
  return m;
}

/** The class of one of collections' dicts, made by `make`; a subclass of dict. */
function dictKindClass(name: string, make: BuiltinImpl): PyClass {
  const cls = builtinClass(name, builtinClass('dict'));
  cls.construct = make;
  return cls;
}
