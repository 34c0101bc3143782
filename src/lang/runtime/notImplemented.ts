// The NotImplemented singleton's object (its repr is its name).

import { NativeMethod, newAttrs, PyInstance, type PyClass } from './objects';

export function newAttrsInstance(cls: PyClass): PyInstance {
  cls.dict.set('__repr__', new NativeMethod('__repr__', cls.name, () => 'NotImplemented'));
  return new PyInstance(cls, newAttrs());
}
