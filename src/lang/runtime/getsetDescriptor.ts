// The `__dict__` and `__weakref__` descriptors CPython's type() puts in a class's own dict
// when its instances gain a __dict__ or weak references its base's lack: `print(A.__dict__)`
// shows `'__dict__': <attribute '__dict__' of 'A' objects>, '__weakref__': <attribute
// '__weakref__' of 'A' objects>` after the body's names. They show in the class's
// mappingproxy (mappingProxy.ts); `a.__dict__` itself is read as before.

import { GENERIC, PROTOCOL } from './generics';
import { instanceDict } from './instanceDict';
import { itemsOf } from './iteration';
import { showClassGetsets, type ClassGetsets } from './mappingProxy';
import { PyClass, PyInstance, PyProperty } from './objects';
import { builtinClass, OBJECT } from './types';
import { Builtin, type PyValue } from './values';

export class PyGetSetDescriptor extends PyProperty {
  constructor(
    /** `__dict__` or `__weakref__`. */
    readonly getsetName: string,
    /** The class whose dict holds it (`__objclass__`). */
    readonly getsetOwner: PyClass,
  ) {
    super(
      new Builtin(getsetName, (args) => {
        const obj = args[0] ?? null;
        // No weak references are ever made: an object's __weakref__ reads None, as CPython's
        // does before any.
        if (getsetName === '__weakref__' || !(obj instanceof PyInstance)) return null;
        return instanceDict(obj);
      }),
      null,
      null,
    );
  }
}

/** What a class's instances hold besides their slots, as CPython's type layout says. */
interface Layout {
  dict: boolean;
  weak: boolean;
  /** A variable-size base (int, tuple, bytes): no weak references can be added. */
  varsize: boolean;
  /** The descriptors the class's own dict holds, in CPython's order. */
  own: PyGetSetDescriptor[];
}

const layouts = new WeakMap<PyClass, Layout | null>();

/** Where a class statement's body ended: the descriptors go after this key (null: first). */
const bodyEnds = new WeakMap<PyClass, string | null>();

/** Notes where the class statement's names end, before a `__doc__` type() adds. */
export function recordBodyEnd(cls: PyClass): void {
  const keys = [...cls.dict.keys()];
  // type()'s `__doc__ = None` closes the body (names typing adds may follow it).
  let end = cls.dict.get('__doc__') === null ? keys.indexOf('__doc__') : keys.length;
  if (end < 0) end = keys.length;
  bodyEnds.set(cls, end === 0 ? null : keys[end - 1]);
}

/** The built-in classes whose instances' layout is known, by name. */
const BUILTIN_LAYOUTS: Record<string, [dict: boolean, weak: boolean, varsize: boolean]> = {
  int: [false, false, true],
  tuple: [false, false, true],
  bytes: [false, false, true],
  list: [false, false, false],
  dict: [false, false, false],
  str: [false, false, false],
  float: [false, false, false],
  bytearray: [false, false, false],
  set: [false, true, false],
  frozenset: [false, true, false],
  'collections.deque': [false, true, false],
  'collections.defaultdict': [false, false, false],
  'collections.OrderedDict': [true, true, false],
};

function builtinLayout(cls: PyClass): Layout | null {
  // typing's Generic and Protocol declare `__slots__ = ()`: they add nothing.
  if (cls === OBJECT || cls === GENERIC || cls === PROTOCOL) {
    return { dict: false, weak: false, varsize: false, own: [] };
  }
  if (cls.isSubclassOf(builtinClass('BaseException'))) {
    return { dict: true, weak: false, varsize: false, own: [] };
  }
  const known = BUILTIN_LAYOUTS[cls.name];
  if (known === undefined) return null;
  return { dict: known[0], weak: known[1], varsize: known[2], own: [] };
}

/** The base whose layout the class extends: the first built-in-derived one, else the first. */
function layoutBase(cls: PyClass): PyClass {
  for (const b of cls.bases) {
    if (b !== OBJECT && (b.builtin || b.builtinBase !== null)) return b;
  }
  return cls.bases[0] ?? OBJECT;
}

function layoutOf(cls: PyClass): Layout | null {
  const known = layouts.get(cls);
  if (known !== undefined) return known;
  let layout: Layout | null;
  if (cls.builtin || cls === OBJECT || cls === GENERIC || cls === PROTOCOL) {
    layout = builtinLayout(cls);
  } else {
    const base = layoutOf(layoutBase(cls));
    layout = base === null ? null : ownLayout(cls, base);
  }
  layouts.set(cls, layout);
  return layout;
}

function ownLayout(cls: PyClass, base: Layout): Layout | null {
  const slots = cls.dict.get('__slots__');
  let addDict = !base.dict;
  let addWeak = !base.weak && !base.varsize;
  if (slots !== undefined) {
    let declared: readonly PyValue[];
    try {
      declared = typeof slots === 'string' ? [slots] : itemsOf(slots);
    } catch {
      return null;
    }
    addDict &&= declared.includes('__dict__');
    addWeak &&= declared.includes('__weakref__');
  }
  const own: PyGetSetDescriptor[] = [];
  if (addDict) own.push(new PyGetSetDescriptor('__dict__', cls));
  if (addWeak) own.push(new PyGetSetDescriptor('__weakref__', cls));
  return { dict: base.dict || addDict, weak: base.weak || addWeak, varsize: base.varsize, own };
}

/**
 * The class's own `__dict__`/`__weakref__` descriptors not shadowed by its dict, and the key
 * they follow in its namespace (null: before every key; undefined: after the last).
 */
function classGetsets(cls: PyClass): ClassGetsets | null {
  const layout = layoutOf(cls);
  if (layout === null) return null;
  const descriptors = layout.own
    .filter((d) => !cls.dict.has(d.getsetName))
    .map((d) => ({ getsetName: d.getsetName, value: d }));
  if (descriptors.length === 0) return null;
  const after = bodyEnds.get(cls);
  if (after !== undefined && after !== null && cls.dict.has(after)) return { descriptors, after };
  // Not made by a class statement (or its last name deleted since): before a closing
  // `__doc__ = None`, else last.
  const keys = [...cls.dict.keys()];
  const doc = keys.indexOf('__doc__');
  if (doc >= 0 && cls.dict.get('__doc__') === null) {
    return { descriptors, after: doc > 0 ? keys[doc - 1] : null };
  }
  return { descriptors, after: undefined };
}

showClassGetsets(classGetsets);
