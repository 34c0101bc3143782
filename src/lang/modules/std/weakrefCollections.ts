// weakref's WeakKeyDictionary, WeakValueDictionary and WeakSet, with the methods and errors of
// CPython's (keys(), values() and items() are generators there, and here). As weakrefRef.ts
// explains, ToyGrad cannot see an object's last reference go, so an entry stays until the
// program removes it; what is checked is CPython's: a key (or value, or member) must be an
// object that can be weakly referenced.

import { callMethod, getAttr } from '../../runtime/attributes';
import { contains } from '../../runtime/equality';
import { typeError } from '../../runtime/state';
import { keyError } from '../../runtime/exceptions';
import { collect } from '../../runtime/iteration';
import { PyInstance, type PyClass } from '../../runtime/objects';
import { fakeAddress, repr } from '../../runtime/repr';
import { NOT_IMPLEMENTED } from '../../runtime/special';
import { delItem, getItem, setItem } from '../../runtime/subscript';
import { callValue } from '../../runtime/call';
import { PyDict, PyIterator, PyTuple, type Kwargs, type PyValue } from '../../runtime/values';
import { abcClass } from './collectionsAbc';
import { defArgs } from './collectionsChainMap';
import { nativeClass, type Impl } from './nativeClass';
import { checkReferenceable, makeRef } from './weakrefRef';

/** Each weak collection's entries (a WeakSet's members are keys with the value None). */
const DATA = new WeakMap<PyInstance, PyDict>();

function dataOf(self: PyInstance): PyDict {
  let d = DATA.get(self);
  if (d === undefined) DATA.set(self, (d = new PyDict()));
  return d;
}

const keysOf = (self: PyInstance): PyValue[] => [...dataOf(self).map.values()].map((e) => e.key);

/** A generator over a snapshot of `items`, as CPython's `yield` loops give. */
function generator(items: PyValue[]): PyIterator {
  let i = 0;
  return new PyIterator('generator', () => (i < items.length ? items[i++] : undefined));
}

const refTo = (v: PyValue): PyValue => makeRef([v], null);

function referenceable(v: PyValue): boolean {
  try {
    checkReferenceable(v);
    return true;
  } catch {
    return false;
  }
}

/** The mapping classes: `weakKeys` true for WeakKeyDictionary, false for WeakValueDictionary. */
function weakDictClass(weakKeys: boolean): PyClass {
  const name = weakKeys ? 'WeakKeyDictionary' : 'WeakValueDictionary';
  const q = (m: string) => `${name}.${m}`;
  const put = (self: PyInstance, k: PyValue, v: PyValue) => {
    checkReferenceable(weakKeys ? k : v);
    setItem(dataOf(self), k, v);
  };
  // CPython looks a key up as ref(key): a missing one is KeyError(<weakref …>).
  const missing = (k: PyValue): never => {
    throw keyError(weakKeys ? refTo(k) : k);
  };
  const get = (self: PyInstance, k: PyValue): PyValue => {
    if (weakKeys) checkReferenceable(k);
    if (!contains(dataOf(self), k)) missing(k);
    return getItem(dataOf(self), k);
  };
  const has = (self: PyInstance, k: PyValue): boolean =>
    (!weakKeys || referenceable(k)) && contains(dataOf(self), k);
  const update = (self: PyInstance, other: PyValue | undefined, kw: Kwargs) => {
    if (other !== undefined && other !== null) {
      if (other instanceof PyDict || getAttrOrNull(other, 'keys') !== null) {
        for (const k of collect(callMethod(other, 'keys', [], null)))
          put(self, k, getItem(other, k));
      } else {
        for (const pair of collect(other)) {
          const [k, v] = collect(pair);
          put(self, k, v);
        }
      }
    }
    for (const [k, v] of kw ?? []) put(self, k, v);
  };
  const methods: [string, Impl][] = [
    ['__getitem__', (self, a) => get(self, a[0])],
    ['__setitem__', (self, a) => (put(self, a[0], a[1]), null)],
    [
      '__delitem__',
      (self, a) => {
        if (weakKeys) checkReferenceable(a[0]);
        if (!contains(dataOf(self), a[0])) missing(a[0]);
        delItem(dataOf(self), a[0]);
        return null;
      },
    ],
    ['__contains__', (self, a) => has(self, a[0])],
    ['__len__', (self) => BigInt(dataOf(self).map.size)],
    ['__iter__', (self) => generator(keysOf(self))],
    ['__repr__', (self) => `<${name} at ${fakeAddress(self)}>`],
    ['keys', (self, a, kw) => (defArgs(q('keys'), [], 0, a, kw), generator(keysOf(self)))],
    [
      'values',
      (self, a, kw) => (
        defArgs(q('values'), [], 0, a, kw),
        generator(keysOf(self).map((k) => getItem(dataOf(self), k)))
      ),
    ],
    [
      'items',
      (self, a, kw) => (
        defArgs(q('items'), [], 0, a, kw),
        generator(keysOf(self).map((k) => new PyTuple([k, getItem(dataOf(self), k)])))
      ),
    ],
    [
      'get',
      (self, a, kw) => {
        const [k, dflt] = defArgs(q('get'), ['key', 'default'], 1, a, kw);
        return has(self, k!) ? get(self, k!) : (dflt ?? null);
      },
    ],
    [
      'setdefault',
      (self, a, kw) => {
        const [k, dflt] = defArgs(q('setdefault'), ['key', 'default'], 1, a, kw);
        if (!has(self, k!)) put(self, k!, dflt ?? null);
        return get(self, k!);
      },
    ],
    [
      'pop',
      (self, a, kw) => {
        const [k, ...rest] = defArgs(q('pop'), ['key'], 1, a, kw, true);
        if (!has(self, k!)) {
          if (rest.length > 0) return rest[0]!;
          missing(k!);
        }
        const v = get(self, k!);
        delItem(dataOf(self), k!);
        return v;
      },
    ],
    [
      'popitem',
      (self, a, kw) => {
        defArgs(q('popitem'), [], 0, a, kw);
        const keys = keysOf(self);
        if (keys.length === 0) throw keyError('popitem(): dictionary is empty');
        const k = keys[keys.length - 1];
        const v = getItem(dataOf(self), k);
        delItem(dataOf(self), k);
        return new PyTuple([k, v]);
      },
    ],
    ['clear', (self, a, kw) => (defArgs(q('clear'), [], 0, a, kw), dataOf(self).map.clear(), null)],
    [
      'update',
      (self, a, kw) => {
        const [other] = defArgs(q('update'), ['dict'], 0, a, null);
        update(self, other, kw);
        return null;
      },
    ],
    ['copy', (self) => copyOf(self)],
    ['__copy__', (self) => copyOf(self)],
    [weakKeys ? 'keyrefs' : 'valuerefs', (self) => refsOf(self)],
    [weakKeys ? 'iterkeyrefs' : 'itervaluerefs', (self) => generator(refsOf(self))],
  ];
  const refsOf = (self: PyInstance): PyValue[] =>
    keysOf(self).map((k) => refTo(weakKeys ? k : getItem(dataOf(self), k)));
  const copyOf = (self: PyInstance): PyValue => {
    const made = callValue(cls, [], null) as PyInstance;
    for (const k of keysOf(self)) setItem(dataOf(made), k, getItem(dataOf(self), k));
    return made;
  };
  const cls = nativeClass({
    name,
    module: 'weakref',
    bases: [abcClass('MutableMapping')],
    init: (self, args, kw) => {
      if (args.length > 1) {
        throw typeError(
          `${name}.__init__() takes from 1 to 2 positional arguments but ${args.length + 1} were given`,
        );
      }
      dataOf(self);
      update(self as PyInstance, args[0], kw);
    },
    methods,
  });
  return cls;
}

