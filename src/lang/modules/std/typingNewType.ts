// typing.NewType(name, tp): a callable that gives back its argument, for a type checker's
// distinct names (`UserId = NewType('UserId', int)`); it shows as `__main__.UserId`.

import { bindMethodArgs } from '../../runtime/args';
import type { PyClass, PyInstance } from '../../runtime/objects';
import { typeError } from '../../runtime/state';
import { nativeClass } from './nativeClass';

let cls: PyClass | null = null;

function qualified(self: PyInstance): string {
  const { __module__: module, __qualname__: name } = self.attrs;
  return `${typeof module === 'string' ? module : '__main__'}.${typeof name === 'string' ? name : ''}`;
}

export function newTypeClass(): PyClass {
  cls ??= nativeClass({
    name: 'NewType',
    module: 'typing',
    init(self, args, kw) {
      const [name, tp] = bindMethodArgs('NewType.__init__', ['name', 'tp'], 2, args, kw);
      if (typeof name !== 'string') {
        throw typeError(`NewType.__init__() argument 'name' must be str, not ${typeof name}`);
      }
      const dot = name.lastIndexOf('.');
      self.attrs.__qualname__ = name;
      self.attrs.__name__ = dot >= 0 ? name.slice(dot + 1) : name;
      self.attrs.__supertype__ = tp!;
      self.attrs.__module__ = '__main__';
    },
    methods: [
      [
        '__call__',
        // CPython's __call__ is typing's C helper _idfunc, whose messages these are.
        (_self, args, kw) => {
          if (kw !== null && kw.size > 0) {
            throw typeError('_typing._idfunc() takes no keyword arguments');
          }
          if (args.length !== 1) {
            throw typeError(`_typing._idfunc() takes exactly one argument (${args.length} given)`);
          }
          return args[0];
        },
      ],
      ['__repr__', (self) => qualified(self)],
    ],
  });
  return cls;
}
