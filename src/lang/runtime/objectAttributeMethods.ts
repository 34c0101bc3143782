// object.__setattr__, object.__delattr__ and object.__getattribute__: the default attribute
// behaviour, which a class's own hooks call (`object.__setattr__(self, k, v)`,
// `super().__setattr__(k, v)`) to store, delete or read for real.

import { delAttr, getAttr, setAttr } from './attributes';
import { objectDelAttr, objectGetAttribute, objectSetAttr } from './instances';
import { NativeMethod, PyClass, PyInstance } from './objects';
import { typeName } from './repr';
import { typeError } from './state';
import { OBJECT } from './types';
import type { Kwargs, PyValue } from './values';

function attributeName(method: string, args: PyValue[], kw: Kwargs, count: number): string {
  if (kw !== null && kw.size > 0) throw typeError(`${method}() takes no keyword arguments`);
  if (args.length !== count) {
    throw typeError(`expected ${count} argument${count === 1 ? '' : 's'}, got ${args.length}`);
  }
  const name = args[0];
  if (typeof name !== 'string') {
    throw typeError(`attribute name must be string, not '${typeName(name)}'`);
  }
  return name;
}

function notOnType(self: PyValue, method: string): void {
  if (self instanceof PyClass) throw typeError(`can't apply this ${method} to type object`);
}

OBJECT.dict.set(
  '__setattr__',
  new NativeMethod(
    '__setattr__',
    'object',
    (self: PyValue, args, kw) => {
      const name = attributeName('__setattr__', args, kw, 2);
      notOnType(self, '__setattr__');
      if (self instanceof PyInstance) objectSetAttr(self, name, args[1]);
      else setAttr(self, name, args[1]);
      return null;
    },
    true,
  ),
);
OBJECT.dict.set(
  '__delattr__',
  new NativeMethod(
    '__delattr__',
    'object',
    (self: PyValue, args, kw) => {
      const name = attributeName('__delattr__', args, kw, 1);
      notOnType(self, '__delattr__');
      if (self instanceof PyInstance) objectDelAttr(self, name);
      else delAttr(self, name);
      return null;
    },
    true,
  ),
);
OBJECT.dict.set(
  '__getattribute__',
  new NativeMethod(
    '__getattribute__',
    'object',
    (self: PyValue, args, kw) => {
      const name = attributeName('__getattribute__', args, kw, 1);
      return self instanceof PyInstance ? objectGetAttribute(self, name) : getAttr(self, name);
    },
    true,
  ),
);
