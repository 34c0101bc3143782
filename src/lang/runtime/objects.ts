// Python classes and their instances. A class keeps its namespace in a Map, its MRO (C3),
// and a per-class cache of MRO lookups that any change to a class (or a base) clears. An
// instance keeps its attributes as own properties of a plain JS object whose prototype
// chain is empty, so V8 gives the instances of one class one hidden class (attributes are
// set in the same order by __init__) and names like `__proto__` are ordinary keys.

import { getCurrentSite } from '../../engine/site';
import type { Kwargs, MethodImpl, ModuleNamespace, PyFunction, PyTuple, PyValue } from './values';
import type { TgradError } from '../errors';
import type { ClassBodyStore } from './classBodyStore';

/** Instance attributes: a null-terminated prototype chain, so every key is the program's. */
export type AttrBag = Record<string, PyValue>;

class AttrStore {}
Object.setPrototypeOf(AttrStore.prototype, null);
delete (AttrStore.prototype as { constructor?: unknown }).constructor;

export function newAttrs(): AttrBag {
  return new AttrStore() as AttrBag;
}

/** A constructor of attribute bags of its own: one per class (see newInstanceAttrs). */
function attrStoreClass(): new () => AttrBag {
  const C = class {};
  Object.setPrototypeOf(C.prototype, null);
  delete (C.prototype as { constructor?: unknown }).constructor;
  return C as unknown as new () => AttrBag;
}

/**
 * The attribute bag of a new instance of `cls`. Each class has a bag constructor of its own,
 * because V8 sizes the objects a constructor makes from its first few (slack tracking): with one
 * shared constructor, the first bags the runtime made (one or two attributes) fixed the size,
 * and a `Value`'s four attributes spilled into a second object per instance.
 */
export function newInstanceAttrs(cls: PyClass): AttrBag {
  return new (cls.attrStore ??= attrStoreClass())();
}

/** Marks a name a lookup did not find, in the lookup cache (None is null, a real value). */
const ABSENT: unique symbol = Symbol('absent');

/**
 * What a metaclass ToyGrad implements natively (enum's EnumType, typing.NamedTuple) does for
 * its classes: each hook replaces `type`'s behaviour for the class it is set on, and a class
 * statement whose base has `create` is made by it (as a metaclass's __new__ would).
 */
export interface ClassMeta {
  /** `type(C)`: the metaclass as a value. */
  readonly type: PyClass;
  /** Makes the class; it may take (delete) the class statement's keywords it uses (`total=`). */
  create?(
    name: string,
    bases: PyValue[],
    ns: Map<string, PyValue>,
    kw?: Map<string, PyValue> | null,
  ): PyClass;
  call?(cls: PyClass, args: PyValue[], kw: Kwargs): PyValue;
  iterate?(cls: PyClass): PyValue[];
  /** `len(C)` when the metaclass answers it apart from iteration (its own `__len__`). */
  length?(cls: PyClass): bigint;
  contains?(cls: PyClass, v: PyValue): boolean;
  item?(cls: PyClass, key: PyValue): PyValue;
  /** Runs before `C.name = v` / `del C.name` (v undefined): throws what the metaclass refuses. */
  guardSet?(cls: PyClass, name: string, v: PyValue | undefined): void;
  repr?(cls: PyClass): string;
  /** `C.name` that neither C nor its bases define: the metaclass's attribute, bound to C. */
  attribute?(cls: PyClass, name: string): PyValue | undefined;
  /** The metaclass's own `__getattr__` answering `C.name`, or undefined when it has none. */
  missing?(cls: PyClass, name: string): PyValue | undefined;
  /**
   * `C.name = v` as the metaclass does it (its __setattr__ when `hooked`, a data descriptor
   * of its own): true when done, false to store v in C's namespace.
   */
  setAttribute?(cls: PyClass, name: string, v: PyValue, hooked: boolean): boolean;
  /**
   * For a metaclass whose namespace takes the class body's writes one by one (enum's): the hook
   * rewriting them; `own` reads what the body has bound so far.
   */
  bodyStore?(bases: readonly PyValue[], own: (name: string) => PyValue | undefined): ClassBodyStore;
  /**
   * The built-in value an instance is one dict key and set member with (an IntEnum member: its
   * int, so `{1: 'a'}[Color.RED]` finds it), or undefined to hash the instance as usual.
   */
  keyValue?(v: PyInstance): PyValue | undefined;
}

/** A class whose instances are made plainly: a new instance, then its `__init__` function. */
export interface InitPlan {
  readonly init: PyFunction;
  /** The instance is an exception object (it keeps the call's arguments as its args). */
  readonly exception: boolean;
}

