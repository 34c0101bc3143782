// Python's repr() and str() of every tgrad value, and type names for messages and hovers.

import { setValues } from './smallSet';
import { Adam, Layer, MLP, Neuron, SGD, Value } from '../../engine';
import { floatRepr, intRepr, strRepr } from '../format';
import { callValue } from './call';
import { callSpecial } from './instances';
import { enterTextLevel, leaveNativeLevel } from './nativeCallDepth';
import { NAMED_TUPLE_REPR, namedTupleRepr } from './namedTuple';
import {
  NativeMethod,
  PyClass,
  PyClassMethod,
  PyInstance,
  PyMethod,
  PyProperty,
  PyStaticMethod,
  PySuper,
} from './objects';
import { typeError } from './state';
import { classRepr, typeOf } from './types';
import { typeFormRepr } from './typeForms';
import { typeName } from './typeName';
import { PyGenerator } from './generator';
import { payloadOf } from './builtinSubclass';
import { memberRepr, PyMemberDescriptor } from './memberDescriptor';

export { typeName };
import {
  BoundMethod,
  Builtin,
  PyCounter,
  PyDefaultDict,
  PyDeque,
  PyDict,
  PyDictView,
  PyFile,
  DefWrapper,
  LruCacheWrapper,
  PyFunction,
  PyModule,
  PyNamedTuple,
  PyOrderedDict,
  PyIterator,
  PyRange,
  PyFrozenSet,
  PySet,
  PySlice,
  PyTuple,
  PyTypeForm,
  type PyValue,
} from './values';
import { PyMappingProxy } from './mappingProxy';
import { partialRepr, PyPartial } from './partial';
import { PyByteArray, PyBytes } from './bytesValue';
import { bytesRepr } from '../format/bytesRepr';

/** Python's repr(v). */
export function repr(v: PyValue): string {
  return reprIn(v, null);
}

/** Python's str(v): a str is itself, everything else its repr. */
export function str(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'bigint') return intRepr(v);
  if (v instanceof PyInstance) {
    enterTextLevel('str');
    let s: PyValue | undefined;
    try {
      // object.__str__ calls the class's __repr__ unchecked; str() checks what it gave.
      s = callSpecial(v, '__str__', []);
      // None (null) is what __str__ returned; undefined: the class has no __str__ of its own.
      if (s === undefined) s = callSpecial(v, '__repr__', []);
    } finally {
      leaveNativeLevel();
    }
    if (s !== undefined) return checkedString('__str__', s);
  }
  if (v instanceof PyNamedTuple) {
    // A NamedTuple class body or a subclass may define __str__ (else str is the repr).
    const own = namedTupleHook(v, '__str__');
    if (own !== undefined) return checkedString('__str__', callValue(own, [v], null));
  }
  // A mappingproxy's str is its mapping's: `mappingproxy(` only in the repr.
  if (v instanceof PyMappingProxy) {
    if (v.viewed !== null) return str(v.viewed);
    return reprIn(v, null).slice('mappingproxy('.length, -1);
  }
  return reprIn(v, null);
}

/** A special method the program wrote for a namedtuple class or a subclass (above tuple). */
function namedTupleHook(v: PyNamedTuple, name: string): PyValue | undefined {
  for (const c of v.cls.mro) {
    if (c.builtin && c.meta === null) return undefined;
    const own = c.dict.get(name);
    // The namedtuple class's own __repr__ is the default one (namedTupleRepr, below).
    if (own !== undefined) return own === NAMED_TUPLE_REPR ? undefined : own;
  }
  return undefined;
}

/** What a __str__ or __repr__ returned: a str, or a str subclass's instance (PyUnicode_Check). */
function checkedObject(method: string, s: PyValue): PyValue {
  if (typeof s === 'string' || typeof payloadOf(s) === 'string') return s;
  throw typeError(`${method} returned non-string (type ${typeName(s)})`);
}

function checkedString(method: string, s: PyValue): string {
  const o = checkedObject(method, s);
  return typeof o === 'string' ? o : (payloadOf(o) as string);
}

/**
 * str(v) or repr(v) as the built-ins return it: a str subclass's instance that the class's
 * __str__ / __repr__ returned is kept as it is (CPython returns PyObject_Str's result).
 */
