// enum's metaclass, EnumType, as a ClassMeta: a class statement deriving from Enum turns the
// plain values of its body into members (instances of the class, made once), and the class
// then iterates, counts, looks up and calls as CPython's enums do. Members are kept per
// class in definition order; aliases (a second name for a value) are names only.

import { getAttr } from '../../runtime/attributes';
import { callValue } from '../../runtime/call';
import { createPlainClass } from '../../runtime/classes';
import { eq } from '../../runtime/equality';
import { bind } from '../../runtime/instances';
import { itemsOf, iterate } from '../../runtime/iteration';
import { PyMappingProxy } from '../../runtime/mappingProxy';
import {
  newAttrs,
  NativeMethod,
  PyClass,
  PyClassMethod,
  PyInstance,
  PyProperty,
  PyStaticMethod,
  type ClassMeta,
} from '../../runtime/objects';
import { newBuiltinInstance } from '../../runtime/builtinSubclass';
import { formatValue } from '../../runtime/formatValue';
import { repr, str, typeName } from '../../runtime/repr';
import { keyError } from '../../runtime/exceptions';
import type { ClassBodyStore } from '../../runtime/classBodyStore';
import { fail, typeError } from '../../runtime/state';
import { builtinClass, OBJECT } from '../../runtime/types';
import {
  Builtin,
  PyDict,
  PyFunction,
  PyTuple,
  type Kwargs,
  type MethodImpl,
  type PyValue,
} from '../../runtime/values';

/** What an enum class holds besides its namespace. */
interface EnumMembers {
  /** The canonical members, in definition order. */
  readonly list: PyInstance[];
  /** Every member name, aliases included, in definition order. */
  readonly byName: Map<string, PyInstance>;
}

const MEMBERS = new WeakMap<PyClass, EnumMembers>();

/** `auto()`: a placeholder the class statement replaces with the next value. */
export const AUTO: PyClass = new PyClass(
  'auto',
  [OBJECT],
  new Map([['__module__', 'enum']]),
  (args, kw) => {
    if (args.length > 0 || (kw !== null && kw.size > 0))
      throw typeError('auto() takes no arguments');
    return new PyInstance(AUTO, newAttrs());
  },
  true,
);
AUTO.mro = [AUTO, OBJECT];

/** The members of an enum class (empty for Enum itself and a class without any). */
export function membersOf(cls: PyClass): EnumMembers {
  return MEMBERS.get(cls) ?? { list: [], byName: new Map() };
}

export function memberName(m: PyValue): string {
  return (m as PyInstance).attrs._name_ as string;
}

export function memberValue(m: PyValue): PyValue {
  return (m as PyInstance).attrs._value_;
}

export function isMember(v: PyValue): v is PyInstance {
  return v instanceof PyInstance && MEMBERS.has(v.cls) && '_name_' in v.attrs;
}

/** True for what a class body names that is not a member: functions, descriptors, _names_. */
function isMemberCandidate(name: string, v: PyValue): boolean {
  if (name.startsWith('_')) return false;
  return !(
    v instanceof PyFunction ||
    v instanceof Builtin ||
    v instanceof NativeMethod ||
    v instanceof PyProperty ||
    v instanceof PyClassMethod ||
    v instanceof PyStaticMethod
  );
}

/** What an enum class (or its body, so far) has for `name`. */
type Lookup = (name: string) => PyValue | undefined;

/** The value auto() stands for: one past the last int value (Flag: the next power of two). */
function nextValue(lookup: Lookup, name: string, previous: readonly PyValue[]): PyValue {
  // The class's own `_generate_next_value_(name, start, count, last_values)` decides first.
  const found = lookup('_generate_next_value_');
  const own = found instanceof PyStaticMethod ? found.fn : found;
  if (own instanceof PyFunction) {
    return callValue(own, [name, 1n, BigInt(previous.length), previous.slice()], null);
  }
  // StrEnum's auto() is the member's name in lower case.
  if (lookup('_lowercase_auto_') === true) return name.toLowerCase();
  const flag = lookup('_flag_') === true;
  const ints = previous.filter((v): v is bigint => typeof v === 'bigint');
  if (flag) {
    let high = 0n;
    for (const v of ints) if (v > high) high = v;
    let bit = 1n;
    while (bit <= high) bit <<= 1n;
    return bit;
  }
  return ints.length === 0 ? 1n : ints[ints.length - 1] + 1n;
}

