// The `match` statement: each case's pattern compiles to a matcher that tests the subject
// and collects the names it binds; the names are stored only once the whole pattern has
// matched (before the guard runs, as CPython), and the first case whose guard holds runs.

import { TgradError } from '../errors';
import type * as A from '../ast';
import { getAttr } from '../runtime/attributes';
import { NORMAL } from '../runtime/completion';
import { eq, hashKey } from '../runtime/equality';
import { PyClass } from '../runtime/objects';
import { at, typeError } from '../runtime/state';
import { truthy } from '../runtime/truth';
import { isInstanceOf } from '../runtime/types';
import { PyDeque, PyDict, PyRange, PyTuple, type Frame, type PyValue } from '../runtime/values';
import type { Ex, Store } from './closures';
import type { Compiler } from './compiler';

/** The stores a matching pattern makes, as (store, value) pairs in the order bound. */
type Bindings = (Store | PyValue)[];
type Matcher = (v: PyValue, f: Frame, binds: Bindings) => boolean;

/** Built-in classes whose single positional sub-pattern matches the subject itself. */
const SELF_MATCHING = new Set([
  'bool',
  'bytearray',
  'bytes',
  'dict',
  'float',
  'frozenset',
  'int',
  'list',
  'set',
  'str',
  'tuple',
]);

/** The index of the case that matches (its names bound), or -1 when none does. */
export function matchSelector(c: Compiler, s: A.Match): (f: Frame) => number {
  const subject = c.expr(s.subject);
  const debug = c.env.debug;
  let current: PyValue = null;
  const tests = s.cases.map((k): Ex => {
    const match = pattern(c, k.pattern);
    const guard = k.guard === null ? null : c.expr(k.guard);
    const test: Ex = (f) => {
      const v = current;
      const binds: Bindings = [];
      if (!match(v, f, binds)) return 0;
      for (let j = 0; j < binds.length; j += 2) (binds[j] as Store)(f, binds[j + 1] as PyValue);
      return guard === null || truthy(guard(f)) ? 1 : 0;
    };
    // The debugger steps through each `case` line tried, as CPython does.
    return debug === undefined ? test : debug.statement(test, k.line, s.file);
  });
  return (f) => {
    const v = subject(f);
    for (let i = 0; i < tests.length; i++) {
      current = v;
      if (tests[i](f) === 1) return i;
    }
    return -1;
  };
}

export function compileMatch(c: Compiler, s: A.Match): Ex {
  const select = matchSelector(c, s);
  const bodies = s.cases.map((k) => c.block(k.body));
  return (f) => {
    const i = select(f);
    return i < 0 ? NORMAL : bodies[i](f);
  };
}

function capture(c: Compiler, target: A.Name | null): Matcher {
  if (target === null) return () => true;
  const store = c.target(target, true);
  return (v, _f, binds) => {
    binds.push(store, v);
    return true;
  };
}

function pattern(c: Compiler, p: A.Pattern): Matcher {
  switch (p.type) {
    case 'MatchValue': {
      const value = c.expr(p.value);
      return (v, f) => eq(v, value(f));
    }
    case 'MatchSingleton': {
      const want = p.value;
      return (v) => v === want;
    }
    case 'MatchCapture':
    case 'MatchStar':
      return capture(c, p.target);
    case 'MatchAs': {
      const inner = pattern(c, p.pattern);
      const store = c.target(p.target, true);
      return (v, f, binds) => {
        if (!inner(v, f, binds)) return false;
        binds.push(store, v);
        return true;
      };
    }
    case 'MatchOr': {
      const alts = p.patterns.map((q) => pattern(c, q));
      return (v, f, binds) => {
        for (const alt of alts) {
          const mine: Bindings = [];
          if (alt(v, f, mine)) {
            binds.push(...mine);
            return true;
          }
        }
        return false;
      };
    }
    case 'MatchSequence':
      return sequencePattern(c, p);
    case 'MatchMapping':
      return mappingPattern(c, p);
    case 'MatchClass':
      return classPattern(c, p);
  }
}

