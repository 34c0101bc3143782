// collections.UserDict: a MutableMapping (its mixins give get, pop, update, setdefault, keys…)
// whose items live in the plain dict `self.data`, as CPython's is written in Python. Every
// method reaches the items through `self.data` and the instance's own item methods, so a
// subclass overriding __setitem__ sees what __init__ and update() store.

import { callMethod, getAttr, setAttr } from '../../runtime/attributes';
import { binary } from '../../runtime/arith';
import { callValue } from '../../runtime/call';
import { contains } from '../../runtime/equality';
import { iterate } from '../../runtime/iteration';
import { keyError } from '../../runtime/exceptions';
import { newAttrs, PyInstance, type PyClass } from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { NOT_IMPLEMENTED } from '../../runtime/special';
import { typeError } from '../../runtime/state';
import { delItem, getItem, setItem } from '../../runtime/subscript';
import { PyDict, type Kwargs, type PyValue } from '../../runtime/values';
import { abcClass } from './collectionsAbc';
import { nativeClass } from './nativeClass';

const data = (self: PyInstance): PyValue => getAttr(self, 'data');

function one(name: string, args: PyValue[], kw: Kwargs): PyValue {
  if ((kw !== null && kw.size > 0) || args.length !== 1) {
    throw typeError(
      `UserDict.${name}() takes 2 positional arguments but ${args.length + 1} were given`,
    );
  }
  return args[0];
}

export function userDictClass(): PyClass {
  let cls: PyClass | null = null;
  const isUserDict = (v: PyValue): v is PyInstance =>
    v instanceof PyInstance && cls !== null && v.cls.isSubclassOf(cls);
  const make = (self: PyInstance, d: PyValue): PyValue => callValue(self.cls, [d], null);
  cls = nativeClass({
    name: 'UserDict',
    module: 'collections',
    bases: [abcClass('MutableMapping')],
    init(self, args, kw) {
      if (args.length > 1) {
        throw typeError(
          `UserDict.__init__() takes from 1 to 2 positional arguments but ${args.length + 1} were given`,
        );
      }
      setAttr(self, 'data', new PyDict());
      if (args.length === 1 && args[0] !== null) callMethod(self, 'update', [args[0]], null);
      if (kw !== null && kw.size > 0) {
        const d = new PyDict();
        for (const [k, v] of kw) setItem(d, k, v);
        callMethod(self, 'update', [d], null);
      }
    },
    methods: [
      [
        '__len__',
        (self) => {
          const d = data(self);
          return d instanceof PyDict ? BigInt(d.map.size) : callMethod(d, '__len__', [], null);
        },
      ],
      [
        '__getitem__',
        (self, args, kw) => {
          const key = one('__getitem__', args, kw);
          const d = data(self);
          if (contains(d, key)) return getItem(d, key);
          const missing = self.cls.lookup('__missing__');
          if (missing !== undefined) return callValue(getAttr(self, '__missing__'), [key], null);
          throw keyError(key);
        },
      ],
      [
        '__setitem__',
        (self, args) => {
          if (args.length !== 2) {
            throw typeError(
              `UserDict.__setitem__() takes 3 positional arguments but ${args.length + 1} were given`,
            );
          }
          setItem(data(self), args[0], args[1]);
          return null;
        },
      ],
      [
        '__delitem__',
        (self, args, kw) => {
          delItem(data(self), one('__delitem__', args, kw));
          return null;
        },
      ],
      ['__iter__', (self) => iterate(data(self))],
      ['__contains__', (self, args, kw) => contains(data(self), one('__contains__', args, kw))],
      ['__repr__', (self) => repr(data(self))],
      [
        '__or__',
        (self, args, kw) => {
          const other = one('__or__', args, kw);
          if (isUserDict(other)) return make(self, binary('|', data(self), data(other)));
          if (other instanceof PyDict) return make(self, binary('|', data(self), other));
          return NOT_IMPLEMENTED;
        },
      ],
      [
        '__ror__',
        (self, args, kw) => {
          const other = one('__ror__', args, kw);
          if (isUserDict(other)) return make(self, binary('|', data(other), data(self)));
          if (other instanceof PyDict) return make(self, binary('|', other, data(self)));
          return NOT_IMPLEMENTED;
        },
      ],
      [
        '__ior__',
        (self, args, kw) => {
          const other = one('__ior__', args, kw);
          callMethod(data(self), 'update', [isUserDict(other) ? data(other) : other], null);
          return self;
        },
      ],
      [
        'copy',
        (self, args, kw) => {
          if ((kw !== null && kw.size > 0) || args.length !== 0) {
            throw typeError(
              `UserDict.copy() takes 1 positional argument but ${args.length + 1} were given`,
            );
          }
          const d = callMethod(data(self), 'copy', [], null);
          if (self.cls === cls) return make(self, d);
          // A subclass: a shallow copy of the instance (its other attributes shared), with the
          // items stored again through its own methods, as CPython's copy() does.
          const c = new PyInstance(self.cls, newAttrs());
          for (const k of Object.keys(self.attrs)) c.attrs[k] = self.attrs[k];
          c.attrs.data = new PyDict();
          callMethod(c, 'update', [self], null);
          return c;
        },
      ],
    ],
  });
  return cls;
}
