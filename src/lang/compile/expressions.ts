// Expressions: constants, names, operators (with inline fast paths for numbers), displays,
// attribute access, subscripts and f-strings. Calls, lambdas and comprehensions have their
// own modules. A closure that may fail or make Values calls at(id) first, so that the
// error or the Value points at this node.

import { dictAliasKey, dictEntry, withoutAliases } from '../runtime/hashAliases';
import { enterNativeCall } from '../runtime/nativeCallDepth';
import { payloadOf } from '../runtime/builtinSubclass';
import { Value } from '../../engine';
import type * as A from '../ast';
import { constantItem, constantTuple } from './constantTuple';
import { TgradError } from '../errors';
import { unary } from '../runtime/arith';
import { binarySite } from '../runtime/binarySite';
import { getAttr } from '../runtime/attributes';
import {
  compare,
  contains,
  eq,
  hashKey,
  is,
  notEqual,
  order,
  richCompare,
} from '../runtime/equality';
import { convert, formatObject, formatValue } from '../runtime/formatValue';
import { instanceReader } from '../runtime/attributeCache';
import { isIterable, itemsOf } from '../runtime/iteration';
import { fixedHash, noteConstantDisplay } from '../runtime/setOrder';
import { addedValues, setFromItems } from '../runtime/smallSet';
import { PyInstance } from '../runtime/objects';
import { updateDict } from '../runtime/methods/dictMethods';
import { at, checkSize, rt, typeError } from '../runtime/state';
import { getItem, getSlice } from '../runtime/subscript';
import { floatEqualsInt, floatPow, intMul, mixedFloat } from '../runtime/numbers';
import { truthy } from '../runtime/truth';
import { typeName } from '../runtime/repr';
import { ELLIPSIS } from '../runtime/ellipsis';
import { PyDict, PyModule, PySlice, PyTuple, type Frame, type PyValue } from '../runtime/values';
import { PyBytes } from '../runtime/bytesValue';
import { compileCall } from './calls';
import type { Ev } from './closures';
import { compileComprehension, compileGenerator } from './comprehensions';
import { exprList } from './exprList';
import type { Compiler } from './compiler';
import { starredSetDisplay } from './starredSetDisplay';
import { cachedConstantSet } from './constantSetCache';
import { attributeSpan } from './attributeSpan';
import { compileLambda } from './functions';
import { loadName, storeName } from './names';

export function compileExpression(c: Compiler, e: A.Expr): Ev {
  switch (e.type) {
    case 'Name':
      return loadName(c, e);
    case 'Constant': {
      // A bytes literal is one bytes object, as CPython's constant is.
      const value = e.value instanceof Uint8Array ? new PyBytes(e.value) : e.value;
      return () => value;
    }
    case 'Ellipsis':
      return () => ELLIPSIS;
    case 'NamedExpr': {
      const value = c.expr(e.value);
      const store = storeName(c, e.target, true);
      return (f) => {
        const v = value(f);
        store(f, v);
        return v;
      };
    }
    case 'BinOp':
      return binOp(c, e);
    case 'UnaryOp':
      return unaryOp(c, e);
    case 'BoolOp':
      return boolOp(c, e);
    case 'Compare':
      return compareOp(c, e);
    case 'IfExp': {
      const test = c.expr(e.test);
      const body = c.expr(e.body);
      const orelse = c.expr(e.orelse);
      return (f) => {
        const t = test(f);
        return t === true || (t !== false && truthy(t)) ? body(f) : orelse(f);
      };
    }
    case 'Call':
      return compileCall(c, e);
    case 'Attribute':
      return attribute(c, e);
    case 'Subscript':
      return subscript(c, e);
    case 'Slice': {
      const lower = c.optional(e.lower);
      const upper = c.optional(e.upper);
      const step = c.optional(e.step);
      return (f) => new PySlice(lower(f), upper(f), step(f));
    }
    case 'List':
      return listDisplay(c, e, e.elts);
    case 'Tuple': {
      const folded = constantTuple(e);
      if (folded !== undefined) return () => folded;
      const items = listDisplay(c, e, e.elts);
      return (f) => new PyTuple(items(f) as PyValue[]);
    }
    case 'Set':
      return setDisplay(c, e, false);
    case 'Dict':
      return dictDisplay(c, e);
    case 'JoinedStr':
      return joinedStr(c, e);
    case 'FormattedValue':
      return formattedValue(c, e);
    case 'Lambda':
      return compileLambda(c, e);
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
      return compileComprehension(c, e);
    case 'GeneratorExp':
      return compileGenerator(c, e);
    case 'Starred':
      throw new TgradError('SyntaxError', "can't use starred expression here", e);
    case 'Yield':
    case 'YieldFrom':
      // Scopes make the function a generator, whose yields compile in generatorExpressions.ts.
      throw new Error('a yield outside a generator body');
  }
}

