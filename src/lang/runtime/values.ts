// Python's values as the interpreter holds them. Scalars are JS primitives (int = bigint,
// float = number, bool = boolean, str = string, None = null) and a list is a plain JS array,
// so that engine calls take lists without copying. Everything else is a small class.

import type { Adam, Layer, MLP, Neuron, SGD, Value } from '../../engine';
import { PyClass } from './objects';
import type { IdentityTable, Numbered } from './identityTable';
import type { PyByteArray, PyBytes } from './bytesValue';
import type {
  NativeMethod,
  PyClassMethod,
  PyInstance,
  PyMethod,
  PyProperty,
  PyStaticMethod,
  PySuper,
} from './objects';

/** Keyword arguments of a call, in the order written; null when there are none. */
export type Kwargs = Map<string, PyValue> | null;

export type PyValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | PyList
  | PyTuple
  | PyDict
  | PySet
  | PyFrozenSet
  | PyRange
  | PyFunction
  | Builtin
  | BoundMethod
  | PyIterator
  | PySlice
  | PyDictView
  | PyModule
  | PyFile
  | PyClass
  | PyInstance
  | PyMethod
  | NativeMethod
  | PyStaticMethod
  | PyClassMethod
  | PyProperty
  | PySuper
  | PyDeque
  | PyBytes
  | PyByteArray
  | PyTypeForm
  | Value
  | Neuron
  | Layer
  | MLP
  | SGD
  | Adam;

export type PyList = PyValue[];

export class PyTuple {
  constructor(readonly items: PyValue[]) {}
  /**
   * Its dict key (equality.ts), kept once made when no item's hash can change: str, number,
   * bool, None, bytes and such tuples. A BPE pair counted with `d[p] = d.get(p, 0) + 1` is
   * keyed once, not twice.
   */
  keyText: string | undefined = undefined;
}

/** An instance of a collections.namedtuple class: a tuple whose items also have names. */
export class PyNamedTuple extends PyTuple {
  constructor(
    items: PyValue[],
    readonly cls: PyClass,
    /** The class's field names, shared by its instances. */
    readonly fields: readonly string[],
  ) {
    super(items);
  }
  /**
   * Attributes set on an instance of a subclass without `__slots__` (its `__dict__`), made on
   * the first one; null-prototype (see newAttrs), so every key is the program's.
   */
  attrs: Record<string, PyValue> | null = null;
}

export interface DictEntry {
  key: PyValue;
  value: PyValue;
}

/** A dict: insertion-ordered, keyed by Python equality (see hashKey). */
export class PyDict {
  readonly map = new Map<unknown, DictEntry>();
  /** `d[key]` for a key it lacks: a value (defaultdict, Counter), or undefined for KeyError. */
  missing(key: PyValue): PyValue | undefined {
    void key;
    return undefined;
  }
  /** A new empty dict of the same kind (a defaultdict with the same factory): d.copy()'s start. */
  emptyLike(): PyDict {
    return new PyDict();
  }
}

/** collections.defaultdict: a missing key gets `make()` (the factory's call) stored. */
export class PyDefaultDict extends PyDict {
  constructor(
    /** `default_factory` (None for none): the program may set it at any time. */
    public factory: PyValue,
    /** Calls the factory (a missing key's value). */
    private readonly make: (factory: PyValue) => PyValue,
    private readonly store: (d: PyDict, key: PyValue, v: PyValue) => void,
  ) {
    super();
  }
  override emptyLike(): PyDict {
    return new PyDefaultDict(this.factory, this.make, this.store);
  }
  override missing(key: PyValue): PyValue | undefined {
    if (this.factory === null) return undefined;
    const v = this.make(this.factory);
    this.store(this, key, v);
    return v;
  }
}

/** collections.Counter: a missing key counts 0 (and is not stored). */
export class PyCounter extends PyDict {
  override missing(): PyValue {
    return 0n;
  }
  override emptyLike(): PyDict {
    return new PyCounter();
  }
}

/** collections.OrderedDict: a dict whose equality with another OrderedDict minds the order. */
export class PyOrderedDict extends PyDict {
  override emptyLike(): PyDict {
    return new PyOrderedDict();
  }
}

