// What each built-in type's special methods do, type by type as python3's `dir()` lists
// them: each is the operator or built-in function it stands for (`__len__` is len, `__add__`
// is `+`, `__getitem__` subscription), called, so that there is one implementation of each.
// A binary method given an operand its type does not take answers NotImplemented, as
// CPython's do (`(3).__add__(4.0)`), so that Python's operator protocol can ask the other side.

import { Value } from '../../engine';
import type { BinaryOperator } from '../ast';
import { expectArgs, indexArg, noKeywords } from './args';
import { DICT_METHODS } from './methods/dictMethods';
import { LIST_METHODS } from './methods/listMethods';
import { SET_METHODS } from './methods/setMethods';
import { binary, unary } from './arith';
import { callValue } from './call';
import { contains, eq, order } from './equality';
import { inplace } from './inplace';
import { callSpecial } from './instances';
import { floatToInt } from './numbers';
import { PyInstance } from './objects';
import { payloadOf } from './builtinSubclass';
import { defaultRepr, objectNumber, repr, str } from './repr';
import { NOT_IMPLEMENTED } from './special';
import { rt, typeError } from './state';
import { delItem, getItem, setItem } from './subscript';
import { truthy } from './truth';
import { builtinClass, isInstanceOf, typeOf } from './types';
import { argTypeName, typeName } from './typeName';
import { PyNamedTuple, PyTuple, type MethodImpl, type PyValue } from './values';

import {
  define,
  ITERATOR,
  setNone,
  specialMethodOfClass,
  type SpecialMethod,
} from './builtinSpecialMethodTable';

/** The built-in function `name` of the interpreter that is running, called. */
function callBuiltin(name: string, args: PyValue[]): PyValue {
  return callValue(rt.builtins.get(name)!, args, null);
}

// ---- what the methods do --------------------------------------------------------------------

const OPERATORS: Record<string, BinaryOperator> = {
  add: '+',
  sub: '-',
  mul: '*',
  truediv: '/',
  floordiv: '//',
  mod: '%',
  pow: '**',
  and: '&',
  or: '|',
  xor: '^',
  lshift: '<<',
  rshift: '>>',
};

/** `__add__`, `__radd__`, `__iadd__` → '+'. */
function operatorOf(name: string): BinaryOperator {
  const base = name
    .slice(2, -2)
    .replace(/^[ri](?=add|sub|mul|truediv|floordiv|mod|pow|and|or|xor|lshift|rshift)/, '');
  return OPERATORS[base];
}

/** Which other operands a type's binary methods accept; any other gets NotImplemented. */
type Accepts = (other: PyValue) => boolean;

const isInt: Accepts = (v) => typeof v === 'bigint' || typeof v === 'boolean';
const isReal: Accepts = (v) => isInt(v) || typeof v === 'number';
const sameType =
  (typeName: string): Accepts =>
  (v) =>
    isInstanceOf(v, builtinClass(typeName));
const isAnySet: Accepts = (v) => sameType('set')(v) || sameType('frozenset')(v);

/** `a.__op__(b)` is `a op b`, `a.__rop__(b)` is `b op a`, for the operands the type takes. */
function arithmetic(accepts: Accepts): (name: string) => SpecialMethod['run'] {
  return (name) => {
    const reflected = name.startsWith('__r') && name !== '__rshift__';
    if (name === '__divmod__' || name === '__rdivmod__') {
      return (self, [b]) =>
        accepts(b) ? callBuiltin('divmod', reflected ? [b, self] : [self, b]) : NOT_IMPLEMENTED;
    }
    const op = operatorOf(name);
    if (op === '**' && !reflected) {
      // pow(a, b, mod) when given the modulus.
      return (self, args) =>
        !accepts(args[0])
          ? NOT_IMPLEMENTED
          : args.length === 2 && args[1] !== null
            ? callBuiltin('pow', [self, args[0], args[1]])
            : binary(op, self, args[0]);
    }
    return (self, [b]) =>
      accepts(b) ? (reflected ? binary(op, b, self) : binary(op, self, b)) : NOT_IMPLEMENTED;
  };
}

