// operator.itemgetter, attrgetter and methodcaller: callable objects that remember what to
// fetch (or call), shown as CPython shows them (`operator.itemgetter(1)`). Each is a built-in
// class whose instances keep their recipe in a WeakMap, out of the program's reach.

import { expectArgs } from '../../runtime/args';
import { callMethod, getAttr } from '../../runtime/attributes';
import { c3, NativeMethod, newAttrs, PyClass, PyInstance } from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { typeError } from '../../runtime/state';
import { getItem } from '../../runtime/subscript';
import { OBJECT } from '../../runtime/types';
import { PyTuple, type Kwargs, type PyValue } from '../../runtime/values';

interface Recipe {
  /** What the object does to its one argument. */
  apply(args: PyValue[], kw: Kwargs): PyValue;
  /** The arguments as repr shows them: `1, 'a'`. */
  shown: string;
}

const RECIPES = new WeakMap<PyInstance, Recipe>();

function getterClass(name: string, make: (args: PyValue[], kw: Kwargs) => Recipe): PyClass {
  const qualified = `operator.${name}`;
  const cls = new PyClass(qualified, [OBJECT], new Map(), null, true);
  cls.mro = c3(cls, [OBJECT])!;
  cls.construct = (args, kw) => {
    const o = new PyInstance(cls, newAttrs());
    RECIPES.set(o, make(args, kw));
    return o;
  };
  cls.dict.set(
    '__call__',
    new NativeMethod('__call__', qualified, (self: PyInstance, args, kw) =>
      RECIPES.get(self)!.apply(args, kw),
    ),
  );
  cls.dict.set(
    '__repr__',
    new NativeMethod('__repr__', qualified, (self: PyInstance) => {
      return `${qualified}(${RECIPES.get(self)!.shown})`;
    }),
  );
  return cls;
}

/** One argument, no keywords: what every getter is called with. */
function oneArgument(name: string, args: PyValue[], kw: Kwargs): PyValue {
  if (kw !== null && kw.size > 0) throw typeError(`${name}() takes no keyword arguments`);
  expectArgs(name, args, 1, 1);
  return args[0];
}

/** The getters take their keys (names) as CPython words it: "itemgetter expected 1 argument". */
function atLeastOne(name: string, args: PyValue[]): void {
  if (args.length === 0) throw typeError(`${name} expected 1 argument, got 0`);
}

/** `'a.b.c'` read from obj, one attribute at a time. */
function dotted(obj: PyValue, path: string): PyValue {
  let v = obj;
  for (const part of path.split('.')) v = getAttr(v, part);
  return v;
}

const ITEMGETTER = getterClass('itemgetter', (keys, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('itemgetter() takes no keyword arguments');
  atLeastOne('itemgetter', keys);
  return {
    apply: (args, akw) => {
      const obj = oneArgument('itemgetter', args, akw);
      if (keys.length === 1) return getItem(obj, keys[0]);
      return new PyTuple(keys.map((k) => getItem(obj, k)));
    },
    shown: keys.map(repr).join(', '),
  };
});

const ATTRGETTER = getterClass('attrgetter', (names, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('attrgetter() takes no keyword arguments');
  atLeastOne('attrgetter', names);
  const paths = names.map((n) => {
    if (typeof n !== 'string') throw typeError('attribute name must be a string');
    return n;
  });
  return {
    apply: (args, akw) => {
      const obj = oneArgument('attrgetter', args, akw);
      if (paths.length === 1) return dotted(obj, paths[0]);
      return new PyTuple(paths.map((p) => dotted(obj, p)));
    },
    shown: names.map(repr).join(', '),
  };
});

const METHODCALLER = getterClass('methodcaller', (args, kw) => {
  if (args.length === 0) {
    throw typeError('methodcaller needs at least one argument, the method name');
  }
  const name = args[0];
  if (typeof name !== 'string') throw typeError('method name must be a string');
  const rest = args.slice(1);
  const shown = [repr(name), ...rest.map(repr)];
  if (kw !== null) for (const [k, v] of kw) shown.push(`${k}=${repr(v)}`);
  return {
    apply: (cargs, ckw) => {
      const obj = oneArgument('methodcaller', cargs, ckw);
      return callMethod(obj, name, rest.slice(), kw === null ? null : new Map(kw));
    },
    shown: shown.join(', '),
  };
});

export function operatorGetters(): [string, PyValue][] {
  return [
    ['itemgetter', ITEMGETTER],
    ['attrgetter', ATTRGETTER],
    ['methodcaller', METHODCALLER],
  ];
}