/** dict.keys() / values() / items(): a live view of the dict. */
export class PyDictView {
  constructor(
    readonly dict: PyDict,
    readonly kind: 'keys' | 'values' | 'items',
  ) {}
  /** Its type's name: an OrderedDict's views are odict_keys, odict_values, odict_items. */
  get typeName(): string {
    return `${this.dict instanceof PyOrderedDict ? 'odict' : 'dict'}_${this.kind}`;
  }
  /** The view's items now. */
  items(): PyValue[] {
    const out: PyValue[] = [];
    for (const e of this.dict.map.values()) {
      out.push(
        this.kind === 'keys'
          ? e.key
          : this.kind === 'values'
            ? e.value
            : new PyTuple([e.key, e.value]),
      );
    }
    return out;
  }
}

/**
 * A set. A small set (a graph node's `set(_children)`) keeps its members in one exact-size
 * array, hash keys and values interleaved, in insertion order: a node's set then costs one
 * small array instead of a Map's hash table. The first use of `map` moves the members into a
 * Map for good, so any code may use `map`; only the hot paths (smallSet.ts) read `small`
 * (and `inline`, `a`, `b`: a set of two members can go without the array too).
 */
export class PySet {
  /**
   * How many members `a` and `b` hold while the set keeps them in its own fields, else -1:
   * at most two, each its own hash key (an instance hashed by identity, a str, a float,
   * None). micrograd's `set(_children)` of every graph node is such a set, and holding it
   * without an array is two objects fewer per node for the collector to copy.
   */
  inline = -1;
  a: PyValue = null;
  b: PyValue = null;
  /** [key0, value0, key1, value1, …] while the set is small, else null. */
  small: unknown[] | null = null;
  /**
   * Past small, while every member is an instance hashed by identity (each its own key): the
   * members by their numbers (identityTable.ts), else null.
   */
  identity: IdentityTable<Numbered & PyValue> | null = null;
  private big: Map<unknown, PyValue> | null = null;
  get map(): Map<unknown, PyValue> {
    let m = this.big;
    if (m === null) {
      m = new Map<unknown, PyValue>();
      if (this.identity !== null) {
        for (const o of this.identity.members) m.set(o, o);
        this.identity = null;
      }
      const n = this.inline;
      if (n > 0) m.set(this.a, this.a);
      if (n > 1) m.set(this.b, this.b);
      this.inline = -1;
      this.a = this.b = null;
      const small = this.small;
      if (small !== null) {
        for (let i = 0; i < small.length; i += 2) m.set(small[i], small[i + 1] as PyValue);
        this.small = null;
      }
      this.big = m;
    }
    return m;
  }
}

/**
 * A frozenset: a set that never changes after it is built, so it is hashable (a dict key, a
 * member of a set) and equal to a set with the same members. Everything that reads a set
 * reads it; what would change it is refused where it is dispatched.
 */
export class PyFrozenSet extends PySet {
  /** Its hash key, made on first use (see equality.ts's hashKey). */
  hashText: string | null = null;
}

/** A lazy range of ints. */
export class PyRange {
  readonly length: bigint;
  constructor(
    readonly start: bigint,
    readonly stop: bigint,
    readonly step: bigint,
  ) {
    const n = step > 0n ? (stop - start + step - 1n) / step : (start - stop - step - 1n) / -step;
    this.length = n > 0n ? n : 0n;
  }
  at(i: bigint): bigint {
    return this.start + i * this.step;
  }
}

export class PySlice {
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {}
}

/** A variable captured by a closure: the frame slot holds the cell, the cell the value. */
export class Cell {
  constructor(public v: PyValue | undefined = undefined) {}
}

/** One slot of a frame: a value, a cell, or undefined while unbound. */
export type Slot = PyValue | Cell | undefined;
export type Frame = Slot[];

