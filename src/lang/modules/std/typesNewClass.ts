// types.new_class(name, bases=(), kwds=None, exec_body=None): a class made as a class
// statement would make it, with the metaclass chosen and its namespace prepared the same way
// (metaclasses.ts), and `exec_body(ns)` standing for the body.

import { bindBuiltin } from '../../runtime/args';
import { callValue } from '../../runtime/call';
import { itemsOf } from '../../runtime/iteration';
import { prepareNamespace, winningMetaclass } from '../../runtime/metaclasses';
import { PyClass } from '../../runtime/objects';
import { typeError } from '../../runtime/state';
import { builtinClass, typeOf } from '../../runtime/types';
import { Builtin, PyDict, PyTuple, type Kwargs, type PyValue } from '../../runtime/values';

/** `kwds` as the keywords of the class statement it stands for. */
function keywordsOf(kwds: PyValue | undefined): Map<string, PyValue> {
  const out = new Map<string, PyValue>();
  if (kwds === undefined || kwds === null) return out;
  if (!(kwds instanceof PyDict)) throw typeError('new_class() kwds must be a dict');
  for (const { key, value } of kwds.map.values()) {
    if (typeof key !== 'string') throw typeError('keywords must be strings');
    out.set(key, value);
  }
  return out;
}

export const NEW_CLASS = new Builtin('new_class', (args: PyValue[], kw: Kwargs) => {
  const [name, bases, kwds, execBody] = bindBuiltin(
    'new_class',
    ['name', 'bases', 'kwds', 'exec_body'],
    1,
    args,
    kw,
  );
  const bs = bases === undefined ? [] : itemsOf(bases).slice();
  const keywords = keywordsOf(kwds);
  let meta = keywords.get('metaclass');
  keywords.delete('metaclass');
  if (meta === undefined) meta = bs.length > 0 ? typeOf(bs[0]) : builtinClass('type');
  if (meta instanceof PyClass) meta = winningMetaclass(meta, bs);
  const kwargs = keywords.size > 0 ? keywords : null;
  const ns = prepareNamespace(meta, String(name), bs, kwargs);
  if (execBody !== undefined && execBody !== null) callValue(execBody, [ns], null);
  return callValue(meta, [name!, new PyTuple(bs), ns], kwargs);
});