export function textObject(v: PyValue, method: '__str__' | '__repr__'): PyValue {
  if (v instanceof PyInstance) {
    enterTextLevel(method === '__str__' ? 'str' : 'repr');
    let s: PyValue | undefined;
    try {
      s = callSpecial(v, method, []);
      if (s === undefined && method === '__str__') s = callSpecial(v, '__repr__', []);
    } finally {
      leaveNativeLevel();
    }
    if (s !== undefined) return checkedObject(method, s);
  }
  if (method === '__str__' && isContainer(v)) {
    // str(container) holds one level more than print(container) here, as CPython 3.11's
    // generic type call does (its specialized one does not): probeF_repr_nesting_limit.
    enterTextLevel('str');
    try {
      return str(v);
    } finally {
      leaveNativeLevel();
    }
  }
  return method === '__str__' ? str(v) : repr(v);
}

function isContainer(v: PyValue): boolean {
  return Array.isArray(v) || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet;
}

/** A stand-in for CPython's object address in default reprs. */
export function fakeAddress(o: object): string {
  return '0x' + (0x7f3a5c000000 + objectNumber(o) * 16).toString(16);
}

/** id() of an object (a value with identity): what id() and pprint's recursion marker show. */
export function objectId(o: object): bigint {
  return 140000000000000n + BigInt(objectNumber(o)) * 16n;
}

const numbers = new WeakMap<object, number>();
let lastNumber = 0;
/** A number per object, given on first use (Python's id()). */
export function objectNumber(o: object): number {
  let n = numbers.get(o);
  if (n === undefined) {
    n = ++lastNumber;
    numbers.set(o, n);
  }
  return n;
}

/** repr of a float as Python prints it inside Value(...) and optimizer reprs. */
function num(x: number): string {
  return floatRepr(x);
}