// ---- operators ----------------------------------------------------------------------------

function binOp(c: Compiler, e: A.BinOp): Ev {
  const l = c.expr(e.left);
  const r = c.expr(e.right);
  const id = c.site(e);
  const op = e.op;
  // Instances of user classes go through the site's cached special methods.
  const operate = binarySite(op);
  switch (op) {
    case '+':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number') return a + b;
        if (typeof a === 'bigint' && typeof b === 'bigint') return a + b;
        const m = mixedFloat('+', a, b);
        if (m !== undefined) return m;
        at(id);
        if (a instanceof Value) {
          if (b instanceof Value || typeof b === 'number') return a.add(b);
        } else if (b instanceof Value && typeof a === 'number') return b.add(a);
        return operate(a, b);
      };
    case '-':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number') return a - b;
        if (typeof a === 'bigint' && typeof b === 'bigint') return a - b;
        const m = mixedFloat('-', a, b);
        if (m !== undefined) return m;
        at(id);
        return operate(a, b);
      };
    case '*':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number') return a * b;
        if (typeof a === 'bigint' && typeof b === 'bigint') {
          at(id);
          return intMul(a, b);
        }
        const m = mixedFloat('*', a, b);
        if (m !== undefined) return m;
        at(id);
        if (a instanceof Value) {
          if (b instanceof Value || typeof b === 'number') return a.mul(b);
        } else if (b instanceof Value && typeof a === 'number') return b.mul(a);
        return operate(a, b);
      };
    case '/':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number' && b !== 0) return a / b;
        const m = mixedFloat('/', a, b);
        if (m !== undefined) return m;
        at(id);
        return operate(a, b);
      };
    case '**':
      // A float power (an int on either side made a float, as Python's float_pow does) goes
      // straight to C's pow as CPython calls it: Adam's `beta1 ** (step + 1)`, `v_hat ** 0.5`.
      return (f) => {
        const a = l(f);
        const b = r(f);
        at(id);
        if (typeof a === 'number' && typeof b === 'number') return floatPow(a, b);
        const m = mixedFloat('**', a, b);
        return m !== undefined ? m : operate(a, b);
      };
    case '%':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'bigint' && typeof b === 'bigint' && b > 0n) {
          const m = a % b;
          return m < 0n ? m + b : m;
        }
        at(id);
        return operate(a, b);
      };
    default:
      return (f) => {
        const a = l(f);
        const b = r(f);
        at(id);
        return operate(a, b);
      };
  }
}

function unaryOp(c: Compiler, e: A.UnaryOp): Ev {
  const operand = e.operand;
  // A negative literal is a constant, not an operation at run time.
  if (e.op === '-' && operand.type === 'Constant') {
    const v = operand.value;
    if (typeof v === 'number' || typeof v === 'bigint') {
      const neg = -v;
      return () => neg;
    }
  }
  const x = c.expr(operand);
  if (e.op === 'not') {
    return (f) => {
      const v = x(f);
      return v === false ? true : v === true ? false : !truthy(v);
    };
  }
  const id = c.site(e);
  const op = e.op;
  if (op === '-') {
    return (f) => {
      const v = x(f);
      if (typeof v === 'number') return -v;
      if (typeof v === 'bigint') return -v;
      at(id);
      return unary('-', v);
    };
  }
  return (f) => {
    const v = x(f);
    at(id);
    return unary(op, v);
  };
}