/** What a compiled function needs at call time (built once per `def`/`lambda` node). */
export interface FunctionCode {
  name: string;
  /** `__qualname__`: `C.method`, `outer.<locals>.inner`; CPython's call errors name it. */
  qualname: string;
  /** `__doc__`: the body's docstring, or null. */
  doc: string | null;
  /** Positional parameter names (slots 0..n-1). */
  params: string[];
  /** How many of them are positional-only (before a `/`); absent for none. */
  posonly?: number;
  /** Slot of `*args`, or -1. */
  varargSlot: number;
  kwonly: string[];
  /** Slots of the keyword-only parameters. */
  kwonlySlots: number[];
  /** Slot of `**kwargs`, or -1. */
  kwargSlot: number;
  frameSize: number;
  /** Parameter slots that closures capture: wrapped in a Cell at entry. */
  cellParams: number[];
  /** Other slots that closures capture: a fresh Cell at entry. */
  cellLocals: number[];
  /** Slots that receive the function's closure cells, in `closure` order. */
  freeSlots: number[];
  /** The names of those free variables, in `closure` order (`__closure__`, `co_freevars`). */
  freeNames?: string[];
  /** True when a call with exactly `params.length` positional arguments needs no binding work. */
  simple: boolean;
  /** The body; returns a completion code (see compile/completion.ts). */
  body: (f: Frame) => number;
  /** For lambdas and generator bodies: the expression whose value is returned. */
  isLambda: boolean;
  /** True for a generator function's (a `yield` in its body): inspect.isgeneratorfunction. */
  generator?: boolean;
  /** The names of `*args` and `**kwargs` where the def has them (inspect.signature shows them). */
  varargName?: string;
  kwargName?: string;
  /** The globals of the module the def is in (typing.get_type_hints reads names there). */
  globals?: ModuleNamespace;
}

/**
 * What a program set on one function object (functionAttributes.ts): its own attributes
 * (`f.calls = 0`, the function's `__dict__`) and the names and doc it gave it in place of
 * the `def`'s.
 */
export interface FunctionExtras {
  dict: PyDict | null;
  name?: string;
  qualname?: string;
  doc?: PyValue;
  module?: PyValue;
  /** `__annotations__`, once the def stored some or the program read or set it. */
  annotations?: PyDict;
}

export class PyFunction {
  /** Null until the program sets an attribute on the function (most never do). */
  extras: FunctionExtras | null = null;
  constructor(
    readonly code: FunctionCode,
    /** Defaults of the last `defaults.length` positional parameters (`f.__defaults__ = …` replaces them). */
    public defaults: PyValue[],
    /** Keyword-only defaults (undefined where there is none). */
    public kwDefaults: (PyValue | undefined)[],
    readonly closure: Cell[],
  ) {}
  /** `__name__`. */
  get name(): string {
    return this.extras?.name ?? this.code.name;
  }
  /** `__qualname__`, which CPython's call errors name. */
  get qualname(): string {
    return this.extras?.qualname ?? this.code.qualname;
  }
}

export type BuiltinImpl = (args: PyValue[], kw: Kwargs) => PyValue;

export class Builtin {
  /**
   * The same function for exactly one (two) positional arguments and no keywords, when it
   * has such an entry: a call `len(x)` or `isinstance(x, C)` then builds no argument array
   * and checks no argument count. It must do just what `call` does with those arguments.
   */
  one: ((a: PyValue) => PyValue) | null = null;
  two: ((a: PyValue, b: PyValue) => PyValue) | null = null;
  /** How CPython's call of it counts recursion levels (runtime/nativeCallDepth.ts), once known. */
  depthMode: number | undefined = undefined;
  constructor(
    readonly name: string,
    readonly call: BuiltinImpl,
    /** Attributes besides `__name__` (`itertools.chain.from_iterable`, `cache_info`). */
    readonly attrs: ReadonlyMap<string, PyValue> | null = null,
  ) {}
}

/**
 * functools' lru_cache and cache wrapper of a def (`functools._lru_cache_wrapper`): it binds
 * as the def does when read through an instance, so a cached method gets its `self`.
 */
export class LruCacheWrapper extends Builtin {
  constructor(
    name: string,
    call: BuiltinImpl,
    attrs: ReadonlyMap<string, PyValue>,
    /** The wrapped def's `__qualname__`, which a bound method's repr shows. */
    readonly qualname: string,
  ) {
    super(name, call, attrs);
  }
}