function reprIn(v: PyValue, active: Set<object> | null): string {
  switch (typeof v) {
    case 'boolean':
      return v ? 'True' : 'False';
    case 'bigint':
      return intRepr(v);
    case 'number':
      return floatRepr(v);
    case 'string':
      return strRepr(v);
  }
  if (v === null) return 'None';
  if (v instanceof PyInstance) {
    enterTextLevel('repr');
    let r: PyValue | undefined;
    try {
      r = callSpecial(v, '__repr__', []);
    } finally {
      leaveNativeLevel();
    }
    if (r !== undefined) return checkedString('__repr__', r);
    return defaultRepr(v);
  }
  if (v instanceof PyNamedTuple) {
    const own = namedTupleHook(v, '__repr__');
    if (own !== undefined) return checkedString('__repr__', callValue(own, [v], null));
    return namedTupleRepr(v, (x) => reprIn(x, active));
  }
  if (v instanceof Value) return `Value(data=${num(v.data)}, grad=${num(v.grad)})`;
  if (Array.isArray(v) || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet) {
    // A container that holds itself prints as [...] there, as in Python.
    if (active !== null && active.has(v)) {
      // CPython: OrderedDict's recursive_repr gives `...`; defaultdict wraps dict's `{...}`.
      if (v instanceof PyOrderedDict) return '...';
      if (v instanceof PyDefaultDict)
        return `defaultdict(${factoryRepr(v.factory, active)}, {...})`;
      return Array.isArray(v) ? '[...]' : v instanceof PyTuple ? '(...)' : '{...}';
    }
    const seen = active ?? new Set<object>();
    // CPython's PyObject_Repr holds a recursion level for each nested container while its
    // items' reprs run (an item's own __repr__ runs that much deeper).
    enterTextLevel('repr');
    seen.add(v);
    try {
      return containerRepr(v, seen);
    } finally {
      seen.delete(v);
      leaveNativeLevel();
    }
  }
  if (v instanceof PyRange) {
    return v.step === 1n
      ? `range(${v.start}, ${v.stop})`
      : `range(${v.start}, ${v.stop}, ${v.step})`;
  }
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${address(v)}>`;
  if (v instanceof PyPartial) return partialRepr(v, (x) => reprIn(x, active));
  if (v instanceof LruCacheWrapper) {
    return `<functools._lru_cache_wrapper object at ${fakeAddress(v)}>`;
  }
  if (v instanceof DefWrapper) return `<function ${v.qualname} at ${address(v)}>`;
  if (v instanceof Builtin) return `<built-in function ${v.name}>`;
  if (v instanceof BoundMethod) {
    // A special method of a built-in value is a method-wrapper, shown with its value's address.
    if (v.wrapper)
      return `<method-wrapper '${v.name}' of ${typeName(v.self)} object at ${address(v.self)}>`;
    return `<built-in method ${v.name} of ${typeName(v.self)} object at ${address(v.self)}>`;
  }
  if (v instanceof PyGenerator) return `<generator object ${v.qualname} at ${fakeAddress(v)}>`;
  if (v instanceof PyIterator) {
    if (v.describe !== null) return v.describe();
    return `<${v.typeName} object at ${fakeAddress(v)}>`;
  }
  if (v instanceof PyDictView) return `${v.typeName}(${reprIn(v.items(), active)})`;
  if (v instanceof PySlice) return `slice(${repr(v.start)}, ${repr(v.stop)}, ${repr(v.step)})`;
  if (v instanceof SGD) return `SGD(lr=${num(v.lr)}, momentum=${num(v.momentum)})`;
  if (v instanceof Adam) {
    return `Adam(lr=${num(v.lr)}, betas=(${num(v.beta1)}, ${num(v.beta2)}), eps=${num(v.eps)})`;
  }
  if (v instanceof MLP || v instanceof Layer || v instanceof Neuron) return v.toString();
  if (v instanceof PyBytes) return bytesRepr(v.data);
  if (v instanceof PyByteArray) return `bytearray(${bytesRepr(v.data, true)})`;
  if (v instanceof PyDeque) {
    if (active !== null && active.has(v)) return '[...]';
    const seen = active ?? new Set<object>();
    seen.add(v);
    try {
      const body = containerRepr(v.items, seen);
      return v.maxlen === null ? `deque(${body})` : `deque(${body}, maxlen=${v.maxlen})`;
    } finally {
      seen.delete(v);
    }
  }
  if (v instanceof PyModule) {
    return v.file === null
      ? `<module '${v.name}' (built-in)>`
      : `<module '${v.name}' from ${strRepr(v.file)}>`;
  }
  if (v instanceof PyFile) {
    const name = typeof v.name === 'string' ? strRepr(v.name) : String(v.name);
    if (v.mode.includes('b')) return `<_io.BufferedReader name=${name}>`;
    return `<_io.TextIOWrapper name=${name} mode=${strRepr(v.mode)} encoding=${strRepr(v.encoding)}>`;
  }
  if (v instanceof PyClass) return classRepr(v);
  if (v instanceof PyMethod) {
    const fn = v.fn;
    // CPython names the function by its __qualname__ (the class that defines it, so
    // super().__init__ shows B.__init__), not by the type of the object it is bound to.
    const name =
      fn instanceof PyFunction || fn instanceof LruCacheWrapper || fn instanceof DefWrapper
        ? fn.qualname
        : `${v.self instanceof PyClass ? v.self.name : typeName(v.self)}.${typeName(fn)}`;
    return `<bound method ${name} of ${reprIn(v.self, active)}>`;
  }
  if (v instanceof PyClassMethod) return `<classmethod(${reprIn(v.fn, active)})>`;
  if (v instanceof PyMemberDescriptor) return memberRepr(v);
  if (v instanceof PyProperty && 'getsetName' in v) {
    // getsetDescriptor.ts's (not imported here: it needs the whole runtime loaded).
    const g = v as unknown as { getsetName: string; getsetOwner: PyClass };
    return `<attribute '${g.getsetName}' of '${g.getsetOwner.name}' objects>`;
  }
  if (v instanceof PyStaticMethod) return `<staticmethod(${reprIn(v.fn, active)})>`;
  if (v instanceof NativeMethod) {
    return `<${v.slot ? 'slot wrapper' : 'method'} '${v.name}' of '${v.owner}' objects>`;
  }
  if (v instanceof PySuper) return `<super: <class '${v.cls.name}'>, <${typeName(v.self)} object>>`;
  if (v instanceof PyTypeForm) return typeFormRepr(v);
  return defaultRepr(v);
}

/** object.__repr__: `<__main__.C object at 0x…>`, `<int object at 0x…>`. */
export function defaultRepr(v: PyValue): string {
  if (v instanceof PyInstance) {
    // abc.ABC() is `<abc.ABC object …>`: the standard modules' derivable classes say their module.
    const own = v.cls.dict.get('__module__');
    // A built-in class's instance (`object()`) names no module, as CPython omits `builtins.`.
    if (own === undefined && v.cls.builtin) return `<${v.cls.name} object at ${fakeAddress(v)}>`;
    const module = typeof own === 'string' ? own : '__main__';
    return `<${module}.${v.cls.qualifiedName} object at ${fakeAddress(v)}>`;
  }
  return `<${typeName(v)} object at ${address(v)}>`;
}

/** fakeAddress of any value: an int or a str has no identity here, so it shows its type's. */
function address(v: PyValue): string {
  return fakeAddress(typeof v === 'object' && v !== null ? v : typeOf(v));
}

function containerRepr(v: PyValue[] | PyTuple | PyDict | PySet, seen: Set<object>): string {
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) out += (i > 0 ? ', ' : '') + reprIn(v[i], seen);
    return out + ']';
  }
  if (v instanceof PyTuple) {
    const items = v.items;
    if (items.length === 1) return `(${reprIn(items[0], seen)},)`;
    return `(${items.map((x) => reprIn(x, seen)).join(', ')})`;
  }
  if (v instanceof PyMappingProxy && v.viewed !== null) {
    // A view of a dict shows that dict as its own repr shows it (an OrderedDict's too).
    return `mappingproxy(${reprIn(v.viewed, seen)})`;
  }
  if (v instanceof PyDict) {
    let entries = [...v.map.values()];
    // A Counter shows its most common first (a stable sort, as most_common()).
    if (v instanceof PyCounter) {
      if (entries.length === 0) return 'Counter()';
      entries = entries.slice().sort((a, b) => countOrder(b.value, a.value));
    }
    const parts: string[] = [];
    for (const e of entries) parts.push(`${reprIn(e.key, seen)}: ${reprIn(e.value, seen)}`);
    const body = `{${parts.join(', ')}}`;
    if (v instanceof PyCounter) return `Counter(${body})`;
    if (v instanceof PyOrderedDict) {
      if (entries.length === 0) return 'OrderedDict()';
      const items = entries.map((e) => `(${reprIn(e.key, seen)}, ${reprIn(e.value, seen)})`);
      return `OrderedDict([${items.join(', ')}])`;
    }
    if (v instanceof PyDefaultDict) return `defaultdict(${factoryRepr(v.factory, seen)}, ${body})`;
    if (v instanceof PyMappingProxy) return `mappingproxy(${body})`;
    return body;
  }
  const kind = v instanceof PyFrozenSet ? 'frozenset' : 'set';
  if (v.map.size === 0) return `${kind}()`;
  const parts: string[] = [];
  for (const x of setValues(v)) parts.push(reprIn(x, seen));
  const body = `{${parts.join(', ')}}`;
  return kind === 'set' ? body : `frozenset(${body})`;
}

/** Orders counts (numbers of any kind) for a Counter's repr and most_common(). */
export function countOrder(a: PyValue, b: PyValue): number {
  const x = typeof a === 'bigint' || typeof a === 'number' ? Number(a) : 0;
  const y = typeof b === 'bigint' || typeof b === 'number' ? Number(b) : 0;
  return x < y ? -1 : x > y ? 1 : 0;
}

const TYPE_BUILTINS = new Set([
  'int',
  'float',
  'str',
  'list',
  'dict',
  'set',
  'frozenset',
  'tuple',
  'bool',
]);

/** defaultdict's factory as CPython shows it: `<class 'int'>` for a type. */
function factoryRepr(f: PyValue, seen: Set<object>): string {
  if (f instanceof Builtin && TYPE_BUILTINS.has(f.name)) return `<class '${f.name}'>`;
  return reprIn(f, seen);
}
