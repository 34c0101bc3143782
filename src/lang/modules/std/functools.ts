// functools: reduce, partial, and lru_cache/cache (usable as decorators or called); the rest
// in functoolsMore.ts.

import { defineAll } from '../../builtins/core';
import { CACHED_PROPERTY } from './functoolsCachedProperty';
import { bindArgs, intArg } from '../../runtime/args';
import { callValue, isCallable } from '../../runtime/call';
import { hashKey } from '../../runtime/equality';
import { functionAttribute } from '../../runtime/functionAttributes';
import { iterate } from '../../runtime/iteration';
import { typeName } from '../../runtime/repr';
import { makePartial, PyPartial } from '../../runtime/partial';
import { typeError } from '../../runtime/state';
import { truthy } from '../../runtime/truth';
import { builtinClass } from '../../runtime/types';
import { cacheInfo, moreFunctools } from './functoolsMore';
import { partialMethodClass } from './functoolsPartialMethod';
import { WRAPPER_CONSTANTS } from './functoolsWrapper';
import { SINGLEDISPATCH_METHOD } from './functoolsDispatchMethod';
import {
  Builtin,
  LruCacheWrapper,
  PyDict,
  PyFunction,
  PyTuple,
  type Kwargs,
  type PyValue,
} from '../../runtime/values';

function nameOf(f: PyValue): string {
  return f instanceof PyFunction || f instanceof Builtin ? f.name : typeName(f);
}

function callable(fname: string, f: PyValue | undefined): PyValue {
  if (f === undefined || typeof f !== 'object' || f === null || Array.isArray(f)) {
    throw typeError(`${fname}: the first argument must be callable`);
  }
  return f;
}

/**
 * f wrapped with a memo of its results by arguments (LRU past `maxsize`; with `typed`,
 * arguments of different types, 1 and 1.0, are cached apart). Like CPython's wrapper it
 * binds as a method when it decorates one.
 */
function cached(f: PyValue, maxsize: number, typed: boolean): Builtin {
  // Each result is kept with its arguments: as in CPython, the cache holds them, and an object
  // hashed by its own __hash__ keys its group only while one of the group lives (hashGroups.ts).
  const memo = new Map<unknown, { value: PyValue; held: PyValue[] }>();
  let hits = 0;
  let misses = 0;
  const attrs = new Map<string, PyValue>([
    ['cache_info', new Builtin('cache_info', () => cacheInfo(hits, misses, maxsize, memo.size))],
    [
      'cache_clear',
      new Builtin('cache_clear', () => {
        memo.clear();
        hits = 0;
        misses = 0;
        return null;
      }),
    ],
    [
      'cache_parameters',
      new Builtin('cache_parameters', () => {
        const params = new PyDict();
        const max = Number.isFinite(maxsize) ? BigInt(maxsize) : null;
        params.map.set(hashKey('maxsize'), { key: 'maxsize', value: max });
        params.map.set(hashKey('typed'), { key: 'typed', value: typed });
        return params;
      }),
    ],
  ]);
  if (f instanceof PyFunction) {
    // What update_wrapper gives CPython's wrapper: the def's doc, module and attributes.
    for (const name of ['__module__', '__doc__']) attrs.set(name, functionAttribute(f, name)!);
    attrs.set('__wrapped__', f);
  }
  /** CPython's key: a lone int or str argument is its own key (so f(1.0) after f(1) misses). */
  const keyOf = (args: PyValue[], kw: Kwargs): unknown => {
    const lone = args.length === 1 && kw === null && !typed ? args[0] : undefined;
    if (typeof lone === 'bigint' || typeof lone === 'string') return hashKey(lone);
    const parts = [...args];
    if (kw !== null) parts.push('\u0000kw', ...[...kw].flatMap(([k, v]) => [k, v]));
    if (typed) {
      parts.push('\u0000types', ...args.map((a) => typeName(a)));
      for (const v of kw?.values() ?? []) parts.push(typeName(v));
    }
    return hashKey(new PyTuple(parts));
  };
  const call = (args: PyValue[], kw: Kwargs): PyValue => {
    const key = keyOf(args, kw);
    const hit = memo.get(key);
    if (hit !== undefined) {
      hits++;
      memo.delete(key);
      memo.set(key, hit);
      return hit.value;
    }
    misses++;
    const r = callValue(f, args, kw);
    memo.set(key, { value: r, held: kw === null ? args.slice() : [...args, ...kw.values()] });
    if (memo.size > maxsize) memo.delete(memo.keys().next().value);
    return r;
  };
  if (f instanceof PyFunction) return new LruCacheWrapper(f.name, call, attrs, f.qualname);
  return new Builtin(nameOf(f), call, attrs);
}