/**
 * A native wrapper standing for a def (contextlib.contextmanager's helper): a function to
 * Python (type 'function'), it binds as a method when read through an instance, and keeps
 * attributes as a def does: `__name__`, `__qualname__`, `__doc__`, `__module__` and
 * `__wrapped__` from the def it wraps (functools.wraps), and any the program sets.
 */
export class DefWrapper extends Builtin {
  readonly dict = new Map<string, PyValue>();
  /** `__qualname__`, which its repr and a bound method's show. */
  get qualname(): string {
    const q = this.dict.get('__qualname__');
    return typeof q === 'string' ? q : this.name;
  }
}

export type MethodImpl<T> = (self: T, args: PyValue[], kw: Kwargs) => PyValue;

/** A built-in method bound to its object: `xs.append`, `v.backward`. */
export class BoundMethod {
  constructor(
    readonly self: PyValue,
    readonly name: string,
    readonly impl: MethodImpl<never>,
    /** A slot wrapper bound to a value (CPython's method-wrapper: `(1).__add__`). */
    readonly wrapper = false,
  ) {}
}

/**
 * A lazy iterator (zip, map, enumerate, a generator expression…). `next` returns
 * undefined when exhausted; None is null, so every Python value comes back as itself.
 */
export class PyIterator {
  /** Its repr when it shows its state (itertools' `count(5)`), else null for `<zip object at …>`. */
  describe: (() => string) | null = null;
  constructor(
    /** Python's type name: 'zip', 'map', 'list_iterator', 'generator', … */
    readonly typeName: string,
    readonly next: () => PyValue | undefined,
  ) {}
}

/** The names of a module: a local module's globals, or a standard module's table. */
export interface ModuleNamespace {
  lookup(name: string): PyValue | undefined;
  assign(name: string, v: PyValue): void;
  /** Unbinds `name` (`del module.name`); false when it was not bound. */
  remove(name: string): boolean;
  /** Names bound now, in the order first bound. */
  names(): string[];
  /** The module's `__dict__` (what `vars(module)` returns): a live view, the same each time. */
  dict(): PyDict;
}

/** A module: `math`, or a local `engine.py` run in its own globals. */
export class PyModule {
  constructor(
    /** Dotted name: 'math', 'micrograd.engine'. */
    readonly name: string,
    /** The file it ran from, relative to the notebook's folder; null for a standard module. */
    readonly file: string | null,
    readonly ns: ModuleNamespace,
  ) {}
}

/**
 * A text file opened for reading: its whole text is read at open (files are capped). Or one of
 * sys.stdout/sys.stderr: no text to read, and `sink` takes what the program writes.
 */
export class PyFile {
  pos = 0;
  closed = false;
  constructor(
    /** The path as the program wrote it; for open(0), the file descriptor. */
    readonly name: string | bigint,
    readonly mode: string,
    /** Changed by reconfigure(encoding=…). */
    public encoding: string,
    /** What can be read: all of a file; of sys.stdin, the lines read so far (see `more`). */
    public text: string,
    readonly sink: ((text: string) => void) | null = null,
  ) {}
  /**
   * For sys.stdin: the next line of the program's input (its end included), asked for only
   * when a read needs it, with the prompt input() has just written; null at the end. Null
   * for every other file, whose text is all there.
   */
  more: ((prompt: string) => string | null) | null = null;
  /**
   * Where a line ends (open()'s newline=): '\n' (the text translated, or newline='\n'),
   * '' (any of '\r\n', '\r', '\n', kept: newline=''), '\r' or '\r\n'.
   */
  lineEnd: '\n' | '' | '\r' | '\r\n' = '\n';
  /**
   * The file's bytes did not decode: the text holds what Python had decoded before the
   * failing 8192-byte chunk, and this raises the error a read beyond it meets (`whole`: a
   * read() of the rest, which CPython decodes in one piece).
   */
  decodeFailure: ((whole: boolean) => never) | null = null;
  /**
   * A text file's byte offsets (tell() and seek() count bytes of the file, not characters);
   * null for a binary file, whose text has one character per byte.
   */
  offsets: {
    toBytes(pos: number): number;
    toText(bytes: number): number;
    /** The `newlines` attribute after reading to `pos`: the line ends seen (None: none). */
    newlines(pos: number): PyValue;
  } | null = null;
  /** False after next() until the lines run out or a seek: tell() refuses then, as CPython's. */
  telling = true;
  /** open()'s errors= (the attribute `errors`). */
  errors = 'strict';
  /** reconfigure()'s line_buffering= and write_through= (the attributes). */
  lineBuffering = false;
  writeThrough = false;
}

