// types.MappingProxyType(mapping): a read-only live view of a dict (what `C.__dict__` is).
// The runtime's `mappingproxy` class gets its constructor in the importing interpreter only.

import { bindBuiltin } from '../../runtime/args';
import { PyMappingProxy } from '../../runtime/mappingProxy';
import { PyClass } from '../../runtime/objects';
import { rt, typeError } from '../../runtime/state';
import { typeName } from '../../runtime/typeName';
import { builtinClass, typeOf } from '../../runtime/types';
import { PyDict, PyTuple, type Kwargs, type PyValue } from '../../runtime/values';

function makeProxy(args: PyValue[], kw: Kwargs): PyValue {
  if (args.length > 1) {
    throw typeError(`mappingproxy() takes at most 1 argument (${args.length} given)`);
  }
  const [mapping] = bindBuiltin('mappingproxy', ['mapping'], 1, args, kw) as [PyValue];
  const cls = builtinClass('mappingproxy');
  if (mapping instanceof PyDict) return PyMappingProxy.over(mapping, cls);
  const readable =
    typeof mapping === 'string' ||
    (!Array.isArray(mapping) &&
      !(mapping instanceof PyTuple) &&
      !(mapping instanceof PyClass) &&
      typeOf(mapping).lookup('__getitem__') !== undefined);
  if (!readable) {
    throw typeError(`mappingproxy() argument must be a mapping, not ${typeName(mapping)}`);
  }
  // A view through another mapping's own methods is not offered: tgrad's reads dicts.
  throw typeError(`tgrad's mappingproxy() reads dicts only, not ${typeName(mapping)}`);
}

export function mappingProxyClass(): PyClass {
  const cls = builtinClass('mappingproxy');
  if (!rt.constructors.has(cls)) rt.constructors.set(cls, makeProxy);
  return cls;
}
