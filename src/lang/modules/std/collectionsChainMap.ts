// collections.ChainMap: several mappings looked up as one, written as CPython's collections
// module writes it (lookups in `maps` order, writes and deletions in maps[0], iteration in
// the order of the last map first), with the Mapping methods it inherits there (keys/items/
// values views, get, setdefault, update, ==). A program's class may derive from it.

import { bindArgs } from '../../runtime/args';
import { callMethod, getAttr, setAttr } from '../../runtime/attributes';
import { callValue } from '../../runtime/call';
import { contains, eq, sameOrEqual } from '../../runtime/equality';
import { catchable, errorClass, EXCEPTION_CLASSES, keyError } from '../../runtime/exceptions';
import { collect, iterate } from '../../runtime/iteration';
import { PyClassMethod, PyInstance, type PyClass } from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { typeError } from '../../runtime/state';
import { NOT_IMPLEMENTED } from '../../runtime/special';
import { delItem, getItem, setItem } from '../../runtime/subscript';
import { truthy } from '../../runtime/truth';
import { builtinClass } from '../../runtime/types';
import { Builtin, PyDict, PyTuple, type Kwargs, type PyValue } from '../../runtime/values';
import { nativeClass } from './nativeClass';
import { abcClass } from './collectionsAbc';

const KEY_ERROR = EXCEPTION_CLASSES.get('KeyError')!;

/** The ChainMap classes made (one per session): collections.abc counts them as mappings. */
const CHAIN_MAPS = new WeakSet<PyClass>();

/** isinstance(v, collections.abc.MutableMapping) for a ChainMap (or a subclass's instance). */
export function isChainMap(v: PyValue): boolean {
  return v instanceof PyInstance && v.cls.mro.some((c) => CHAIN_MAPS.has(c));
}

/** Runs `f`; a KeyError it raises becomes `instead()` (CPython's try/except KeyError). */
export function onKeyError<T>(f: () => T, instead: () => T): T {
  try {
    return f();
  } catch (e) {
    const err = catchable(e);
    if (err === null || !errorClass(err).isSubclassOf(KEY_ERROR)) throw e;
    return instead();
  }
}

function raiseKeyError(key: PyValue): never {
  throw keyError(key);
}

/**
 * Binds a method's arguments as its `def` in collections' Python source would (self not
 * counted in `names`), with CPython's messages: "ChainMap.get() missing 1 required positional
 * argument: 'key'". `rest`: the method takes *args, which come back after the named ones.
 */
export function defArgs(
  qualname: string,
  names: readonly string[],
  required: number,
  args: PyValue[],
  kw: Kwargs,
  rest = false,
): (PyValue | undefined)[] {
  const n = names.length;
  if (!rest && args.length > n) {
    const takes =
      required === n
        ? `${n + 1} positional argument${n === 0 ? '' : 's'}`
        : `from ${required + 1} to ${n + 1} positional arguments`;
    const given = args.length + 1;
    throw typeError(
      `${qualname}() takes ${takes} but ${given} ${given === 1 ? 'was' : 'were'} given`,
    );
  }
  const out: (PyValue | undefined)[] = args.slice(0, n);
  while (out.length < n) out.push(undefined);
  for (const [k, v] of kw ?? []) {
    const i = names.indexOf(k);
    if (i < 0) throw typeError(`${qualname}() got an unexpected keyword argument '${k}'`);
    if (out[i] !== undefined) {
      throw typeError(`${qualname}() got multiple values for argument '${k}'`);
    }
    out[i] = v;
  }
  const missing = names.slice(0, required).filter((_, i) => out[i] === undefined);
  if (missing.length > 0) {
    const quoted = missing.map((m) => `'${m}'`);
    const list =
      quoted.length === 1
        ? quoted[0]
        : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
    throw typeError(
      `${qualname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`,
    );
  }
  return rest ? [...out, ...args.slice(n)] : out;
}

const mapsOf = (self: PyValue): PyValue[] => {
  const maps = getAttr(self, 'maps');
  return Array.isArray(maps) ? maps : collect(maps);
};

/** The keys in ChainMap's order: the last map's first, each key where it first came. */
function keysOf(self: PyValue): PyValue[] {
  const d = new PyDict();
  for (const m of mapsOf(self).slice().reverse()) {
    const it = iterate(m);
    for (let k = it.next(); k !== undefined; k = it.next()) setItem(d, k, null);
  }
  return [...d.map.values()].map((e) => e.key);
}