/** `a.__iop__(b)` is `a op= b` (the list or set itself, changed). */
function inPlace(accepts: Accepts): (name: string) => SpecialMethod['run'] {
  return (name) => {
    const op = operatorOf(name);
    return (self, [b]) => (accepts(b) ? inplace(op, self, b) : NOT_IMPLEMENTED);
  };
}

/** The rich comparisons: the operator's answer for the operands the type compares. */
function comparison(accepts: Accepts): (name: string) => SpecialMethod['run'] {
  return (name) => {
    const which = name.slice(2, -2);
    const op = ({ lt: '<', le: '<=', gt: '>', ge: '>=' } as const)[which as 'lt'];
    return (self0, [b0]) => {
      if (!accepts(b0)) return NOT_IMPLEMENTED;
      // tuple's own comparison (tuple.__eq__(p, q), super().__eq__ in a namedtuple's
      // override) compares the items: it does not dispatch back to the override.
      const self = plainTuple(self0);
      const b = plainTuple(b0);
      if (which === 'eq') return eq(self, b);
      if (which === 'ne') return !eq(self, b);
      return order(op, self, b);
    };
  };
}

function plainTuple(v: PyValue): PyValue {
  return v instanceof PyNamedTuple ? new PyTuple(v.items) : v;
}

/** Sequence repetition: `[1].__mul__(2.5)` wants an index, as CPython says. */
const repeat =
  (): SpecialMethod['run'] =>
  (self, [n]) =>
    binary('*', self, indexArg(n));
const repeatInPlace =
  (): SpecialMethod['run'] =>
  (self, [n]) =>
    inplace('*', self, indexArg(n));

// tuple's own method on a namedtuple (`Card.__hash__ is tuple.__hash__`) works on the items:
// calling the built-in on the namedtuple itself would find its class's override again.
const builtin = (fn: string) => (): SpecialMethod['run'] => (self, args) =>
  callBuiltin(fn, [plainTuple(self), ...args]);
const always = (run: SpecialMethod['run']) => (): SpecialMethod['run'] => run;

/** `x.__getnewargs__()` of an int, float, str or tuple: a tuple of x as its plain type. */
function newArgs(self: PyValue): PyValue {
  const v = plainTuple(payloadOf(self));
  if (typeof v === 'boolean') return new PyTuple([v ? 1n : 0n]);
  return new PyTuple([v instanceof PyTuple ? new PyTuple([...v.items]) : v]);
}

/** object.__hash__: an object's identity (a number or a str, having none, its own hash). */
const objectHash = (self: PyValue): PyValue =>
  typeof self === 'object' && self !== null
    ? BigInt(objectNumber(self))
    : callBuiltin('hash', [self]);

/** object.__eq__ is identity; object.__ne__ inverts the type's own __eq__. */
function objectEq(self: PyValue, other: PyValue): PyValue {
  return self === other ? true : NOT_IMPLEMENTED;
}

function objectNe(self: PyValue, other: PyValue): PyValue {
  let e: PyValue | undefined;
  if (self instanceof PyInstance) e = callSpecial(self, '__eq__', [other]);
  else {
    const m = specialMethodOfClass(typeOf(self), '__eq__');
    e = m ? m.run(self, [other], null) : undefined;
  }
  if (e === undefined) e = objectEq(self, other);
  return e === NOT_IMPLEMENTED ? e : !truthy(e);
}

function objectFormat(self: PyValue, [spec]: PyValue[]): PyValue {
  if (typeof spec !== 'string') {
    throw typeError(`__format__() argument must be str, not ${argTypeName(spec)}`);
  }
  if (spec !== '') {
    throw typeError(`unsupported format string passed to ${typeName(self)}.__format__`);
  }
  return str(self);
}

