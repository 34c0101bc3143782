// The Ellipsis singleton, the value of `...`: an abstract method's body (`def f(self): ...`)
// and a stub's. Its repr is its name, as NotImplemented's is.

import { NativeMethod, newAttrs, PyInstance } from './objects';
import { builtinClass } from './types';

const ELLIPSIS_TYPE = builtinClass('ellipsis');
ELLIPSIS_TYPE.dict.set('__repr__', new NativeMethod('__repr__', 'ellipsis', () => 'Ellipsis'));

export const ELLIPSIS = new PyInstance(ELLIPSIS_TYPE, newAttrs());