/**
 * collections.deque: a list with cheap ends, bounded by `maxlen` when given. The items are
 * `buf` from `head` on, so popleft and appendleft cost O(1) (a JS shift/unshift copies the
 * whole array: a BFS over 100k nodes took minutes). `items` gives them as one array, closing
 * the gap first, for what is O(n) anyway (iteration, repr, search, equality).
 */
export class PyDeque {
  private readonly buf: (PyValue | undefined)[];
  private head = 0;
  /** Bumped by every append and pop, so an iterator can fail as CPython's does. */
  state = 0;

  constructor(
    items: PyValue[],
    readonly maxlen: number | null,
  ) {
    this.buf = items;
  }

  get items(): PyValue[] {
    if (this.head > 0) this.compact();
    return this.buf as PyValue[];
  }

  get length(): number {
    return this.buf.length - this.head;
  }

  /** The item at 0 <= i < length. */
  at(i: number): PyValue {
    return this.buf[this.head + i] as PyValue;
  }

  setAt(i: number, v: PyValue): void {
    this.buf[this.head + i] = v;
  }

  push(v: PyValue): void {
    this.state++;
    this.buf.push(v);
  }

  pushFront(v: PyValue): void {
    this.state++;
    if (this.head === 0) this.openFront();
    this.buf[--this.head] = v;
  }

  /** The last item, removed; the caller has checked the deque is not empty. */
  popBack(): PyValue {
    this.state++;
    const v = this.buf.pop() as PyValue;
    if (this.buf.length === this.head) this.clear();
    return v;
  }

  /** The first item, removed; the caller has checked the deque is not empty. */
  popFront(): PyValue {
    this.state++;
    const v = this.buf[this.head] as PyValue;
    this.buf[this.head++] = undefined;
    // Not emptied at once when the last item goes: a queue that empties on every step
    // (append, popleft) would give its array's storage back and grow it again each time.
    if (this.head >= 64 && this.head * 2 >= this.buf.length) this.compact();
    return v;
  }

  clear(): void {
    this.state++;
    this.buf.length = 0;
    this.head = 0;
  }

  private compact(): void {
    this.buf.copyWithin(0, this.head);
    this.buf.length -= this.head;
    this.head = 0;
  }

  /** Room before the first item as large as the deque, so appendleft is O(1) amortized. */
  private openFront(): void {
    const n = this.buf.length;
    const gap = Math.max(8, n);
    this.buf.length = n + gap;
    this.buf.copyWithin(gap, 0, n);
    this.buf.fill(undefined, 0, gap);
    this.head = gap;
  }
}

/**
 * A type written as a value (typeForms.ts gives its behaviour): `int | None` ('union'),
 * `list[int]` ('alias', origin the class), typing's `Optional[int]`, `List[int]` or bare
 * `List` ('typing', origin typing's name, args null when bare).
 */
export class PyTypeForm {
  constructor(
    readonly kind: 'union' | 'alias' | 'typing',
    readonly origin: PyValue,
    readonly args: readonly PyValue[] | null,
  ) {}
  /** Python's type name, for type() and messages. */
  get typeName(): string {
    switch (this.kind) {
      case 'union':
        return 'types.UnionType';
      case 'alias':
        // A program's generic class (or Generic itself) is subscripted by typing's alias.
        return this.origin instanceof PyClass && !this.origin.builtin
          ? 'typing._GenericAlias'
          : 'types.GenericAlias';
      case 'typing':
        if (this.args === null) return 'typing._SpecialForm';
        return this.origin === 'Union' ? 'typing._UnionGenericAlias' : 'typing._GenericAlias';
    }
  }
}