/** int.__format__ and the like: format(self, spec), the spec checked as the method checks it. */
function valueFormat(self: PyValue, args: PyValue[]): PyValue {
  const [spec] = args;
  if (typeof spec !== 'string' && typeof payloadOf(spec) !== 'string') {
    throw typeError(`__format__() argument must be str, not ${argTypeName(spec)}`);
  }
  return callBuiltin('format', [plainTuple(self), ...args]);
}

/** float.__floor__ and the like: the float rounded one way, as an int; an int is itself. */
function rounding(round: (x: number) => number): () => SpecialMethod['run'] {
  return () => (self) => (typeof self === 'number' ? floatToInt(round(self)) : indexArg(self));
}

// ---- the tables (checked against python3's dir() of each type) -----------------------------

const ORDERINGS = ['__lt__', '__le__', '__gt__', '__ge__'];
const COMPARISONS = ['__eq__', '__ne__', ...ORDERINGS];

define(
  ['object'],
  ['__eq__'],
  always((s, [b]) => objectEq(s, b)),
  1,
);
define(
  ['object'],
  ['__ne__'],
  always((s, [b]) => objectNe(s, b)),
  1,
);
define(
  ['object'],
  ORDERINGS,
  always(() => NOT_IMPLEMENTED),
  1,
);
define(['object'], ['__hash__'], always(objectHash), 0);
define(['object'], ['__repr__'], always(defaultRepr), 0);
define(['object'], ['__str__'], always(repr), 0);
define(['object'], ['__format__'], always(objectFormat), 1, false);

// Numbers. int's methods take ints (and bools); float's take ints and floats.
const ARITHMETIC = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'divmod'];
const BITWISE = ['and', 'or', 'xor', 'lshift', 'rshift'];
const both = (ns: readonly string[]): string[] => ns.flatMap((n) => [`__${n}__`, `__r${n}__`]);

define(['int'], both(ARITHMETIC), arithmetic(isInt), 1);
define(['int'], both(BITWISE), arithmetic(isInt), 1);
define(['int'], ['__pow__', '__rpow__'], arithmetic(isInt), [1, 2]);
define(['bool'], both(['and', 'or', 'xor']), arithmetic(isInt), 1);
define(['float'], both(ARITHMETIC), arithmetic(isReal), 1);
define(['float'], ['__pow__', '__rpow__'], arithmetic(isReal), [1, 2]);
define(['int'], COMPARISONS, comparison(isInt), 1);
define(['float'], COMPARISONS, comparison(isReal), 1);
define(
  ['int'],
  ['__neg__'],
  always((s) => unary('-', s)),
  0,
);
define(
  ['int'],
  ['__pos__'],
  always((s) => unary('+', s)),
  0,
);
define(
  ['int'],
  ['__invert__'],
  always((s) => unary('~', s)),
  0,
);
define(
  ['float'],
  ['__neg__'],
  always((s) => unary('-', s)),
  0,
);
define(
  ['float'],
  ['__pos__'],
  always((s) => unary('+', s)),
  0,
);
define(['int', 'float'], ['__abs__'], builtin('abs'), 0);
define(['int', 'float', 'NoneType', 'range'], ['__bool__'], always(truthy), 0);
define(['int'], ['__index__'], always(indexArg), 0);
define(
  ['int', 'float'],
  ['__int__'],
  always((s) => callValue(builtinClass('int'), [s], null)),
  0,
);
define(
  ['int', 'float'],
  ['__float__'],
  always((s) => callValue(builtinClass('float'), [s], null)),
  0,
);
define(['int', 'float'], ['__round__'], builtin('round'), [0, 1], false);
define(['int', 'float'], ['__trunc__'], rounding(Math.trunc), 0, false);
define(['int', 'float'], ['__floor__'], rounding(Math.floor), 0, false);
define(['int', 'float'], ['__ceil__'], rounding(Math.ceil), 0, false);

