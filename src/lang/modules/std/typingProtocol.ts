// typing.Protocol: a base for structural interfaces (`class SupportsClose(Protocol): def
// close(self) -> None: ...`). A protocol class cannot be instantiated; a class naming it as a
// base is an ordinary class that inherits its methods. isinstance against a protocol is
// refused unless @runtime_checkable made it checkable, and then asks whether the value has
// every member the protocol declares (methods and annotated attributes), as CPython does.

import { TgradError } from '../../errors';
import { getAttr } from '../../runtime/attributes';
import { specialTypeAttribute } from '../../runtime/builtinSpecialMethods';
import { isCallable } from '../../runtime/call';
import { createPlainClass } from '../../runtime/classes';
import { GENERIC, PROTOCOL } from '../../runtime/generics';
import { instantiateAsType } from '../../runtime/instances';
import { c3, PyClass, type ClassMeta } from '../../runtime/objects';
import { typeName } from '../../runtime/repr';
import { typeError } from '../../runtime/state';
import { ABC_META, typeOf } from '../../runtime/types';
import { Builtin, PyDict, type PyValue } from '../../runtime/values';

/** `type(P)` for a protocol and the classes deriving from one: `<class 'typing._ProtocolMeta'>`. */
const PROTOCOL_META_TYPE = new PyClass(
  '_ProtocolMeta',
  [ABC_META],
  new Map([['__module__', 'typing']]),
  null,
  true,
);
PROTOCOL_META_TYPE.mro = c3(PROTOCOL_META_TYPE, [ABC_META])!;

/** Names a protocol's body defines that are bookkeeping, not members a value must have. */
const NOT_MEMBERS = new Set([
  '__annotations__',
  '__dict__',
  '__doc__',
  '__init__',
  '__module__',
  '__new__',
  '__parameters__',
  '__qualname__',
  '__slots__',
  '__subclasshook__',
  '__weakref__',
  '_is_protocol',
  '_is_runtime_protocol',
]);

function isProtocolClass(cls: PyClass): boolean {
  return cls.dict.get('_is_protocol') === true;
}

/** The members a value must have to satisfy protocol `cls` (its protocol bases' included). */
function protocolMembers(cls: PyClass): string[] {
  const names = new Set<string>();
  for (const base of cls.mro) {
    if (base === PROTOCOL || base === GENERIC || !isProtocolClass(base)) continue;
    for (const name of base.dict.keys()) if (!NOT_MEMBERS.has(name)) names.add(name);
    const annotations = base.dict.get('__annotations__');
    if (annotations instanceof PyDict) {
      for (const { key } of annotations.map.values()) if (typeof key === 'string') names.add(key);
    }
  }
  return [...names];
}

function hasAttribute(v: PyValue, name: string, method: boolean): boolean {
  try {
    return getAttr(v, name) !== null || !method;
  } catch (e) {
    if (e instanceof TgradError && e.kind === 'AttributeError') return false;
    throw e;
  }
}

function refuseCheck(): boolean {
  throw typeError('Instance and class checks can only be used with @runtime_checkable protocols');
}

const PROTOCOL_META: ClassMeta = {
  type: PROTOCOL_META_TYPE,
  create(name, bases, ns) {
    // A class is itself a protocol when it names Protocol among its bases.
    const protocol = bases.includes(PROTOCOL);
    if (protocol) ns.set('_is_protocol', true);
    else if (!ns.has('_is_protocol')) ns.set('_is_protocol', false);
    const cls = createPlainClass(name, bases, ns);
    cls.meta = PROTOCOL_META;
    if (protocol) {
      cls.instanceCheck = refuseCheck;
      cls.subclassCheck = refuseCheck;
    }
    return cls;
  },
  call(cls, args, kw) {
    if (isProtocolClass(cls)) throw typeError('Protocols cannot be instantiated');
    return instantiateAsType(cls, args, kw);
  },
};

PROTOCOL.meta = PROTOCOL_META;

/** `@runtime_checkable`: isinstance against the protocol checks the value's members. */
export const RUNTIME_CHECKABLE = new Builtin('runtime_checkable', (args) => {
  const cls = args[0];
  if (!(cls instanceof PyClass) || !isProtocolClass(cls)) {
    throw typeError(
      `@runtime_checkable can be only applied to protocol classes, got ${cls instanceof PyClass ? `<class '__main__.${cls.qualifiedName}'>` : typeName(cls)}`,
    );
  }
  cls.dict.set('_is_runtime_protocol', true);
  const members = protocolMembers(cls);
  // A method the value's type sets to None is missing (a list is not Hashable: `[].__hash__`).
  const isMethod = (m: string): boolean => {
    const own = cls.lookup(m);
    return own !== undefined && isCallable(own);
  };
  cls.instanceCheck = (v) =>
    typeOf(v).isSubclassOf(cls) || members.every((m) => hasAttribute(v, m, isMethod(m)));
  // issubclass() can look for methods on a class, not for attributes its instances set.
  const methodsOnly = members.every((m) => {
    const v = cls.lookup(m);
    return v !== undefined && isCallable(v);
  });
  cls.subclassCheck = (c) => {
    if (!methodsOnly)
      throw typeError("Protocols with non-method members don't support issubclass()");
    return (
      c.isSubclassOf(cls) ||
      members.every((m) => (c.lookup(m) ?? specialTypeAttribute(c, m) ?? null) !== null)
    );
  };
  return cls;
});
