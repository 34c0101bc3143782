// Built-ins about types and objects: type, isinstance, issubclass, getattr and friends,
// callable, id, vars, hash, super, object, property, staticmethod, classmethod,
// NotImplemented and the exception classes. The constructors the other tables define
// (int, list, Value, MLP…) become the built-in classes of those names here.

import { TgradError } from '../errors';
import { frozensetHash, tupleHash } from '../runtime/setOrder';
import { addedValues } from '../runtime/smallSet';
import { noteVaryingHash } from '../runtime/ownHashes';
import { callTupleOverride } from '../runtime/namedTupleOverrides';
import { bindBuiltin, exactArgs, expectArgs, noKeywords } from '../runtime/args';
import { delAttr, getAttr, setAttr } from '../runtime/attributes';
import { hashKey } from '../runtime/equality';
import { noteHashOf } from '../runtime/hashAliases';
import { strHash } from '../runtime/strHash';
import { intHash, numberHash, reducedOwnHash } from '../runtime/numericHash';
import { EXCEPTION_CLASSES } from '../runtime/exceptions';
// Gives BaseExceptionGroup and ExceptionGroup their construction and methods.
import '../runtime/exceptionGroups';
import { functionDict } from '../runtime/functionAttributes';
import { instanceDict } from '../runtime/instanceDict';
import { makeSuper } from '../runtime/instances';
import { PyMappingProxy } from '../runtime/mappingProxy';
import { isCallable } from '../runtime/call';
import { PyClass, PyClassMethod, PyInstance, PyProperty, PyStaticMethod } from '../runtime/objects';
import { objectId, objectNumber, typeName } from '../runtime/repr';
import { callSpecial } from '../runtime/instances';
import { NOT_IMPLEMENTED } from '../runtime/special';
import { ELLIPSIS } from '../runtime/ellipsis';
import { fail, typeError } from '../runtime/state';
import { makeClassWith } from '../runtime/metaclasses';
import { builtinClass, isInstanceOf, OBJECT, typeOf } from '../runtime/types';
import {
  Builtin,
  PyFrozenSet,
  PyFunction,
  PyModule,
  PyTuple,
  PyTypeForm,
  type BuiltinImpl,
  type Kwargs,
  type PyValue,
} from '../runtime/values';
import { instanceOfForm } from '../runtime/typeForms';
import { defineAll, defineDirect } from './core';
import { dirOf, ownDir } from './dirBuiltin';

/** Built-in constructors that are classes in Python. */
const TYPE_NAMES = [
  'int',
  'float',
  'str',
  'bytes',
  'bytearray',
  'bool',
  'list',
  'tuple',
  'dict',
  'set',
  'frozenset',
  'range',
  'slice',
  // Iterator types: `isinstance(e, enumerate)`, `type(zip()) is zip`, `<class 'map'>`.
  'enumerate',
  'zip',
  'map',
  'filter',
  'reversed',
  'Value',
  'MLP',
  'SGD',
  'Adam',
];

/** A class, or a tuple of classes (nested tuples allowed), as isinstance's second argument. */
function classInfo(fname: string, info: PyValue, test: (cls: PyClass) => boolean): boolean {
  if (info instanceof PyClass) return test(info);
  if (info instanceof PyTuple) return info.items.some((x) => classInfo(fname, x, test));
  if (info instanceof PyTypeForm) return instanceOfForm(info, test, fname);
  throw typeError(
    fname === 'issubclass'
      ? 'issubclass() arg 2 must be a class, a tuple of classes, or a union'
      : `${fname}() arg 2 must be a type, a tuple of types, or a union`,
  );
}

function attrName(fname: string, v: PyValue): string {
  if (typeof v !== 'string') {
    throw typeError(`attribute name must be string, not '${typeName(v)}'`);
  }
  void fname;
  return v;
}

