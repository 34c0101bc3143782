// The mixin methods CPython's collections.abc.Set and MutableSet define in Python, for a
// program's class deriving from them: comparisons, &, |, -, ^ (results made by calling the
// class on an iterable, as Set._from_iterable does), isdisjoint, and MutableSet's remove,
// pop, clear and in-place operators, all through the class's own __contains__, __iter__,
// __len__, add and discard.

import { callMethod } from '../../runtime/attributes';
import { callValue } from '../../runtime/call';
import { contains, hashKey } from '../../runtime/equality';
import { setFromItems } from '../../runtime/smallSet';
import { keyError } from '../../runtime/exceptions';
import { collect, isIterable, iterate } from '../../runtime/iteration';
import { NativeMethod, PyInstance, type PyClass } from '../../runtime/objects';
import { NOT_IMPLEMENTED } from '../../runtime/special';
import { fail } from '../../runtime/state';
import { isInstanceOf, typeOf } from '../../runtime/types';
import { type PyValue } from '../../runtime/values';
import { length } from '../../builtins/lengthAndRange';

type Impl = (self: PyValue, args: PyValue[]) => PyValue;

function method(cls: PyClass, name: string, impl: Impl): void {
  cls.dict.set(name, new NativeMethod(name, cls.name, impl as never));
}

/** Set._from_iterable: the program's class called on the items (a view's answer is a set). */
function fromItems(self: PyValue, items: PyValue[]): PyValue {
  const cls = typeOf(self);
  // KeysView's and ItemsView's _from_iterable make a plain set.
  const view = cls.mro.some((c) => c.builtin && c.name === 'MappingView');
  if (!(self instanceof PyInstance) || cls.builtin || view) return setFromItems(items, hashKey);
  return callValue(cls, [items], null);
}

const size = (v: PyValue): bigint => BigInt(length(v));

/** Whether every item of `a` is in `b`. */
const within = (a: PyValue, b: PyValue): boolean => collect(a).every((x) => contains(b, x));

/** Set's comparisons, operators and isdisjoint (`set`: the Set class). */
export function addSetMixins(cls: PyClass, set: PyClass): void {
  const compare =
    (test: (a: PyValue, b: PyValue) => boolean) => (self: PyValue, args: PyValue[]) =>
      isInstanceOf(args[0], set) ? test(self, args[0]) : NOT_IMPLEMENTED;
  method(
    cls,
    '__le__',
    compare((a, b) => size(a) <= size(b) && within(a, b)),
  );
  method(
    cls,
    '__lt__',
    compare((a, b) => size(a) < size(b) && within(a, b)),
  );
  method(
    cls,
    '__ge__',
    compare((a, b) => size(a) >= size(b) && within(b, a)),
  );
  method(
    cls,
    '__gt__',
    compare((a, b) => size(a) > size(b) && within(b, a)),
  );
  method(
    cls,
    '__eq__',
    compare((a, b) => size(a) === size(b) && within(a, b)),
  );
  cls.dict.set('__hash__', null);

  // As CPython's: & and | read the other iterable as it is; -, ^ first make a set of it
  // (_from_iterable), and ^ is (self - other) | (other - self), each step a new set.
  const operator =
    (op: (self: PyValue, other: PyValue) => PyValue) => (self: PyValue, args: PyValue[]) =>
      isIterable(args[0]) ? op(self, args[0]) : NOT_IMPLEMENTED;
  const asSet = (self: PyValue, o: PyValue) =>
    isInstanceOf(o, set) ? o : fromItems(self, collect(o));
  const minus = (a: PyValue, b: PyValue) =>
    fromItems(
      a,
      collect(a).filter((x) => !contains(b, x)),
    );
  const and = operator((a, b) =>
    fromItems(
      a,
      collect(b).filter((x) => contains(a, x)),
    ),
  );
  const or = operator((a, b) => fromItems(a, [...collect(a), ...collect(b)]));
  const xor = operator((a, b) => {
    const o = asSet(a, b);
    return fromItems(a, [...collect(minus(a, o)), ...collect(minus(o, a))]);
  });
  method(cls, '__and__', and);
  method(cls, '__rand__', and);
  method(cls, '__or__', or);
  method(cls, '__ror__', or);
  method(cls, '__xor__', xor);
  method(cls, '__rxor__', xor);
  method(
    cls,
    '__sub__',
    operator((a, b) => minus(a, asSet(a, b))),
  );
  method(
    cls,
    '__rsub__',
    operator((a, b) => {
      const o = asSet(a, b);
      return fromItems(
        a,
        collect(o).filter((x) => !contains(a, x)),
      );
    }),
  );
  method(cls, 'isdisjoint', (self, args) => collect(args[0]).every((x) => !contains(self, x)));
}

/** MutableSet's remove, pop, clear and |=, &=, ^=, -=. */
export function addMutableSetMixins(cls: PyClass): void {
  const add = (self: PyValue, x: PyValue) => callMethod(self, 'add', [x], null);
  const discard = (self: PyValue, x: PyValue) => callMethod(self, 'discard', [x], null);
  method(cls, 'remove', (self, args) => {
    if (!contains(self, args[0])) throw keyError(args[0]);
    discard(self, args[0]);
    return null;
  });
  method(cls, 'pop', (self) => {
    const v = iterate(self).next();
    if (v === undefined) throw fail('KeyError', '');
    discard(self, v);
    return v;
  });
  method(cls, 'clear', (self) => {
    for (let v = iterate(self).next(); v !== undefined; v = iterate(self).next()) discard(self, v);
    return null;
  });
  method(cls, '__ior__', (self, args) => {
    for (const x of collect(args[0])) add(self, x);
    return self;
  });
  method(cls, '__iand__', (self, args) => {
    for (const x of collect(self)) if (!contains(args[0], x)) discard(self, x);
    return self;
  });
  method(cls, '__ixor__', (self, args) => {
    const other = args[0] === self ? collect(self) : collect(args[0]);
    if (args[0] === self) {
      for (const x of other) discard(self, x);
      return self;
    }
    for (const x of other) {
      if (contains(self, x)) discard(self, x);
      else add(self, x);
    }
    return self;
  });
  method(cls, '__isub__', (self, args) => {
    const other = args[0] === self ? collect(self) : collect(args[0]);
    for (const x of other) discard(self, x);
    return self;
  });
}