export class PyClass {
  mro: PyClass[] = [];
  /** The native metaclass behaviour of the class, or null for `type`'s (see ClassMeta). */
  meta: ClassMeta | null = null;
  /** Bumped whenever the class or a base changes, for the inline caches of compiled code. */
  version = 0;
  readonly subclasses: PyClass[] = [];
  /**
   * `__qualname__` where it is more than the name: `make.<locals>.Local`, `Outer.Inner` (a
   * class statement inside a function or class); null for the name alone.
   */
  qualname: string | null = null;
  /** Instance attribute names allowed by `__slots__` (with the bases'), or null for any. */
  slotNames: Set<string> | null = null;
  /**
   * How a call of the class makes an instance by its own `__init__` (instances.ts reads it):
   * null when a call takes the general path; undefined until the first call and after a change.
   */
  initPlan: InitPlan | null | undefined = undefined;
  /** Makes its instances' attribute bags (newInstanceAttrs); made at the first instance. */
  attrStore: (new () => AttrBag) | null = null;
  /** For collections.abc's classes: isinstance() asks this instead of the value's MRO. */
  instanceCheck: ((v: PyValue) => boolean) | null = null;
  /** For numbers' classes and registered ABCs: issubclass() asks this instead of the MRO. */
  subclassCheck: ((c: PyClass) => boolean) | null = null;
  /**
   * For a class abc.ABCMeta makes (ABC, its subclasses, numbers' classes): the names of its
   * abstract methods not implemented yet; null for every other class (see abstract.ts).
   */
  abstractMethods: ReadonlySet<string> | null = null;
  /**
   * For a class deriving from dict, list, str, int… (builtinSubclass.ts): that built-in class,
   * whose value each instance carries; null for every other class.
   */
  builtinBase: PyClass | null = null;
  /** The globals of the module whose class statement made it (typing.get_type_hints reads them). */
  definedIn: ModuleNamespace | null = null;
  /** True for `type` and its subclasses (metaclasses): calling one makes a class. */
  makesClasses = false;
  private readonly cache = new Map<string, PyValue | typeof ABSENT>();
  /** How instances hash: by identity, by a user __hash__, or not at all. */
  private hashModeCache: 'identity' | 'custom' | 'none' | null = null;
  /** Whether a class along the MRO defines its own __getattribute__ (null: not known yet). */
  private getattributeCache: boolean | null = null;
  /**
   * For a built-in type: calling it with exactly one positional argument (`float(x)`), as
   * `construct` does with that argument; null when it has no such entry (see Builtin.one).
   */
  constructOne: ((a: PyValue) => PyValue) | null = null;

  constructor(
    public name: string,
    public bases: PyClass[],
    readonly dict: Map<string, PyValue>,
    /** For built-in types: what calling the type does (int('3'), Value(2.0)…). */
    public construct: ((args: PyValue[], kw: Kwargs) => PyValue) | null = null,
    /** True for the classes the language provides (int, Value, ValueError…). */
    readonly builtin = false,
  ) {}

  /** The first definition of `name` along the MRO, or undefined. */
  lookup(name: string): PyValue | undefined {
    const hit = this.cache.get(name);
    if (hit !== undefined) return hit === ABSENT ? undefined : hit;
    let found: PyValue | typeof ABSENT = ABSENT;
    for (const c of this.mro) {
      const v = c.dict.get(name);
      if (v !== undefined) {
        found = v;
        break;
      }
    }
    this.cache.set(name, found);
    return found === ABSENT ? undefined : found;
  }

  /** `C.name = v` (and `del C.name` with undefined): clears the caches of C and its subclasses. */
  setMember(name: string, v: PyValue | undefined): void {
    if (v === undefined) this.dict.delete(name);
    else this.dict.set(name, v);
    this.invalidate();
  }

  private invalidate(): void {
    this.version++;
    this.cache.clear();
    this.hashModeCache = null;
    this.getattributeCache = null;
    this.initPlan = undefined;
    for (const s of this.subclasses) s.invalidate();
  }

  hashMode(): 'identity' | 'custom' | 'none' {
    if (this.hashModeCache === null) {
      const h = this.lookup('__hash__');
      this.hashModeCache =
        h === null
          ? 'none'
          : // object's own __hash__ is identity; a built-in class's (pathlib) is its own.
            h === undefined || (h instanceof NativeMethod && h.owner === 'object')
            ? 'identity'
            : 'custom';
    }
    return this.hashModeCache;
  }