function getAttrOrNull(v: PyValue, name: string): PyValue {
  try {
    return getAttr(v, name);
  } catch {
    return null;
  }
}

function weakSetClass(): PyClass {
  const q = (m: string) => `WeakSet.${m}`;
  const add = (self: PyInstance, v: PyValue) => {
    checkReferenceable(v);
    setItem(dataOf(self), v, null);
  };
  const has = (self: PyInstance, v: PyValue) => referenceable(v) && contains(dataOf(self), v);
  const cls: PyClass = nativeClass({
    name: 'WeakSet',
    module: 'weakref',
    init: (self, args, kw) => {
      const [data] = defArgs('WeakSet.__init__', ['data'], 0, args, kw);
      dataOf(self);
      if (data !== undefined && data !== null) for (const v of collect(data)) add(self, v);
    },
    methods: [
      ['add', (self, a, kw) => (add(self, defArgs(q('add'), ['item'], 1, a, kw)[0]!), null)],
      [
        'discard',
        (self, a, kw) => {
          const [v] = defArgs(q('discard'), ['item'], 1, a, kw);
          checkReferenceable(v!);
          if (contains(dataOf(self), v!)) delItem(dataOf(self), v!);
          return null;
        },
      ],
      [
        'remove',
        (self, a, kw) => {
          const [v] = defArgs(q('remove'), ['item'], 1, a, kw);
          checkReferenceable(v!);
          if (!contains(dataOf(self), v!)) throw keyError(refTo(v!));
          delItem(dataOf(self), v!);
          return null;
        },
      ],
      [
        'pop',
        (self, a, kw) => {
          defArgs(q('pop'), [], 0, a, kw);
          const keys = keysOf(self);
          if (keys.length === 0) throw keyError('pop from empty WeakSet');
          delItem(dataOf(self), keys[0]);
          return keys[0];
        },
      ],
      [
        'clear',
        (self, a, kw) => (defArgs(q('clear'), [], 0, a, kw), dataOf(self).map.clear(), null),
      ],
      ['copy', (self) => callValue(cls, [keysOf(self)], null)],
      [
        'update',
        (self, a, kw) => {
          const [other] = defArgs(q('update'), ['other'], 1, a, kw);
          for (const v of collect(other!)) add(self, v);
          return null;
        },
      ],
      ['__len__', (self) => BigInt(dataOf(self).map.size)],
      ['__iter__', (self) => generator(keysOf(self))],
      ['__contains__', (self, a) => has(self, a[0])],
      [
        '__repr__',
        (self) =>
          `{${keysOf(self)
            .map((k) => repr(refTo(k)))
            .join(', ')}}`,
      ],
      [
        '__eq__',
        (self, a) => {
          const other = a[0];
          if (!(other instanceof PyInstance) || !other.cls.isSubclassOf(cls))
            return NOT_IMPLEMENTED;
          const mine = keysOf(self);
          const theirs = keysOf(other);
          return mine.length === theirs.length && mine.every((k) => has(other, k));
        },
      ],
    ],
  });
  // A WeakSet is mutable: unhashable, as CPython's (which sets __hash__ = None).
  cls.dict.set('__hash__', null);
  return cls;
}

export function weakCollections(): [string, PyValue][] {
  return [
    ['WeakKeyDictionary', weakDictClass(true)],
    ['WeakValueDictionary', weakDictClass(false)],
    ['WeakSet', weakSetClass()],
  ];
}