function boolOp(c: Compiler, e: A.BoolOp): Ev {
  const values = e.values.map((v) => c.expr(v));
  const n = values.length;
  if (e.op === 'and') {
    if (n === 2) {
      const [a, b] = values;
      return (f) => {
        const v = a(f);
        return v === false || (v !== true && !truthy(v)) ? v : b(f);
      };
    }
    return (f) => {
      let v: PyValue = null;
      for (let i = 0; i < n; i++) {
        v = values[i](f);
        if (i < n - 1 && !truthy(v)) return v;
      }
      return v;
    };
  }
  if (n === 2) {
    const [a, b] = values;
    return (f) => {
      const v = a(f);
      return v === true || (v !== false && truthy(v)) ? v : b(f);
    };
  }
  return (f) => {
    let v: PyValue = null;
    for (let i = 0; i < n; i++) {
      v = values[i](f);
      if (i < n - 1 && truthy(v)) return v;
    }
    return v;
  };
}

/**
 * One comparison, with fast paths for numbers of the same kind and for `is None`. With an
 * instance on either side, a rich comparison answers what its special method returned
 * (SymPy-style `__eq__` may return a non-bool).
 */
function comparison(op: A.CompareOperator, id: number): (a: PyValue, b: PyValue) => PyValue {
  switch (op) {
    case '==':
      return (a, b) => {
        if (
          typeof a === typeof b &&
          (typeof a === 'number' || typeof a === 'bigint' || typeof a === 'string')
        ) {
          return a === b;
        }
        if (typeof a === 'number' && typeof b === 'bigint') return floatEqualsInt(a, b);
        if (typeof a === 'bigint' && typeof b === 'number') return floatEqualsInt(b, a);
        at(id);
        return a instanceof PyInstance || b instanceof PyInstance
          ? richCompare('==', a, b)
          : eq(a, b);
      };
    case '!=':
      return (a, b) => {
        if (
          typeof a === typeof b &&
          (typeof a === 'number' || typeof a === 'bigint' || typeof a === 'string')
        ) {
          return a !== b;
        }
        if (typeof a === 'number' && typeof b === 'bigint') return !floatEqualsInt(a, b);
        if (typeof a === 'bigint' && typeof b === 'number') return !floatEqualsInt(b, a);
        at(id);
        return a instanceof PyInstance || b instanceof PyInstance
          ? richCompare('!=', a, b)
          : notEqual(a, b);
      };
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const o = op;
      const fast =
        o === '<'
          ? (a: number | bigint, b: number | bigint) => a < b
          : o === '<='
            ? (a: number | bigint, b: number | bigint) => a <= b
            : o === '>'
              ? (a: number | bigint, b: number | bigint) => a > b
              : (a: number | bigint, b: number | bigint) => a >= b;
      return (a, b) => {
        // A float and an int too: JS compares a number and a bigint by their exact values,
        // as Python does (`v.data > 0`); NaN is neither less nor greater.
        const ta = typeof a;
        const tb = typeof b;
        if ((ta === 'number' || ta === 'bigint') && (tb === 'number' || tb === 'bigint')) {
          return fast(a as number | bigint, b as number | bigint);
        }
        at(id);
        return a instanceof PyInstance || b instanceof PyInstance
          ? richCompare(o, a, b)
          : order(o, a, b);
      };
    }
    case 'is':
      return (a, b) => a === b || is(a, b);
    case 'is not':
      return (a, b) => a !== b && !is(a, b);
    // A dict is tested here, before contains() tries the other containers in turn (as it
    // would answer: every PyDict, defaultdict and Counter included, is its map's keys).
    case 'in':
      return (a, b) => {
        at(id);
        return b instanceof PyDict
          ? b.map.has(hashKey(a)) || dictAliasKey(b, a) !== undefined
          : contains(b, a);
      };
    case 'not in':
      return (a, b) => {
        at(id);
        return b instanceof PyDict
          ? !b.map.has(hashKey(a)) && dictAliasKey(b, a) === undefined
          : !contains(b, a);
      };
  }
  return (a, b) => {
    at(id);
    return compare(op, a, b);
  };
}