function lookup(self: PyValue, key: PyValue): PyValue {
  for (const m of mapsOf(self)) {
    let found = true;
    const v = onKeyError(
      () => getItem(m, key),
      () => ((found = false), null),
    );
    if (found) return v;
  }
  return callMethod(self, '__missing__', [key], null);
}

const isMapping = (v: PyValue): boolean =>
  v instanceof PyDict || (v as PyInstance | null)?.cls?.lookup?.('keys') !== undefined;

/** dict(m.items()) of a mapping. */
function asDict(m: PyValue): PyDict {
  if (m instanceof PyDict) return m;
  const d = new PyDict();
  for (const k of collect(callMethod(m, 'keys', [], null))) setItem(d, k, getItem(m, k));
  return d;
}

/** The KeysView, ItemsView and ValuesView the Mapping methods return. */
export function viewClass(kind: 'keys' | 'items' | 'values'): PyClass {
  const name = `${kind[0].toUpperCase()}${kind.slice(1)}View`;
  const mappingOf = (self: PyInstance) => getAttr(self, '_mapping');
  const itemsOf = (self: PyInstance): PyValue[] => {
    const m = mappingOf(self);
    const keys = collect(m);
    if (kind === 'keys') return keys;
    if (kind === 'values') return keys.map((k) => getItem(m, k));
    return keys.map((k) => new PyTuple([k, getItem(m, k)]));
  };
  return nativeClass({
    name,
    module: 'collections.abc',
    // An instance is a collections.abc KeysView (a Set, with its operators)…, as CPython's.
    bases: [abcClass(name)],
    init: (self, args, kw) => {
      const [mapping] = bindArgs(name, ['mapping'], 1, args, kw);
      setAttr(self, '_mapping', mapping!);
    },
    methods: [
      ['__len__', (self) => BigInt(itemsOf(self).length)],
      ['__iter__', (self) => iterate(itemsOf(self))],
      ['__repr__', (self) => `${name}(${repr(mappingOf(self))})`],
      [
        '__contains__',
        (self, args) => {
          const m = mappingOf(self);
          const x = args[0];
          if (kind === 'keys') return contains(m, x);
          if (kind === 'values') return itemsOf(self).some((v) => sameOrEqual(v, x));
          const pair = collect(x);
          if (pair.length !== 2 || !contains(m, pair[0])) return false;
          return sameOrEqual(getItem(m, pair[0]), pair[1]);
        },
      ],
    ],
  });
}