function isAuto(v: PyValue): boolean {
  return v instanceof PyInstance && v.cls === AUTO;
}

/**
 * CPython's _EnumDict: each member the body binds gets its value at once (an auto(), alone
 * or in a tuple, the next one), so later lines of the body compute with it; a name bound as
 * a member twice is refused.
 */
function enumBodyStore(bases: readonly PyValue[], own: Lookup): ClassBodyStore {
  const lookup: Lookup = (n) => {
    const v = own(n);
    if (v !== undefined) return v;
    for (const b of bases)
      if (b instanceof PyClass && b.lookup(n) !== undefined) return b.lookup(n);
    return undefined;
  };
  const names = new Set<string>();
  const values: PyValue[] = [];
  return (name, v) => {
    if (!isMemberCandidate(name, v)) return v;
    if (names.has(name) || own(name) !== undefined) {
      throw typeError(`${repr(name)} already defined as ${repr(own(name)!)}`);
    }
    names.add(name);
    if (isAuto(v)) {
      const value = nextValue(lookup, name, values);
      values.push(value);
      return value;
    }
    if (v instanceof PyTuple && v.constructor === PyTuple && v.items.some(isAuto)) {
      const items = v.items.map((x) => {
        if (!isAuto(x)) return x;
        const value = nextValue(lookup, name, values);
        values.push(value);
        return value;
      });
      return new PyTuple(items);
    }
    values.push(v);
    return v;
  };
}

function makeMember(cls: PyClass, name: string, value: PyValue): PyInstance {
  // A mixin enum's member (`class Color(str, Enum)`) is also its value: a str equal to 'red'.
  const m =
    cls.builtinBase !== null
      ? newBuiltinInstance(cls, value instanceof PyTuple ? value.items.slice() : [value])
      : new PyInstance(cls, newAttrs());
  m.attrs._value_ = value;
  m.attrs._name_ = name;
  const init = cls.lookup('__init__');
  if (init instanceof PyFunction) {
    const args = value instanceof PyTuple ? value.items.slice() : [value];
    callValue(bind(init, m, cls), args, null);
  }
  return m;
}

/** Makes `cls`'s members from `entries`, and records them. */
export function addMembers(cls: PyClass, entries: readonly [string, PyValue][]): void {
  const list: PyInstance[] = [];
  const byName = new Map<string, PyInstance>();
  const values: PyValue[] = [];
  for (const [name, raw] of entries) {
    const value = isAuto(raw) ? nextValue((n) => cls.lookup(n), name, values) : raw;
    values.push(value);
    const same = list.find((m) => eq(memberValue(m), value));
    const member = same ?? makeMember(cls, name, value);
    if (same === undefined) list.push(member);
    byName.set(name, member);
    cls.dict.set(name, member);
  }
  MEMBERS.set(cls, { list, byName });
  const members = new PyDict();
  for (const [k, m] of byName) members.map.set(k, { key: k, value: m });
  // A read-only view, as CPython's `__members__` is a mappingproxy.
  cls.dict.set('__members__', PyMappingProxy.over(members, cls));
}

/** `<enum 'Color'>`; a Flag class is `<flag 'Perm'>`. */
export function enumRepr(cls: PyClass): string {
  return `<${cls.lookup('_flag_') === true ? 'flag' : 'enum'} '${cls.name}'>`;
}

/** `Color(1)`: the member with that value (or the member itself). */
function lookupValue(cls: PyClass, value: PyValue): PyValue {
  if (value instanceof PyInstance && value.cls === cls && isMember(value)) return value;
  const hit = membersOf(cls).list.find((m) => eq(memberValue(m), value));
  if (hit !== undefined) return hit;
  const composite = flagComposite(cls, value);
  if (composite !== undefined) return composite;
  const invalid = `${repr(value)} is not a valid ${cls.qualifiedName}`;
  // The class's `_missing_(value)` hook has the last word: a member, or None for the ValueError.
  if (cls.lookup('_missing_') !== undefined) {
    const result = callValue(getAttr(cls, '_missing_'), [value], null);
    if (result instanceof PyInstance && result.cls.isSubclassOf(cls)) return result;
    if (result !== null) {
      throw typeError(
        `error in ${cls.name}._missing_: returned ${repr(result)} instead of None or a valid member`,
      );
    }
  }
  throw fail('ValueError', invalid);
}