export function functoolsModule(): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  defineAll(m, [
    [
      'reduce',
      (args, kw) => {
        const [f, iterable, initial] = bindArgs(
          'reduce',
          ['function', 'iterable', 'initial'],
          2,
          args,
          kw,
        );
        const it = iterate(iterable!);
        // None is an initial value like any other; only a missing one takes the first item.
        let acc = initial === undefined ? it.next() : initial;
        if (acc === undefined) throw typeError('reduce() of empty iterable with no initial value');
        for (let x = it.next(); x !== undefined; x = it.next()) acc = callValue(f!, [acc, x], null);
        return acc;
      },
    ],
    [
      'partial',
      (args, kw) => {
        if (args.length === 0) throw typeError("type 'partial' takes at least one argument");
        if (!isCallable(args[0])) throw typeError('the first argument must be callable');
        // A partial of a partial is flattened: its function, its arguments, then these.
        const inner = args[0] instanceof PyPartial && args[0].dict === null ? args[0] : null;
        const f = inner === null ? args[0] : inner.func;
        const bound = inner === null ? args.slice(1) : [...inner.frozen, ...args.slice(1)];
        const boundKw: Kwargs =
          inner === null || inner.frozenKw === null
            ? kw
            : new Map([...inner.frozenKw, ...(kw ?? [])]);
        // p.func, p.args and p.keywords, which programs read back.
        const keywords = new PyDict();
        for (const [k, v] of boundKw ?? []) keywords.map.set(hashKey(k), { key: k, value: v });
        return makePartial(f, bound, boundKw, new PyTuple(bound), keywords);
      },
    ],
    [
      'cache',
      (args, kw) => {
        const [f] = bindArgs('cache', ['user_function'], 1, args, kw);
        return cached(callable('cache()', f), Infinity, false);
      },
    ],
    [
      'lru_cache',
      (args, kw) => {
        const [first, typedArg] = bindArgs('lru_cache', ['maxsize', 'typed'], 0, args, kw);
        const typed = typedArg !== undefined && truthy(typedArg);
        // lru_cache(f) decorates directly; lru_cache(maxsize=…) returns the decorator.
        if (first instanceof PyFunction || first instanceof Builtin) {
          return cached(first, 128, typed);
        }
        let maxsize = 128;
        if (first === null) maxsize = Infinity;
        else if (first !== undefined) {
          if (typeof first !== 'bigint')
            throw typeError('Expected first argument to be an integer, a callable, or None');
          maxsize = Math.max(0, Number(intArg('lru_cache', 'maxsize', first)));
        }
        return new Builtin('decorating_function', (fargs, fkw) => {
          const [f] = bindArgs('decorating_function', ['user_function'], 1, fargs, fkw);
          return cached(callable('lru_cache()', f), maxsize, typed);
        });
      },
    ],
  ]);
  for (const [name, fn] of moreFunctools()) m.set(name, fn);
  for (const [name, v] of WRAPPER_CONSTANTS) m.set(name, v);
  m.set('cached_property', CACHED_PROPERTY);
  m.set('singledispatchmethod', SINGLEDISPATCH_METHOD);
  // partial is a class (isinstance(p, partial), `<class 'functools.partial'>`).
  const partial = builtinClass('functools.partial');
  partial.construct = (m.get('partial') as Builtin).call;
  m.set('partialmethod', partialMethodClass(partial.construct));
  m.set('partial', partial);
  return m;
}
