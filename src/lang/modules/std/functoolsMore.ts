// functools, continued: total_ordering (the missing comparisons from one), cmp_to_key (a
// key object comparing through a cmp function), wraps and update_wrapper (the wrapper takes
// the wrapped function's name and docstring; functoolsWrapper.ts for the general case) and
// lru_cache's cache_info().

import { bindArgs } from '../../runtime/args';
import { callValue } from '../../runtime/call';
import {
  functionAttribute,
  functionDict,
  setFunctionAttribute,
} from '../../runtime/functionAttributes';
import { c3, NativeMethod, newAttrs, PyClass, PyInstance } from '../../runtime/objects';
import { compare, order } from '../../runtime/equality';
import { NOT_IMPLEMENTED } from '../../runtime/special';
import { fail, typeError } from '../../runtime/state';
import { truthy } from '../../runtime/truth';
import { OBJECT } from '../../runtime/types';
import {
  Builtin,
  DefWrapper,
  LruCacheWrapper,
  PyFunction,
  type PyValue,
} from '../../runtime/values';
import { PyPartial } from '../../runtime/partial';
import { singledispatchFunction } from './functoolsDispatch';
import { updateWrapper, wrapperNames } from './functoolsWrapper';

type Cmp = '__lt__' | '__le__' | '__gt__' | '__ge__';

/** For each root comparison, how CPython derives the other three from it and ==. */
const DERIVED: Record<Cmp, [Cmp, (r: boolean, eq: () => boolean) => boolean][]> = {
  __lt__: [
    ['__gt__', (r, eq) => !r && !eq()],
    ['__le__', (r, eq) => r || eq()],
    ['__ge__', (r) => !r],
  ],
  __le__: [
    ['__ge__', (r, eq) => !r || eq()],
    ['__lt__', (r, eq) => r && !eq()],
    ['__gt__', (r) => !r],
  ],
  __gt__: [
    ['__lt__', (r, eq) => !r && !eq()],
    ['__ge__', (r, eq) => r || eq()],
    ['__le__', (r) => !r],
  ],
  __ge__: [
    ['__le__', (r, eq) => !r || eq()],
    ['__gt__', (r, eq) => r && !eq()],
    ['__lt__', (r) => !r],
  ],
};

function totalOrdering(cls: PyValue): PyValue {
  if (!(cls instanceof PyClass)) throw typeError('total_ordering needs a class');
  // CPython's choice among the defined ones: max() of the names.
  const own = (['__lt__', '__le__', '__gt__', '__ge__'] as Cmp[]).filter((n) => {
    const m = cls.lookup(n);
    return m !== undefined && m !== null && !(m instanceof NativeMethod);
  });
  if (own.length === 0) {
    throw fail('ValueError', 'must define at least one ordering operation: < > <= >=');
  }
  const root = own.sort()[own.length - 1];
  for (const [name, derive] of DERIVED[root]) {
    if (own.includes(name)) continue;
    cls.setMember(
      name,
      new NativeMethod(name, cls.name, (self: PyValue, args) => {
        const other = args[0];
        const r = callValue(cls.lookup(root)!, [self, other], null);
        if (r === NOT_IMPLEMENTED) return r;
        return derive(truthy(r), () => compare('==', self, other));
      }),
    );
  }
  return cls;
}

/** The class of cmp_to_key's key objects: each holds `obj` and the cmp function. */
const KEY_CLASS = new PyClass('KeyWrapper', [OBJECT], new Map(), null, true);
KEY_CLASS.mro = c3(KEY_CLASS, [OBJECT])!;
const CMP = new WeakMap<PyInstance, PyValue>();
for (const [name, test] of [
  ['__lt__', (c: number) => c < 0],
  ['__le__', (c: number) => c <= 0],
  ['__gt__', (c: number) => c > 0],
  ['__ge__', (c: number) => c >= 0],
  ['__eq__', (c: number) => c === 0],
] as [string, (c: number) => boolean][]) {
  KEY_CLASS.dict.set(
    name,
    new NativeMethod(name, 'functools.KeyWrapper', (self: PyInstance, args) => {
      const other = args[0];
      if (!(other instanceof PyInstance) || other.cls !== KEY_CLASS) {
        throw typeError('other argument must be K instance');
      }
      const r = callValue(CMP.get(self)!, [self.attrs.obj, other.attrs.obj], null);
      // The answer is compared with 0 as Python compares it (an int, a float, a bool…).
      return test(order('<', r, 0n) ? -1 : order('>', r, 0n) ? 1 : 0);
    }),
  );
}
KEY_CLASS.dict.set('__hash__', null);