function compareOp(c: Compiler, e: A.Compare): Ev {
  const left = c.expr(e.left);
  const id = c.site(e);
  const rights = e.comparators.map((x) => c.expr(x));
  const tests = e.ops.map((op) => comparison(op, id));
  if (tests.length === 1) {
    const right = rights[0];
    const test = tests[0];
    return (f) => test(left(f), right(f));
  }
  const n = tests.length;
  return (f) => {
    let a = left(f);
    let r: PyValue = true;
    for (let i = 0; i < n; i++) {
      const b = rights[i](f);
      r = tests[i](a, b);
      // `a < b < c` is the first false answer, else the last answer.
      if (r !== true && (r === false || !truthy(r))) return r;
      a = b;
    }
    return r;
  };
}

// ---- displays -----------------------------------------------------------------------------

/** The items of a list/tuple/set display, `*xs` unpacked in place. */
function listDisplay(
  c: Compiler,
  whole: A.Expr,
  elts: A.Expr[],
  set = false,
): (f: Frame) => PyValue[] {
  return exprList(
    c,
    elts,
    (v, count) => {
      // A list or tuple display extends a list ("Value after *"); a set's update says
      // "'int' object is not iterable".
      if (!set && !isIterable(v)) {
        throw typeError(`Value after * must be an iterable, not ${typeName(v)}`);
      }
      const items = itemsOf(v);
      checkSize(count + items.length, 'this list');
      return items;
    },
    whole,
  );
}

function dictDisplay(c: Compiler, e: A.DictExpr): Ev {
  const id = c.site(e);
  const entries = e.keys.map((k, i) => ({
    key: k === null ? null : c.expr(k),
    value: c.expr(e.values[i]),
    // CPython 3.11 reports an unhashable key and a bad `**x` at the whole dict.
    id,
  }));
  return (f) => {
    const d = new PyDict();
    for (const entry of entries) {
      if (entry.key === null) {
        const m = payloadOf(entry.value(f));
        at(entry.id);
        // A dict, or a mapping dict.update reads through its keys() and [].
        const mapping =
          m instanceof PyDict || (m instanceof PyInstance && m.cls.lookup('keys') !== undefined);
        if (!mapping) throw typeError(`'${typeName(m)}' object is not a mapping`);
        updateDict(d, m, 'dictionary');
        continue;
      }
      const k = entry.key(f);
      const v = entry.value(f);
      at(entry.id);
      const hk = hashKey(k);
      const old = dictEntry(d, k, hk);
      if (old !== undefined) old.value = v;
      else d.map.set(hk, { key: k, value: v });
    }
    return d;
  };
}

// ---- attributes and subscripts ------------------------------------------------------------

function attribute(c: Compiler, e: A.Attribute): Ev {
  const obj = c.expr(e.value);
  const id = c.site(attributeSpan(e));
  const name = e.attr;
  const read = instanceReader(name);
  if (name === 'data') {
    return (f) => {
      const o = obj(f);
      if (o instanceof Value) return o.data;
      if (o instanceof PyInstance) {
        const v = read(o);
        if (v !== undefined) return v;
      }
      at(id);
      return getAttr(o, name);
    };
  }
  if (name === 'grad') {
    return (f) => {
      const o = obj(f);
      if (o instanceof Value) return o.grad;
      if (o instanceof PyInstance) {
        const v = read(o);
        if (v !== undefined) return v;
      }
      at(id);
      return getAttr(o, name);
    };
  }
  // A module's global straight from its namespace (`math.exp`, `random.random`): for a name
  // that is not a dunder, what getAttr finds first (a dunder may be a descriptor of the
  // module type's: `__dict__`, `__class__`).
  const moduleGlobal = !name.startsWith('__');
  return (f) => {
    const o = obj(f);
    if (o instanceof PyInstance) {
      const v = read(o);
      if (v !== undefined) return v;
    } else if (moduleGlobal && o instanceof PyModule) {
      const v = o.ns.lookup(name);
      if (v !== undefined) return v;
    }
    at(id);
    return getAttr(o, name);
  };
}

