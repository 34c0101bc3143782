// Augmented assignment (`x += y`, `o.a -= y`, `xs[i] *= y`, `d[k] += 1`): the target read
// once, the right side evaluated, then Python's in-place operation and the store, with quick
// paths for numbers and for a list item or a dict entry that is there.

import { Value, willWriteData } from '../../engine';
import type * as A from '../ast';
import { TgradError } from '../errors';
import { getAttr, setAttr } from '../runtime/attributes';
import { instanceReader, instanceWriter } from '../runtime/attributeCache';
import { NORMAL } from '../runtime/completion';
import { hashKey } from '../runtime/equality';
import { gradWatch } from '../runtime/gradWatch';
import { inplace, quickInplace } from '../runtime/inplace';
import { floatAttribute } from '../runtime/methods/engineMethods';
import { PyInstance } from '../runtime/objects';
import { at } from '../runtime/state';
import { getItem, getSlice, setItem, setSlice } from '../runtime/subscript';
import { PyDict, type PyValue } from '../runtime/values';
import type { Ex } from './closures';
import type { Compiler } from './compiler';
import { loadName } from './names';
import { recording } from './recording';

export function augAssign(c: Compiler, s: A.AugAssign): Ex {
  const rhs = c.expr(s.value);
  const id = c.site(s);
  const op = s.op;
  const record = recording(c, s.line, s.target) ?? (() => {});
  const t = s.target;
  if (t.type === 'Name') {
    const load = loadName(c, t);
    const store = c.target(t, true);
    return (f) => {
      const old = load(f);
      const r = rhs(f);
      let v = quickInplace(op, old, r);
      if (v === undefined) {
        at(id);
        v = inplace(op, old, r);
      }
      store(f, v);
      record(v);
      return NORMAL;
    };
  }
  if (t.type === 'Attribute') {
    const obj = c.expr(t.value);
    const name = t.attr;
    const isData = name === 'data';
    const fast = name === 'data' || name === 'grad';
    const read = instanceReader(name);
    const write = instanceWriter(name);
    return (f) => {
      const o = obj(f);
      if (o instanceof PyInstance) {
        // An instance's own attribute, through the site's caches (attributeCache.ts).
        const old = read(o);
        if (old !== undefined) {
          const r = rhs(f);
          let v: PyValue;
          if (
            typeof old === 'number' &&
            typeof r === 'number' &&
            (op === '+' || op === '-' || op === '*')
          ) {
            v = op === '+' ? old + r : op === '-' ? old - r : old * r;
          } else {
            at(id);
            v = inplace(op, old, r);
          }
          if (!write(o, v)) {
            at(id);
            setAttr(o, name, v);
          }
          if (!isData && fast && gradWatch.listener !== null) gradWatch.listener(o, old, v, id);
          record(v);
          return NORMAL;
        }
      }
      if (fast && o instanceof Value) {
        const old = isData ? o.data : o.grad;
        const r = rhs(f);
        let v: number;
        if (typeof r === 'number' && (op === '+' || op === '-' || op === '*')) {
          v = op === '+' ? old + r : op === '-' ? old - r : old * r;
        } else {
          at(id);
          v = floatAttribute('Value', name, inplace(op, old, r));
        }
        if (isData) {
          willWriteData(o);
          o.data = v;
        } else o.grad = v;
        record(v);
        return NORMAL;
      }
      at(id);
      const old = getAttr(o, name);
      const r = rhs(f);
      at(id);
      const v = inplace(op, old, r);
      setAttr(o, name, v);
      if (!isData && fast && gradWatch.listener !== null && o instanceof PyInstance) {
        gradWatch.listener(o, old, v, id);
      }
      record(v);
      return NORMAL;
    };
  }
  if (t.type === 'Subscript') {
    const obj = c.expr(t.value);
    const index = t.index;
    if (index.type === 'Slice') {
      const lower = c.optional(index.lower);
      const upper = c.optional(index.upper);
      const step = c.optional(index.step);
      return (f) => {
        const o = obj(f);
        const lo = lower(f);
        const hi = upper(f);
        const st = step(f);
        at(id);
        const old = getSlice(o, lo, hi, st);
        const r = rhs(f);
        at(id);
        const v = inplace(op, old, r);
        setSlice(o, lo, hi, st, v);
        record(v);
        return NORMAL;
      };
    }
    const key = c.expr(index);
    return (f) => {
      const o = obj(f);
      const k = key(f);
      if (Array.isArray(o) && typeof k === 'bigint') {
        // A list item by an int in range (`N[i][j] += 1`): no lookups.
        const n = Number(k);
        const j = n < 0 ? n + o.length : n;
        if (j >= 0 && j < o.length) {
          const old = o[j];
          const r = rhs(f);
          let v = quickInplace(op, old, r);
          if (v === undefined) {
            at(id);
            v = inplace(op, old, r);
          }
          // The item is found again: the right side may have changed the list.
          const again = n < 0 ? n + o.length : n;
          if (again >= 0 && again < o.length) o[again] = v;
          else {
            at(id);
            setItem(o, k, v);
          }
          record(v);
          return NORMAL;
        }
      }
      at(id);
      if (o instanceof PyDict) {
        // A key the dict has (`counts[w] += 1`): its hash key made once, not once a lookup.
        const hk = hashKey(k);
        const e = o.map.get(hk);
        if (e !== undefined) {
          const old = e.value;
          const r = rhs(f);
          let v = quickInplace(op, old, r);
          if (v === undefined) {
            at(id);
            v = inplace(op, old, r);
          }
          // The entry is found again: the right side may have removed the key.
          const again = o.map.get(hk);
          if (again !== undefined) again.value = v;
          else {
            at(id);
            setItem(o, k, v);
          }
          record(v);
          return NORMAL;
        }
      }
      const old = getItem(o, k);
      const r = rhs(f);
      at(id);
      const v = inplace(op, old, r);
      setItem(o, k, v);
      record(v);
      return NORMAL;
    };
  }
  throw new TgradError(
    'SyntaxError',
    `'${t.type}' is an illegal expression for augmented assignment`,
    t,
  );
}