/** hash(v) as Python's int: numbers as CPython hashes them (numericHash.ts), a user __hash__ is called, others by identity. */
export function hashOf(v: PyValue): bigint {
  if (v instanceof PyInstance && v.cls.hashMode() === 'custom') {
    const h = callSpecial(v, '__hash__', []);
    if (typeof h === 'bigint') return reducedOwnHash(h);
    if (typeof h === 'boolean') return h ? 1n : 0n;
    throw typeError('__hash__ method should return an integer');
  }
  const k = hashKey(v);
  // A namedtuple class's own __hash__ (hashKey checked it returns an int).
  const own = callTupleOverride(v, '__hash__', []);
  if (own !== undefined) {
    return typeof own === 'boolean' ? (own ? 1n : 0n) : reducedOwnHash(own as bigint);
  }
  // A tuple of numbers hashes as CPython's (its set order depends on it); one holding a str
  // or an object has a hash that varies by run there too.
  if (v instanceof PyTuple) {
    const fixed = tupleHash(v);
    if (fixed !== null) return fixed;
  }
  if (v instanceof PyFrozenSet) {
    const fixed = frozensetHash(addedValues(v));
    if (fixed !== null) return fixed;
  }
  switch (typeof k) {
    case 'number':
      return numberHash(k);
    case 'bigint':
      return intHash(k);
    case 'boolean':
      return k ? 1n : 0n;
  }
  // A str's hash, None's and an object's by identity differ from run to run in CPython.
  noteVaryingHash();
  if (typeof k === 'string') return strHash(k);
  if (k === null) return -9223372036575774688n;
  return BigInt(objectNumber(k as object));
}

/** type(name, bases, dict): a class made as a class statement makes it, from a dict. */
function typeOfThree(args: PyValue[], kw: Kwargs): PyValue {
  return makeClassWith(builtinClass('type'), args, kw);
}