function subscript(c: Compiler, e: A.Subscript): Ev {
  const obj = c.expr(e.value);
  const id = c.site(e);
  const index = e.index;
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
      return getSlice(o, lo, hi, st);
    };
  }
  const key = c.expr(index);
  return (f) => {
    const o = obj(f);
    const k = key(f);
    if (typeof k === 'bigint') {
      // A list's or a plain tuple's item (a namedtuple subclass may override __getitem__).
      const items = Array.isArray(o)
        ? o
        : o instanceof PyTuple && o.constructor === PyTuple
          ? o.items
          : null;
      if (items !== null) {
        const i = Number(k);
        const j = i < 0 ? i + items.length : i;
        if (j >= 0 && j < items.length) return items[j];
      }
    }
    at(id);
    return getItem(o, k);
  };
}

// ---- f-strings ----------------------------------------------------------------------------

function joinedStr(c: Compiler, e: A.JoinedStr): Ev {
  // f"{x}" alone is what x's __format__ returned, a str subclass's instance kept (CPython
  // builds no string from one FORMAT_VALUE).
  if (e.parts.length === 1 && typeof e.parts[0] !== 'string') {
    return formattedValue(c, e.parts[0], true);
  }
  const parts = e.parts.map((p) => (typeof p === 'string' ? p : c.expr(p)));
  return (f) => {
    let out = '';
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      out += typeof p === 'string' ? p : (p(f) as string);
    }
    if (out.length > rt.maxItems) checkSize(out.length, 'this string');
    return out;
  };
}

/** `{value!conversion:spec}`: its formatting errors at the whole string, as CPython 3.11 places them. */
function formattedValue(c: Compiler, e: A.FormattedValue, sole = false): Ev {
  const value = c.expr(e.value);
  const spec = e.spec === null ? null : c.expr(e.spec);
  const id = c.site(e);
  const debug = e.debugText;
  // `{x=}` shows the repr unless a conversion or a spec is given.
  const conversion = e.conversion ?? (debug !== null && spec === null ? 'r' : null);
  return (f) => {
    const v = value(f);
    const s = spec === null ? '' : (spec(f) as string);
    at(id);
    // A spec calls the value's __format__: a C call, one recursion level (CPython 3.11).
    if (s !== '') enterNativeCall();
    const converted = conversion === null ? v : convert(v, conversion);
    if (sole && debug === null) return formatObject(converted, s);
    const text = formatValue(converted, s);
    return debug === null ? text : debug + text;
  };
}

/**
 * A set display. CPython's compiler folds one of constants into a frozenset constant: one of
 * three or more items anywhere, any one that a `for` or a comprehension iterates (`iterated`);
 * its members' order is then that constant's (setOrder.ts).
 */
function setDisplay(c: Compiler, e: A.SetExpr, iterated: boolean): Ev {
  if (e.elts.some((x) => x.type === 'Starred')) return starredSetDisplay(c, e);
  const items = listDisplay(c, e, e.elts, true);
  const id = c.site(e);
  // Only where the order is CPython's to match: constants of fixed hashes (not strs).
  const constant =
    (iterated || e.elts.length > 2) &&
    e.elts.every((x) => {
      const v = constantItem(x);
      return v !== undefined && fixedHash(v) !== null;
    });
  // An equal display compiled before in the cell or module gives its frozenset, and order.
  const folded = constant
    ? cachedConstantSet(
        c.res,
        e.elts.map((x) => constantItem(x)!),
      )
    : null;
  return (f) => {
    const xs = folded === null ? (items(f) as PyValue[]) : [...folded];
    at(id);
    const s = setFromItems(withoutAliases(xs), hashKey);
    if (constant) noteConstantDisplay(s, addedValues(s), iterated);
    return s;
  };
}

/** What a `for` or a comprehension iterates: a set display there is folded as CPython's. */
export function iterableExpression(c: Compiler, e: A.Expr): Ev {
  return e.type === 'Set' ? setDisplay(c, e, true) : c.expr(e);
}