/**
 * A Flag's value that is several members or'ed together: a member of its own, made on first
 * use (and kept, so `F.R | F.W is F(3)`), named `R|W` (its members' names, lowest bit first);
 * it is found by value but is neither a name of the class nor iterated.
 */
export function flagComposite(cls: PyClass, value: PyValue): PyInstance | undefined {
  if (cls.lookup('_flag_') !== true || typeof value !== 'bigint' || value < 0n) return undefined;
  const { list } = membersOf(cls);
  const made = COMPOSITES.get(cls) ?? [];
  const known = [...list, ...made].find((m) => memberValue(m) === value);
  if (known !== undefined) return known;
  const parts = list.filter((m) => {
    const v = memberValue(m) as bigint;
    return v !== 0n && (v & value) === v && (v & (v - 1n)) === 0n;
  });
  const covered = parts.reduce((acc, m) => acc | (memberValue(m) as bigint), 0n);
  // An IntFlag keeps bits no member names (CPython's KEEP boundary): `P.R | 8` is `P.R|8`.
  const keeps = cls.isSubclassOf(builtinClass('int'));
  if (covered !== value && !keeps) return undefined;
  const names = parts.map(memberName);
  if (covered !== value) {
    // The bits no member names, as the class's `_numeric_repr_` writes them (RegexFlag: hex).
    const rest = value & ~covered;
    const numeric = cls.lookup('_numeric_repr_');
    names.push(numeric === undefined ? String(rest) : String(callValue(numeric, [rest], null)));
  }
  const m = new PyInstance(cls, newAttrs());
  m.attrs._value_ = value;
  m.attrs._name_ = value === 0n || parts.length === 0 ? null : names.join('|');
  COMPOSITES.set(cls, [...made, m]);
  return m;
}

const COMPOSITES = new WeakMap<PyClass, PyInstance[]>();

/** `Enum('Color', 'RED GREEN')`, `Enum('Color', ['RED', 'GREEN'])`: the functional form. */
function functional(base: PyClass, args: PyValue[]): PyClass {
  const [name, spec] = args;
  if (typeof name !== 'string') throw typeError('Enum() name must be a string');
  const names =
    typeof spec === 'string'
      ? spec
          .replace(/,/g, ' ')
          .split(/\s+/)
          .filter((s) => s !== '')
      : null;
  const entries: [string, PyValue][] =
    names !== null
      ? names.map((n) => [n, new PyInstance(AUTO, newAttrs())])
      : itemsOf(spec).map((item) => {
          if (typeof item === 'string') return [item, new PyInstance(AUTO, newAttrs())];
          const pair = itemsOf(item);
          return [pair[0] as string, pair[1]];
        });
  return ENUM_META.create!(name, [base], new Map([['__module__', '__main__'], ...entries]));
}

/**
 * A mixin enum (`class Color(str, Enum)`) shows its members as Enum does, not as its data
 * type would, though the data type comes first in its MRO: CPython's EnumType sets the enum
 * bases' __repr__, __str__ and __format__ on the class (unless the class body wrote its own;
 * StrEnum's are the str's).
 */
function keepEnumDisplay(cls: PyClass): void {
  for (const name of ['__repr__', '__str__', '__format__']) {
    if (cls.dict.has(name)) continue;
    const own = cls.mro.find((c) => c.meta === ENUM_META && c.dict.has(name));
    if (own !== undefined) cls.dict.set(name, own.dict.get(name)!);
    else if (name === '__format__') cls.dict.set(name, ENUM_FORMAT);
  }
}

/** 3.11's format() of a mixin enum's member: its str(), formatted as a str. */
const ENUM_FORMAT = new NativeMethod('__format__', 'Enum', (self: PyValue, args) =>
  formatValue(str(self), typeof args[0] === 'string' ? args[0] : ''),
);

/** EnumType as a value: `type(Color)`. */
export const ENUM_TYPE = new PyClass(
  'EnumType',
  [builtinClass('type')],
  new Map([['__module__', 'enum']]),
  null,
  true,
);
ENUM_TYPE.mro = [ENUM_TYPE, ...builtinClass('type').mro];

