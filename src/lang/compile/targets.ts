// Assignment targets: names, `a.b`, `a[i]`, `a[i:j]`, and unpacking into tuples and lists
// (with one `*rest`), with Python's unpacking errors.

import { Value, willWriteData } from '../../engine';
import type * as A from '../ast';
import { setAttr } from '../runtime/attributes';
import { floatAttribute } from '../runtime/methods/engineMethods';
import { instanceWriter } from '../runtime/attributeCache';
import { gradWatch } from '../runtime/gradWatch';
import { isIterable, itemsOf } from '../runtime/iteration';
import { enterLengthHint } from '../runtime/nativeCallDepth';
import { PyInstance } from '../runtime/objects';
import { typeName } from '../runtime/repr';
import { at, fail, typeError } from '../runtime/state';
import { setItem, setSlice } from '../runtime/subscript';
import { PyTuple, type PyValue } from '../runtime/values';
import type { Store } from './closures';
import type { Compiler } from './compiler';
import { attributeSpan } from './attributeSpan';
import { storeName } from './names';

export function compileTarget(c: Compiler, e: A.Expr, label: boolean): Store {
  switch (e.type) {
    case 'Name':
      return storeName(c, e, label);
    case 'Attribute':
      return attributeTarget(c, e);
    case 'Subscript':
      return subscriptTarget(c, e);
    case 'Tuple':
    case 'List':
      return unpackTarget(c, e.elts, label, c.site(e));
  }
  throw new Error(`not an assignment target: ${e.type}`);
}

function attributeTarget(c: Compiler, e: A.Attribute): Store {
  const obj = c.expr(e.value);
  const id = c.site(attributeSpan(e));
  const name = e.attr;
  const write = instanceWriter(name);
  if (name === 'data' || name === 'grad') {
    const isData = name === 'data';
    return (f, v) => {
      const o = obj(f);
      if (o instanceof PyInstance) {
        const watch = isData ? null : gradWatch.listener;
        const before = watch === null ? undefined : o.attrs.grad;
        if (write(o, v)) {
          watch?.(o, before, v, id);
          return;
        }
      }
      if (o instanceof Value) {
        const x = typeof v === 'number' ? v : (at(id), floatAttribute('Value', name, v));
        if (isData) {
          willWriteData(o);
          o.data = x;
        } else o.grad = x;
        return;
      }
      at(id);
      setAttr(o, name, v);
    };
  }
  return (f, v) => {
    const o = obj(f);
    if (o instanceof PyInstance && write(o, v)) return;
    at(id);
    setAttr(o, name, v);
  };
}

function subscriptTarget(c: Compiler, e: A.Subscript): Store {
  const obj = c.expr(e.value);
  const id = c.site(e);
  const index = e.index;
  if (index.type === 'Slice') {
    const lower = c.optional(index.lower);
    const upper = c.optional(index.upper);
    const step = c.optional(index.step);
    return (f, v) => {
      const o = obj(f);
      const lo = lower(f);
      const hi = upper(f);
      const st = step(f);
      at(id);
      setSlice(o, lo, hi, st, v);
    };
  }
  const key = c.expr(index);
  return (f, v) => {
    const o = obj(f);
    const k = key(f);
    if (Array.isArray(o) && typeof k === 'bigint') {
      const i = Number(k);
      const j = i < 0 ? i + o.length : i;
      if (j >= 0 && j < o.length) {
        o[j] = v;
        return;
      }
    }
    at(id);
    setItem(o, k, v);
  };
}

function unpackTarget(c: Compiler, elts: A.Expr[], label: boolean, id: number): Store {
  const star = elts.findIndex((x) => x.type === 'Starred');
  const stores = elts.map((x) => c.target(x.type === 'Starred' ? x.value : x, label));
  const n = elts.length;
  if (star < 0) {
    return (f, v) => {
      const items =
        v instanceof PyTuple && v.constructor === PyTuple
          ? v.items
          : Array.isArray(v)
            ? v
            : (at(id), unpackable(v));
      if (items.length !== n) {
        at(id);
        if (items.length > n) throw fail('ValueError', `too many values to unpack (expected ${n})`);
        throw fail(
          'ValueError',
          `not enough values to unpack (expected ${n}, got ${items.length})`,
        );
      }
      for (let i = 0; i < n; i++) stores[i](f, items[i]);
    };
  }
  const after = n - star - 1;
  return (f, v) => {
    at(id);
    enterLengthHint(v);
    const items =
      v instanceof PyTuple && v.constructor === PyTuple
        ? v.items
        : Array.isArray(v)
          ? v
          : unpackable(v);
    if (items.length < n - 1) {
      throw fail(
        'ValueError',
        `not enough values to unpack (expected at least ${n - 1}, got ${items.length})`,
      );
    }
    for (let i = 0; i < star; i++) stores[i](f, items[i]);
    stores[star](f, items.slice(star, items.length - after));
    for (let i = 0; i < after; i++) stores[star + 1 + i](f, items[items.length - after + i]);
  };
}

function unpackable(v: PyValue): readonly PyValue[] {
  if (!isIterable(v)) throw typeError(`cannot unpack non-iterable ${typeName(v)} object`);
  return itemsOf(v);
}