// Every built-in value's repr, hash and format are the built-ins'.
const VALUE_TYPES = ['int', 'bool', 'float', 'str', 'list', 'tuple', 'dict', 'set', 'frozenset'];
define([...VALUE_TYPES, 'NoneType', 'range'], ['__repr__'], always(repr), 0);
define(['int', 'float', 'str', 'tuple', 'frozenset', 'range'], ['__hash__'], builtin('hash'), 0);
setNone(['list', 'dict', 'set'], '__hash__');
define(['int', 'float', 'str'], ['__format__'], always(valueFormat), 1, false);
define(['str'], ['__str__'], always(str), 0);
// What pickle passes to __new__ again: the plain value (a bool's int, a subclass's payload).
define(['int', 'float', 'str', 'tuple'], ['__getnewargs__'], always(newArgs), 0, false);

// Containers: len, iter, in and subscription.
const CONTAINERS = ['str', 'list', 'tuple', 'dict', 'set', 'frozenset', 'range'];
define(CONTAINERS, ['__len__'], builtin('len'), 0);
define(CONTAINERS, ['__iter__'], builtin('iter'), 0);
define(
  ['str', 'list', 'tuple', 'range'],
  ['__contains__'],
  always((s, [x]) => contains(s, x)),
  1,
);
define(
  ['dict', 'set', 'frozenset'],
  ['__contains__'],
  always((s, [x]) => contains(s, x)),
  1,
  false,
);
define(
  ['str', 'tuple', 'range'],
  ['__getitem__'],
  always((s, [k]) => getItem(s, k)),
  1,
);
define(
  ['list', 'dict'],
  ['__getitem__'],
  always((s, [k]) => getItem(s, k)),
  1,
  false,
);
define(
  ['list', 'dict'],
  ['__setitem__'],
  always((s, [k, v]) => (setItem(s, k, v), null)),
  2,
);
define(
  ['list', 'dict'],
  ['__delitem__'],
  always((s, [k]) => (delItem(s, k), null)),
  1,
);
define(['list', 'dict', 'range'], ['__reversed__'], builtin('reversed'), 0, false);

// __init__ fills a list, a set or a dict again as its constructor fills a new one (what a
// subclass's `list.__init__(self, items)` or `super().__init__(**kw)` runs): a list and a
// set are emptied first, a dict is updated.
function refill(what: 'list' | 'set', methods: ReadonlyMap<string, MethodImpl<never>>) {
  const clear = methods.get('clear') as MethodImpl<PyValue>;
  const fill = methods.get(what === 'list' ? 'extend' : 'update') as MethodImpl<PyValue>;
  return (): SpecialMethod['run'] => (self, args, kw) => {
    noKeywords(what, kw);
    expectArgs(what, args, 0, 1);
    clear(self, [], null);
    if (args.length === 1) fill(self, args, null);
    return null;
  };
}
define(['list'], ['__init__'], refill('list', LIST_METHODS), 0, true, true);
define(['set'], ['__init__'], refill('set', SET_METHODS), 0, true, true);
define(
  ['dict'],
  ['__init__'],
  always((self, args, kw) => {
    expectArgs('dict', args, 0, 1);
    (DICT_METHODS.get('update') as MethodImpl<PyValue>)(self, args, kw);
    return null;
  }),
  0,
  true,
  true,
);

// Sequences: + concatenates (with the operator's TypeError), * repeats, comparisons are
// between sequences of one type.
for (const t of ['str', 'list', 'tuple']) {
  define(
    [t],
    ['__add__'],
    always((s, [b]) => binary('+', s, b)),
    1,
  );
  define([t], ['__mul__', '__rmul__'], repeat, 1);
  define([t], COMPARISONS, comparison(sameType(t)), 1);
}
define(['range'], COMPARISONS, comparison(sameType('range')), 1);
define(
  ['str'],
  ['__mod__'],
  always((s, [b]) => binary('%', s, b)),
  1,
);
define(
  ['str'],
  ['__rmod__'],
  always((s, [b]) => (typeof b === 'string' ? binary('%', b, s) : NOT_IMPLEMENTED)),
  1,
);
define(
  ['list'],
  ['__iadd__'],
  always((s, [b]) => inplace('+', s, b)),
  1,
);
define(['list'], ['__imul__'], repeatInPlace, 1);