export function typeBuiltins(
  into: Map<string, PyValue>,
  constructors: Map<PyClass, BuiltinImpl>,
): void {
  // The constructors defined by the other tables become classes.
  for (const name of TYPE_NAMES) {
    const ctor = into.get(name);
    if (!(ctor instanceof Builtin)) continue;
    const cls = builtinClass(name);
    constructors.set(cls, ctor.call);
    cls.constructOne = ctor.one;
    into.set(name, cls);
  }
  into.set('object', OBJECT);
  into.set('NotImplemented', NOT_IMPLEMENTED);
  into.set('Ellipsis', ELLIPSIS);
  // True: CPython runs without -O, so `assert` and `if __debug__:` both run.
  into.set('__debug__', true);
  for (const [name, cls] of EXCEPTION_CLASSES) into.set(name, cls);
  const entries: [string, BuiltinImpl][] = [
    [
      'type',
      (args, kw) => {
        if (args.length === 3) return typeOfThree(args, kw);
        noKeywords('type', kw);
        if (args.length !== 1) throw typeError('type() takes 1 or 3 arguments');
        return typeOf(args[0]);
      },
    ],
    [
      'isinstance',
      (args, kw) => {
        exactArgs('isinstance', 2, args, kw);
        return isinstance(args[0], args[1]);
      },
    ],
    [
      'issubclass',
      (args, kw) => {
        exactArgs('issubclass', 2, args, kw);
        const c = args[0];
        if (!(c instanceof PyClass)) throw typeError('issubclass() arg 1 must be a class');
        return classInfo('issubclass', args[1], (b) =>
          b.subclassCheck !== null ? b.subclassCheck(c) : c.isSubclassOf(b),
        );
      },
    ],
    [
      'hasattr',
      (args, kw) => {
        exactArgs('hasattr', 2, args, kw);
        const name = attrName('hasattr', args[1]);
        try {
          getAttr(args[0], name);
          return true;
        } catch (e) {
          if (e instanceof TgradError && e.kind === 'AttributeError') return false;
          throw e;
        }
      },
    ],
    [
      'getattr',
      (args, kw) => {
        noKeywords('getattr', kw);
        expectArgs('getattr', args, 2, 3);
        const name = attrName('getattr', args[1]);
        if (args.length === 2) return getAttr(args[0], name);
        try {
          return getAttr(args[0], name);
        } catch (e) {
          if (e instanceof TgradError && e.kind === 'AttributeError') {
            return args[2];
          }
          throw e;
        }
      },
    ],
    [
      'setattr',
      (args, kw) => {
        exactArgs('setattr', 3, args, kw);
        setAttr(args[0], attrName('setattr', args[1]), args[2]);
        return null;
      },
    ],
    [
      'delattr',
      (args, kw) => {
        exactArgs('delattr', 2, args, kw);
        delAttr(args[0], attrName('delattr', args[1]));
        return null;
      },
    ],
    [
      'callable',
      (args, kw) => {
        exactArgs('callable', 1, args, kw);
        return isCallable(args[0]);
      },
    ],
    [
      'id',
      (args, kw) => {
        exactArgs('id', 1, args, kw);
        const v = args[0];
        if (typeof v === 'object' && v !== null) {
          noteVaryingHash();
          return objectId(v);
        }
        return hashOf(v);
      },
    ],
    [
      'hash',
      (args, kw) => {
        exactArgs('hash', 1, args, kw);
        const v = args[0];
        const h = hashOf(v);
        // A __hash__ returning hash(v) makes its objects equal keys to v (hashAliases.ts).
        if (typeof v === 'string' || typeof v === 'number' || v === null || v instanceof PyTuple) {
          noteHashOf(h, v);
        }
        return h;
      },
    ],
    [
      'dir',
      (args, kw) => {
        noKeywords('dir', kw);
        if (args.length === 0) {
          throw typeError(
            'dir() without an argument (the names in scope) is not part of tgrad: pass the object',
          );
        }
        if (args.length > 1) {
          throw typeError(`dir expected at most 1 argument, got ${args.length}`);
        }
        return ownDir(args[0]) ?? dirOf(args[0]);
      },
    ],
    [
      'vars',
      (args, kw) => {
        noKeywords('vars', kw);
        if (args.length > 1) {
          throw typeError(`vars expected at most 1 argument, got ${args.length}`);
        }
        expectArgs('vars', args, 1, 1);
        const v = args[0];
        if (v instanceof PyInstance && v.cls.slotNames === null) return instanceDict(v);
        if (v instanceof PyClass) return new PyMappingProxy(v);
        if (v instanceof PyFunction) return functionDict(v);
        if (v instanceof PyModule) return v.ns.dict();
        throw typeError('vars() argument must have __dict__ attribute');
      },
    ],
    [
      'super',
      (args, kw) => {
        noKeywords('super', kw);
        if (args.length === 0) throw fail('RuntimeError', 'super(): no arguments');
        const [cls, self] = args;
        if (!(cls instanceof PyClass)) {
          throw typeError(`super() argument 1 must be a type, not ${typeName(cls)}`);
        }
        if (self === undefined) throw typeError('super() without an object is not part of tgrad');
        return makeSuper(cls, self);
      },
    ],
    [
      'property',
      (args, kw) => {
        const [fget, fset, fdel, doc] = bindBuiltin(
          'property',
          ['fget', 'fset', 'fdel', 'doc'],
          0,
          args,
          kw,
        );
        return new PyProperty(fget ?? null, fset ?? null, fdel ?? null, doc ?? null);
      },
    ],
    [
      'staticmethod',
      (args, kw) => {
        exactArgs('staticmethod', 1, args, kw);
        return new PyStaticMethod(args[0]);
      },
    ],
    [
      'classmethod',
      (args, kw) => {
        exactArgs('classmethod', 1, args, kw);
        return new PyClassMethod(args[0]);
      },
    ],
  ];
  defineAll(into, entries);
  defineDirect(into, 'isinstance', { two: isinstance });
  // The descriptor types are classes, as in CPython (`isinstance(C.x, property)`).
  for (const name of ['property', 'staticmethod', 'classmethod']) {
    const ctor = into.get(name) as Builtin;
    const cls = builtinClass(name);
    constructors.set(cls, ctor.call);
    into.set(name, cls);
  }
  // `type` is a class too, the type of every class (isinstance(C, type), type(C) is type);
  // calling it runs type() above.
  const typeFunction = into.get('type') as Builtin;
  const typeClass = builtinClass('type');
  constructors.set(typeClass, typeFunction.call);
  into.set('type', typeClass);
  // The singletons' types give back their one value: type(None)() is None.
  for (const one of [null, ELLIPSIS, NOT_IMPLEMENTED]) {
    const cls = typeOf(one);
    constructors.set(cls, (args, kw) => {
      if (args.length > 0 || (kw !== null && kw.size > 0)) {
        throw typeError(
          `${cls.name === 'ellipsis' ? 'EllipsisType' : cls.name} takes no arguments`,
        );
      }
      return one;
    });
  }
}

function isinstance(v: PyValue, info: PyValue): boolean {
  if (info instanceof PyClass) return isInstanceOf(v, info);
  return classInfo('isinstance', info, (c) => isInstanceOf(v, c));
}