  /** True when instances' attribute reads go through a user `__getattribute__`. */
  get interceptsGet(): boolean {
    if (this.getattributeCache === null) {
      this.getattributeCache = userHook(this, '__getattribute__') !== undefined;
    }
    return this.getattributeCache;
  }

  /** `__qualname__`: the qualified name, or the name. */
  get qualifiedName(): string {
    return this.qualname ?? this.name;
  }

  isSubclassOf(other: PyClass): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/**
 * The program's own `__setattr__`, `__delattr__` or `__getattribute__` along `cls`'s MRO, or
 * undefined when only object's (or type's) is there: then attributes take the fast paths. A
 * built-in type's method the class body put there is the class's hook: the attribute dict of
 * a config (`class AttrDict(dict): __setattr__ = dict.__setitem__`) stores `c.lr = 0.1` as
 * an item.
 */
export function userHook(cls: PyClass, name: string): PyValue | undefined {
  const h = cls.lookup(name);
  if (h instanceof NativeMethod && (h.owner === 'object' || h.owner === 'type')) return undefined;
  return h;
}

/** An instance of a user class (or of object): its class and its attributes. */
/** The last number given to an instance (PyInstance.hid). */
let lastHid = 0;

export class PyInstance {
  /** Where the instance was made (a site id, for the graph's jump to source); not a Python attribute. */
  readonly site = getCurrentSite();
  /** Its hash in a set of instances (identityTable.ts); wraps past 2^31, which only shares slots. */
  readonly hid = (lastHid = (lastHid + 1) | 0);
  constructor(
    /** Replaced by `obj.__class__ = Other` (classAssignment.ts). */
    public cls: PyClass,
    /** Replaced by a view of a dict once the program asks for `__dict__` (instanceDict.ts). */
    public attrs: AttrBag,
  ) {}
}

/** An exception object: an instance that also holds its args, cause and context. */
export class PyExceptionObject extends PyInstance {
  cause: PyValue = null;
  context: PyValue = null;
  suppressContext = false;
  /**
   * The error this object was last raised as: its traceback, in CPython's terms. A field, not
   * a WeakMap entry: a program raising in a loop made the collector trace thousands of those.
   */
  raisedAs: TgradError | null = null;
  /** `__traceback__` as with_traceback or an assignment set it since the last raise. */
  explicitTraceback: PyValue | undefined = undefined;
  constructor(
    cls: PyClass,
    attrs: AttrBag,
    public args: PyTuple,
  ) {
    super(cls, attrs);
  }
}

/** A user function bound to the object it was looked up on: `obj.method`. */
export class PyMethod {
  constructor(
    readonly fn: PyValue,
    readonly self: PyValue,
  ) {}
}

/** A method of a built-in class (object.__init__, BaseException.__str__…), bound on lookup. */
export class NativeMethod {
  constructor(
    readonly name: string,
    readonly owner: string,
    readonly impl: MethodImpl<never>,
    /** A built-in type's special method (CPython's slot wrapper: `<slot wrapper '__add__' …>`). */
    readonly slot = false,
  ) {}
}

export class PyStaticMethod {
  constructor(readonly fn: PyValue) {}
}

export class PyClassMethod {
  constructor(readonly fn: PyValue) {}
}

export class PyProperty {
  constructor(
    readonly fget: PyValue,
    readonly fset: PyValue,
    readonly fdel: PyValue,
    /** property(doc=…); when None, `__doc__` is the getter's docstring, as in CPython. */
    readonly doc: PyValue = null,
    /**
     * The class attribute it was made as, for its errors: set as CPython's __set_name__ sets
     * it when a class statement makes it, given by the built-in classes that define one.
     */
    public name: string | null = null,
  ) {}
}

/** `super()`: attribute lookup on `self` starting after `cls` in type(self)'s MRO. */
export class PySuper {
  constructor(
    readonly cls: PyClass,
    readonly self: PyValue,
    /** The class whose MRO is searched (type(self), or self when self is a class). */
    readonly start: PyClass,
  ) {}
}

/** Python's C3 linearization, with CPython's error for an inconsistent hierarchy. */
export function c3(cls: PyClass, bases: PyClass[]): PyClass[] | null {
  const seqs = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: PyClass[] = [cls];
  while (true) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    let head: PyClass | null = null;
    for (const s of live) {
      const cand = s[0];
      if (!live.some((t) => t.indexOf(cand) > 0)) {
        head = cand;
        break;
      }
    }
    if (head === null) return null;
    out.push(head);
    for (const s of live) if (s[0] === head) s.shift();
  }
}