function cmpToKey(mycmp: PyValue): Builtin {
  return new Builtin('K', (args, kw) => {
    const [obj] = bindArgs('K', ['obj'], 1, args, kw);
    const k = new PyInstance(KEY_CLASS, newAttrs());
    k.attrs.obj = obj!;
    CMP.set(k, mycmp);
    return k;
  });
}

/**
 * wraps(wrapped)(wrapper): the wrapper itself, named and documented as `wrapped`, with
 * `wrapped`'s attributes added to its own and `__wrapped__` naming it (update_wrapper).
 */
function wraps(wrapped: PyValue): Builtin {
  return new Builtin('decorator', (args) => {
    const wrapper = args[0] ?? null;
    // A class-based decorator's instance, or a wrapped object that is no function: the
    // general update_wrapper.
    if (
      !(wrapper instanceof PyFunction) ||
      wrapped instanceof PyPartial ||
      wrapped instanceof LruCacheWrapper ||
      wrapped instanceof DefWrapper ||
      (!(wrapped instanceof PyFunction) && !(wrapped instanceof Builtin))
    ) {
      return updateWrapper(
        wrapper,
        wrapped,
        wrapperNames(undefined, false),
        wrapperNames(undefined, true),
      );
    }
    const into = functionDict(wrapper);
    if (wrapped instanceof PyFunction) {
      for (const attr of ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__']) {
        setFunctionAttribute(wrapper, attr, functionAttribute(wrapped, attr)!);
      }
      for (const [k, e] of functionDict(wrapped).map) into.map.set(k, e);
    } else {
      wrapper.extras = { dict: into, name: wrapped.name, qualname: wrapped.name, doc: null };
      wrapper.extras.module = 'builtins';
    }
    into.map.set('__wrapped__', { key: '__wrapped__', value: wrapped });
    return wrapper;
  });
}

/** CacheInfo(hits=…, misses=…, maxsize=…, currsize=…), read by attribute or shown. */
const CACHE_INFO = new PyClass('CacheInfo', [OBJECT], new Map(), null, true);
CACHE_INFO.mro = c3(CACHE_INFO, [OBJECT])!;
const CACHE_FIELDS = ['hits', 'misses', 'maxsize', 'currsize'];
CACHE_INFO.dict.set(
  '__repr__',
  new NativeMethod('__repr__', 'CacheInfo', (self: PyInstance) => {
    const parts = CACHE_FIELDS.map((f) => `${f}=${String(self.attrs[f] ?? 'None')}`);
    return `CacheInfo(${parts.join(', ')})`;
  }),
);

export function cacheInfo(hits: number, misses: number, maxsize: number, size: number): PyValue {
  const info = new PyInstance(CACHE_INFO, newAttrs());
  info.attrs.hits = BigInt(hits);
  info.attrs.misses = BigInt(misses);
  info.attrs.maxsize = Number.isFinite(maxsize) ? BigInt(maxsize) : null;
  info.attrs.currsize = BigInt(size);
  return info;
}

export function moreFunctools(): [string, PyValue][] {
  return [
    ['singledispatch', singledispatchFunction()],
    [
      'total_ordering',
      new Builtin('total_ordering', (args, kw) => {
        const [cls] = bindArgs('total_ordering', ['cls'], 1, args, kw);
        return totalOrdering(cls!);
      }),
    ],
    [
      'cmp_to_key',
      new Builtin('cmp_to_key', (args, kw) => {
        const [f] = bindArgs('cmp_to_key', ['mycmp'], 1, args, kw);
        return cmpToKey(f!);
      }),
    ],
    [
      'wraps',
      new Builtin('wraps', (args, kw) => {
        const [wrapped, assigned, updated] = bindArgs(
          'wraps',
          ['wrapped', 'assigned', 'updated'],
          1,
          args,
          kw,
        );
        if (assigned === undefined && updated === undefined) return wraps(wrapped!);
        const names = wrapperNames(assigned, false);
        const dicts = wrapperNames(updated, true);
        return new Builtin('decorator', (fs) =>
          updateWrapper(fs[0] ?? null, wrapped!, names, dicts),
        );
      }),
    ],
    [
      'update_wrapper',
      new Builtin('update_wrapper', (args, kw) => {
        const [wrapper, wrapped, assigned, updated] = bindArgs(
          'update_wrapper',
          ['wrapper', 'wrapped', 'assigned', 'updated'],
          2,
          args,
          kw,
        );
        if (assigned === undefined && updated === undefined) {
          return wraps(wrapped!).call([wrapper!], null);
        }
        return updateWrapper(
          wrapper!,
          wrapped!,
          wrapperNames(assigned, false),
          wrapperNames(updated, true),
        );
      }),
    ],
  ];
}