export const ENUM_META: ClassMeta = {
  type: ENUM_TYPE,
  create(name, bases, ns) {
    for (const b of bases) {
      if (b instanceof PyClass && membersOf(b).list.length > 0) {
        throw typeError(`<enum '${name}'> cannot extend ${enumRepr(b)}`);
      }
    }
    const entries: [string, PyValue][] = [];
    for (const [k, v] of ns) {
      if (isMemberCandidate(k, v)) entries.push([k, v]);
    }
    for (const [k] of entries) ns.delete(k);
    const cls = createPlainClass(name, bases, ns);
    cls.meta = ENUM_META;
    if (cls.builtinBase !== null) keepEnumDisplay(cls);
    addMembers(cls, entries);
    return cls;
  },
  call(cls, args: PyValue[], kw: Kwargs) {
    if (args.length >= 2) return functional(cls, args);
    if (args.length === 0) {
      throw typeError("EnumType.__call__() missing 1 required positional argument: 'value'");
    }
    if (membersOf(cls).list.length === 0 && cls.lookup('_flag_') !== true) {
      throw typeError(`${enumRepr(cls)} has no members defined`);
    }
    void kw;
    return lookupValue(cls, args[0]);
  },
  iterate: (cls) => {
    const { list } = membersOf(cls);
    if (cls.lookup('_flag_') !== true) return list.slice();
    // 3.11 iterates (and counts) a Flag class's single-bit members only: `RW = 3` or `NONE = 0`
    // are found by name and value but are aliases of a kind.
    return list.filter((m) => {
      const v = memberValue(m);
      return typeof v === 'bigint' && v > 0n && (v & (v - 1n)) === 0n;
    });
  },
  contains(cls, v) {
    if (!(v instanceof PyInstance)) {
      throw typeError(`unsupported operand type(s) for 'in': '${typeName(v)}' and 'EnumType'`);
    }
    return v.cls === cls && isMember(v);
  },
  item(cls, key) {
    const m = typeof key === 'string' ? membersOf(cls).byName.get(key) : undefined;
    if (m === undefined) throw keyError(key);
    return m;
  },
  guardSet(cls, name, v) {
    if (!membersOf(cls).byName.has(name)) return;
    if (v === undefined) {
      throw fail('AttributeError', `'${cls.name}' cannot delete member '${name}'.`);
    }
    throw fail('AttributeError', `cannot reassign member '${name}'`);
  },
  repr: enumRepr,
  bodyStore: enumBodyStore,
  keyValue(v) {
    // An int enum's member equals its int and hashes as it: one key with it, as in CPython.
    if (!isMember(v) || !v.cls.isSubclassOf(builtinClass('int'))) return undefined;
    const h = v.cls.lookup('__hash__');
    return h instanceof NativeMethod ? memberValue(v) : undefined;
  },
};

/**
 * EnumType's own methods, what a metaclass deriving from it reaches by super()
 * (`class Meta(EnumMeta)` overriding `__iter__` with `super().__iter__()`): enum's behaviour
 * for the class, whatever the class's metaclass overrides.
 */
function enumTypeMethod(
  name: string,
  impl: (cls: PyClass, args: PyValue[], kw: Kwargs) => PyValue,
): void {
  ENUM_TYPE.dict.set(
    name,
    new NativeMethod(
      name,
      'EnumType',
      ((self: PyValue, args: PyValue[], kw: Kwargs) => {
        if (!(self instanceof PyClass)) {
          throw typeError(
            `descriptor '${name}' requires a 'EnumType' object but received a '${typeName(self)}'`,
          );
        }
        return impl(self, args, kw);
      }) as MethodImpl<never>,
      true,
    ),
  );
}
enumTypeMethod('__iter__', (cls) => iterate(ENUM_META.iterate!(cls)));
enumTypeMethod('__reversed__', (cls) => iterate(ENUM_META.iterate!(cls).reverse()));
enumTypeMethod('__len__', (cls) => BigInt(ENUM_META.iterate!(cls).length));
enumTypeMethod('__contains__', (cls, [v]) => ENUM_META.contains!(cls, v ?? null));
enumTypeMethod('__getitem__', (cls, [k]) => ENUM_META.item!(cls, k ?? null));
enumTypeMethod('__call__', (cls, args, kw) => ENUM_META.call!(cls, args, kw));
enumTypeMethod('__repr__', (cls) => enumRepr(cls));
enumTypeMethod('__bool__', () => true);
// A program's metaclass may derive from EnumType (`class Meta(EnumMeta)`).
ENUM_TYPE.makesClasses = true;