// Mappings: | merges dicts; dicts compare for equality only (their orderings are NotImplemented).
define(['dict'], both(['or']), arithmetic(sameType('dict')), 1);
define(
  ['dict'],
  ['__ior__'],
  always((s, [b]) => inplace('|', s, b)),
  1,
);
define(['dict'], ['__eq__', '__ne__'], comparison(sameType('dict')), 1);
define(
  ['dict'],
  ORDERINGS,
  always(() => NOT_IMPLEMENTED),
  1,
);

// Sets: the set algebra with sets and frozensets; a set also changes in place.
const SET_ALGEBRA = both(['and', 'or', 'xor', 'sub']);
define(['set', 'frozenset'], SET_ALGEBRA, arithmetic(isAnySet), 1);
define(['set'], ['__iand__', '__ior__', '__ixor__', '__isub__'], inPlace(isAnySet), 1);
define(['set', 'frozenset'], COMPARISONS, comparison(isAnySet), 1);

// The collections' containers and dict's views.
const DEQUE = 'collections.deque';
define([DEQUE], ['__len__'], builtin('len'), 0);
define([DEQUE], ['__iter__'], builtin('iter'), 0);
define([DEQUE], ['__reversed__'], builtin('reversed'), 0, false);
define(
  [DEQUE],
  ['__contains__'],
  always((s, [x]) => contains(s, x)),
  1,
);
define(
  [DEQUE],
  ['__getitem__'],
  always((s, [k]) => getItem(s, k)),
  1,
);
define(
  [DEQUE],
  ['__setitem__'],
  always((s, [k, v]) => (setItem(s, k, v), null)),
  2,
);
define(
  [DEQUE],
  ['__delitem__'],
  always((s, [k]) => (delItem(s, k), null)),
  1,
);
define([DEQUE], ['__repr__'], always(repr), 0);
define([DEQUE], COMPARISONS, comparison(sameType(DEQUE)), 1);
setNone([DEQUE], '__hash__');
// Counter's multiset arithmetic, between Counters (it has dict's methods besides).
const COUNTER = 'Counter';
const isCounter = sameType(COUNTER);
define([COUNTER], ['__add__', '__sub__', '__or__', '__and__'], arithmetic(isCounter), 1);
define([COUNTER], ['__iadd__', '__isub__', '__ior__', '__iand__'], inPlace(isCounter), 1);
define(
  [COUNTER],
  ['__pos__'],
  always((s) => unary('+', s)),
  0,
);
define(
  [COUNTER],
  ['__neg__'],
  always((s) => unary('-', s)),
  0,
);
const VIEWS = ['keys', 'values', 'items'].flatMap((k) => [`dict_${k}`, `odict_${k}`]);
define(VIEWS, ['__len__'], builtin('len'), 0);
define(VIEWS, ['__iter__'], builtin('iter'), 0);
define(VIEWS, ['__reversed__'], builtin('reversed'), 0, false);
define(VIEWS, ['__repr__'], always(repr), 0);
define(
  ['dict_keys', 'dict_items', 'odict_keys', 'odict_items'],
  ['__contains__'],
  always((s, [x]) => contains(s, x)),
  1,
);

// An iterator (a generator, zip, map, a list's iterator…) is its own iterator.
define(
  [ITERATOR],
  ['__iter__'],
  always((s) => s),
  0,
);
define([ITERATOR], ['__next__'], builtin('next'), 0);

// The engine's Value: micrograd's arithmetic, each way round, with numbers and Values.
const isOperand: Accepts = (v) => isReal(v) || v instanceof Value;
define(['Value'], both(['add', 'sub', 'mul', 'truediv', 'pow']), arithmetic(isOperand), 1);
define(
  ['Value'],
  ['__neg__'],
  always((s) => unary('-', s)),
  0,
);
define(['Value'], ORDERINGS, comparison(isOperand), 1);