export function chainMapClass(): PyClass {
  const views = {
    keys: viewClass('keys'),
    items: viewClass('items'),
    values: viewClass('values'),
  };
  const make = (self: PyValue, maps: PyValue[]) => callValue((self as PyInstance).cls, maps, null);
  const first = (self: PyValue) => mapsOf(self)[0];
  const firstKeyError = (key: PyValue) =>
    raiseKeyError(`Key not found in the first mapping: ${repr(key)}`);
  const view = (kind: keyof typeof views) => (self: PyInstance, args: PyValue[], kw: Kwargs) => {
    defArgs(`Mapping.${kind}`, [], 0, args, kw);
    return callValue(views[kind], [self], null);
  };

  const cls = nativeClass({
    name: 'ChainMap',
    module: 'collections',
    init: (self, args, kw) => {
      bindArgs('ChainMap.__init__', [], 0, [], kw);
      setAttr(self, 'maps', args.length > 0 ? args.slice() : [new PyDict()]);
    },
    methods: [
      ['__missing__', (_self, args) => raiseKeyError(args[0])],
      ['__getitem__', (self, args) => lookup(self, args[0])],
      [
        'get',
        (self, args, kw) => {
          const [key, dflt] = defArgs('ChainMap.get', ['key', 'default'], 1, args, kw);
          return contains(self, key!) ? getItem(self, key!) : (dflt ?? null);
        },
      ],
      ['__len__', (self) => BigInt(keysOf(self).length)],
      ['__iter__', (self) => iterate(keysOf(self))],
      ['__contains__', (self, args) => mapsOf(self).some((m) => contains(m, args[0]))],
      ['__bool__', (self) => mapsOf(self).some((m) => truthy(m))],
      [
        '__repr__',
        (self) =>
          `${self.cls.name}(${mapsOf(self)
            .map((m) => repr(m))
            .join(', ')})`,
      ],
      [
        'copy',
        (self, args, kw) => {
          defArgs('ChainMap.copy', [], 0, args, kw);
          return make(self, [callMethod(first(self), 'copy', [], null), ...mapsOf(self).slice(1)]);
        },
      ],
      ['__copy__', (self) => callMethod(self, 'copy', [], null)],
      [
        'new_child',
        (self, args, kw) => {
          const named = new Map([...(kw ?? [])].filter(([k]) => k === 'm'));
          const [given] = defArgs('ChainMap.new_child', ['m'], 0, args, named);
          kw = new Map([...(kw ?? [])].filter(([k]) => k !== 'm'));
          let m: PyValue = given ?? null;
          const kws = new PyDict();
          for (const [k, v] of kw ?? []) setItem(kws, k, v);
          if (m === null) m = kws;
          else if (kws.map.size > 0) callMethod(m, 'update', [kws], null);
          return make(self, [m, ...mapsOf(self)]);
        },
      ],
      ['__setitem__', (self, args) => (setItem(first(self), args[0], args[1]), null)],
      [
        '__delitem__',
        (self, args) =>
          onKeyError(
            () => (delItem(first(self), args[0]), null),
            () => firstKeyError(args[0]),
          ),
      ],
      [
        'popitem',
        (self, args, kw) => {
          defArgs('ChainMap.popitem', [], 0, args, kw);
          return onKeyError(
            () => callMethod(first(self), 'popitem', [], null),
            () => raiseKeyError('No keys found in the first mapping.'),
          );
        },
      ],
      [
        'pop',
        (self, args, kw) => {
          const bound = defArgs('ChainMap.pop', ['key'], 1, args, kw, true);
          return onKeyError(
            () => callMethod(first(self), 'pop', bound as PyValue[], null),
            () => firstKeyError(bound[0]!),
          );
        },
      ],
      [
        'clear',
        (self, args, kw) => {
          defArgs('ChainMap.clear', [], 0, args, kw);
          callMethod(first(self), 'clear', [], null);
          return null;
        },
      ],
      [
        'update',
        (self, args, kw) => {
          // update(self, other=(), /, **kwds): `other` by position only.
          const [other] = defArgs('MutableMapping.update', ['other'], 0, args, null);
          const put = (k: PyValue, v: PyValue) => setItem(self, k, v);
          if (other !== undefined) {
            if (isMapping(other)) {
              for (const k of collect(callMethod(other, 'keys', [], null)))
                put(k, getItem(other, k));
            } else {
              for (const pair of collect(other)) {
                const [k, v] = collect(pair);
                put(k, v);
              }
            }
          }
          for (const [k, v] of kw ?? []) put(k, v);
          return null;
        },
      ],
      [
        'setdefault',
        (self, args, kw) => {
          const [key, dflt] = defArgs('MutableMapping.setdefault', ['key', 'default'], 1, args, kw);
          return onKeyError(
            () => getItem(self, key!),
            () => (setItem(self, key!, dflt ?? null), dflt ?? null),
          );
        },
      ],
      ['keys', view('keys')],
      ['items', view('items')],
      ['values', view('values')],
      [
        '__eq__',
        (self, args) => {
          const other = args[0];
          if (!isMapping(other)) return NOT_IMPLEMENTED;
          return eq(asDict(self), asDict(other));
        },
      ],
      ['__ior__', (self, args) => (callMethod(first(self), 'update', [args[0]], null), self)],
      [
        '__or__',
        (self, args) => {
          if (!isMapping(args[0])) return NOT_IMPLEMENTED;
          const m = callMethod(self, 'copy', [], null);
          callMethod(mapsOf(m)[0], 'update', [args[0]], null);
          return m;
        },
      ],
      [
        '__ror__',
        (self, args) => {
          if (!isMapping(args[0])) return NOT_IMPLEMENTED;
          const m = new PyDict();
          callMethod(m, 'update', [args[0]], null);
          for (const child of mapsOf(self).slice().reverse())
            callMethod(m, 'update', [child], null);
          return make(self, [m]);
        },
      ],
    ],
    properties: [['parents', (self) => make(self, mapsOf(self).slice(1))]],
  });
  CHAIN_MAPS.add(cls);
  // CPython's Mapping sets __hash__ to None: a ChainMap is not hashable.
  cls.dict.set('__hash__', null);
  cls.dict.set(
    'fromkeys',
    new PyClassMethod(
      new Builtin('fromkeys', (args, kw) => {
        // cls(dict.fromkeys(iterable, *args))
        const [iterable, ...rest] = defArgs(
          'ChainMap.fromkeys',
          ['iterable'],
          1,
          args.slice(1),
          kw,
          true,
        );
        const made = callMethod(
          builtinClass('dict'),
          'fromkeys',
          [iterable!, ...(rest as PyValue[])],
          null,
        );
        return callValue(args[0], [made], null);
      }),
    ),
  );
  return cls;
}
