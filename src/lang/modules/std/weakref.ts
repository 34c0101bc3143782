// weakref: weak references (ref, proxy, WeakMethod), the weak collections and finalize. See
// weakrefRef.ts for what "weak" means in ToyGrad: an object lives while a reference to it
// does, weak ones included, so `r()` returns it and callbacks and finalizers run only when
// the program calls them.

import { bindArgs } from '../../runtime/args';
import { callValue } from '../../runtime/call';
import { PyInstance, PyMethod, type PyClass } from '../../runtime/objects';
import { fakeAddress, repr } from '../../runtime/repr';
import { typeError } from '../../runtime/state';
import { setItem } from '../../runtime/subscript';
import { typeName } from '../../runtime/typeName';
import { Builtin, BoundMethod, PyDict, PyTuple, type PyValue } from '../../runtime/values';
import { typeOf } from '../../runtime/types';
import { defArgs } from './collectionsChainMap';
import { nativeClass } from './nativeClass';
import { weakCollections } from './weakrefCollections';
import {
  CALLABLE_PROXY_CLASS,
  checkReferenceable,
  makeClass,
  newRef,
  PROXY_CLASS,
  proxyFunction,
  REF_CLASS,
  refsTo,
} from './weakrefRef';

/** WeakMethod(method[, callback]): a weak reference to a bound method's object and function. */
function weakMethodClass(): PyClass {
  const cls = makeClass('WeakMethod', [], [REF_CLASS]);
  cls.construct = (args, kw) => {
    const [meth, callback] = bindArgs('WeakMethod.__new__', ['meth', 'callback'], 1, args, kw);
    let owner: PyValue;
    if (meth instanceof PyMethod) owner = meth.self;
    else if (meth instanceof BoundMethod) owner = meth.self;
    else throw typeError(`argument should be a bound method, not ${repr(typeOf(meth!))}`);
    checkReferenceable(owner);
    return newRef(cls, meth!, callback ?? null, owner);
  };
  return cls;
}

interface Finalizer {
  obj: PyValue;
  func: PyValue;
  args: PyValue[];
  kwargs: PyDict;
}

/** finalize(obj, func, /, *args, **kwargs): runs once, when the program calls it. */
function finalizeClass(): PyClass {
  const live = new WeakMap<PyInstance, Finalizer>();
  const info = (f: Finalizer) =>
    new PyTuple([f.obj, f.func, new PyTuple(f.args.slice()), f.kwargs]);
  const detach = (self: PyInstance): Finalizer | undefined => {
    const f = live.get(self);
    live.delete(self);
    return f;
  };
  return nativeClass({
    name: 'finalize',
    module: 'weakref',
    init: (self, args, kw) => {
      const [obj, func] = defArgs('finalize.__init__', ['obj', 'func'], 2, args.slice(0, 2), null);
      checkReferenceable(obj!);
      const kwargs = new PyDict();
      for (const [k, v] of kw ?? []) setItem(kwargs, k, v);
      live.set(self, { obj: obj!, func: func!, args: args.slice(2), kwargs });
      self.attrs.atexit = true;
    },
    methods: [
      [
        '__call__',
        (self, a, kw) => {
          defArgs('finalize.__call__', ['_'], 0, a, kw);
          const f = detach(self);
          if (f === undefined) return null;
          const named = new Map<string, PyValue>();
          for (const e of f.kwargs.map.values()) named.set(e.key as string, e.value);
          return callValue(f.func, f.args, named.size > 0 ? named : null);
        },
      ],
      [
        'detach',
        (self) => {
          const f = detach(self);
          return f === undefined ? null : info(f);
        },
      ],
      [
        'peek',
        (self) => {
          const f = live.get(self);
          return f === undefined ? null : info(f);
        },
      ],
      [
        '__repr__',
        (self) => {
          const f = live.get(self);
          const at = `<finalize object at ${fakeAddress(self)}`;
          if (f === undefined) return `${at}; dead>`;
          return `${at}; for '${typeName(f.obj)}' at ${fakeAddress(f.obj as object)}>`;
        },
      ],
    ],
    properties: [['alive', (self) => live.has(self)]],
  });
}

export function weakrefModule(): Map<string, PyValue> {
  return new Map<string, PyValue>([
    ['ref', REF_CLASS],
    ['ReferenceType', REF_CLASS],
    ['proxy', proxyFunction],
    ['ProxyType', PROXY_CLASS],
    ['CallableProxyType', CALLABLE_PROXY_CLASS],
    ['ProxyTypes', new PyTuple([PROXY_CLASS, CALLABLE_PROXY_CLASS])],
    ['WeakMethod', weakMethodClass()],
    ['finalize', finalizeClass()],
    ...weakCollections(),
    [
      'getweakrefcount',
      new Builtin('getweakrefcount', (args, kw) => {
        if ((kw !== null && kw.size > 0) || args.length !== 1) {
          throw typeError(
            `_weakref.getweakrefcount() takes exactly one argument (${args.length} given)`,
          );
        }
        return BigInt(refsTo(args[0]).length);
      }),
    ],
    [
      'getweakrefs',
      new Builtin('getweakrefs', (args, kw) => {
        if ((kw !== null && kw.size > 0) || args.length !== 1) {
          throw typeError(
            `_weakref.getweakrefs() takes exactly one argument (${args.length} given)`,
          );
        }
        return refsTo(args[0]);
      }),
    ],
  ]);
}