/** The items of a subject a sequence pattern can match (not str, not dict), else null. */
function sequenceItems(v: PyValue): readonly PyValue[] | null {
  if (Array.isArray(v)) return v;
  if (v instanceof PyTuple) return v.items;
  if (v instanceof PyDeque) return v.items;
  if (v instanceof PyRange) {
    const out: PyValue[] = [];
    for (let i = 0n; i < v.length && i < 1_000_000n; i++) out.push(v.at(i));
    return out;
  }
  return null;
}

function sequencePattern(c: Compiler, p: A.MatchSequence): Matcher {
  const star = p.patterns.findIndex((q) => q.type === 'MatchStar');
  const parts = p.patterns.map((q) => pattern(c, q));
  const n = parts.length;
  return (v, f, binds) => {
    const items = sequenceItems(v);
    if (items === null) return false;
    if (star < 0) {
      if (items.length !== n) return false;
      for (let i = 0; i < n; i++) if (!parts[i](items[i], f, binds)) return false;
      return true;
    }
    const after = n - star - 1;
    if (items.length < n - 1) return false;
    for (let i = 0; i < star; i++) if (!parts[i](items[i], f, binds)) return false;
    if (!parts[star](items.slice(star, items.length - after), f, binds)) return false;
    for (let i = 0; i < after; i++) {
      if (!parts[star + 1 + i](items[items.length - after + i], f, binds)) return false;
    }
    return true;
  };
}

function mappingPattern(c: Compiler, p: A.MatchMapping): Matcher {
  const keys = p.keys.map((k) => c.expr(k));
  const values = p.patterns.map((q) => pattern(c, q));
  const rest = p.rest === null ? null : c.target(p.rest, true);
  return (v, f, binds) => {
    if (!(v instanceof PyDict)) return false;
    const used = new Set<unknown>();
    for (let i = 0; i < keys.length; i++) {
      const key = hashKey(keys[i](f));
      // Looked up as get() does: a defaultdict's factory is not called.
      const entry = v.map.get(key);
      if (entry === undefined || !values[i](entry.value, f, binds)) return false;
      used.add(key);
    }
    if (rest !== null) {
      const left = new PyDict();
      for (const [k, e] of v.map) if (!used.has(k)) left.map.set(k, { key: e.key, value: e.value });
      binds.push(rest, left);
    }
    return true;
  };
}

/** `getattr(v, name)`, or undefined when v has no such attribute. */
function attribute(v: PyValue, name: string): PyValue | undefined {
  try {
    return getAttr(v, name);
  } catch (e) {
    if (e instanceof TgradError && e.kind === 'AttributeError') return undefined;
    throw e;
  }
}

function classPattern(c: Compiler, p: A.MatchClass): Matcher {
  const cls = c.expr(p.cls);
  const positional = p.patterns.map((q) => pattern(c, q));
  const keywords = p.kwdPatterns.map((q) => pattern(c, q));
  const names = p.kwdNames;
  const id = c.site(p.cls);
  return (v, f, binds) => {
    const k = cls(f);
    if (!(k instanceof PyClass)) {
      at(id);
      throw typeError('called match pattern must be a type');
    }
    if (!isInstanceOf(v, k)) return false;
    if (positional.length > 0) {
      let attrs: readonly PyValue[];
      if (k.builtin && SELF_MATCHING.has(k.name) && k.dict.get('__module__') !== '__main__') {
        attrs = [];
        if (positional.length > 1) {
          at(id);
          throw typeError(
            `${k.name}() accepts 1 positional sub-pattern (${positional.length} given)`,
          );
        }
        if (!positional[0](v, f, binds)) return false;
      } else {
        const matchArgs = k.lookup('__match_args__');
        attrs = matchArgs instanceof PyTuple ? matchArgs.items : [];
        if (positional.length > attrs.length) {
          at(id);
          const n = attrs.length;
          throw typeError(
            `${k.name}() accepts ${n} positional sub-pattern${n === 1 ? '' : 's'} (${positional.length} given)`,
          );
        }
        for (let i = 0; i < positional.length; i++) {
          const got = attribute(v, String(attrs[i]));
          if (got === undefined || !positional[i](got, f, binds)) return false;
        }
      }
    }
    for (let i = 0; i < keywords.length; i++) {
      const got = attribute(v, names[i]);
      if (got === undefined || !keywords[i](got, f, binds)) return false;
    }
    return true;
  };
}
