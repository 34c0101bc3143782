// typing.NamedTuple: `class P(NamedTuple): x: int; y: float = 0.0` makes the class
// collections.namedtuple would (runtime/namedTuple.ts), with the annotated names as fields,
// their assigned values as defaults, and the rest of the body (methods, properties, the
// docstring) as the class's attributes. `NamedTuple('P', [('x', int)])` is the same class.

import { itemsOf } from '../../runtime/iteration';
import { makeNamedTupleClass } from '../../runtime/namedTuple';
import { PyClass, type ClassMeta } from '../../runtime/objects';
import { typeError } from '../../runtime/state';
import { builtinClass, OBJECT } from '../../runtime/types';
import { PyDict, PyTuple, type Kwargs, type PyValue } from '../../runtime/values';
import { checkedAnnotation } from './typingForwardRef';

/** The fields (annotated names, in order) and their defaults, with CPython's ordering rule. */
function fieldsOf(ns: Map<string, PyValue>): { fields: string[]; defaults: PyValue[] } {
  const annotations = ns.get('__annotations__');
  const fields: string[] = [];
  if (annotations instanceof PyDict) {
    for (const { key } of annotations.map.values()) {
      if (typeof key === 'string') fields.push(key);
    }
  }
  const defaults: PyValue[] = [];
  let firstDefault: string | null = null;
  for (const f of fields) {
    const d = ns.get(f);
    if (d !== undefined) {
      firstDefault ??= f;
      defaults.push(d);
    } else if (firstDefault !== null) {
      throw typeError(
        `Non-default namedtuple field ${f} cannot follow default field ${firstDefault}`,
      );
    }
  }
  return { fields, defaults };
}

function classStatement(name: string, bases: PyValue[], ns: Map<string, PyValue>): PyClass {
  if (bases.length > 1) throw typeError('can only inherit from a NamedTuple type and Generic');
  const { fields, defaults } = fieldsOf(ns);
  const cls = makeNamedTupleClass(name, new PyTuple(fields), new PyTuple(defaults));
  // typing checks each field's type: a string becomes a ForwardRef, None NoneType.
  const annotations = new PyDict();
  const own = ns.get('__annotations__');
  if (own instanceof PyDict) {
    for (const [k, e] of own.map) {
      annotations.map.set(k, { key: e.key, value: checkedAnnotation(e.value, null) });
    }
  }
  ns.set('__annotations__', annotations);
  const taken = new Set(fields);
  for (const [k, v] of ns) {
    // A body without a docstring (its __doc__ None) keeps the namedtuple's `S(a, b)`.
    if (k === '__doc__' && v === null) continue;
    if (!taken.has(k) && (k === '__doc__' || !cls.dict.has(k))) cls.dict.set(k, v);
  }
  return cls;
}

/** `NamedTuple('P', [('x', int), ('y', float)])` or `NamedTuple('P', x=int, y=float)`. */
function functional(args: PyValue[], kw: Kwargs): PyClass {
  const [name, spec] = args;
  if (typeof name !== 'string') {
    throw typeError("NamedTuple() missing 1 required positional argument: 'typename'");
  }
  const annotations = new PyDict();
  const pairs: [PyValue, PyValue][] =
    spec === undefined || spec === null
      ? [...(kw ?? new Map<string, PyValue>())]
      : itemsOf(spec).map((item) => {
          const pair = itemsOf(item);
          if (pair.length !== 2) throw typeError('NamedTuple fields must be (name, type) pairs');
          return [pair[0], pair[1]];
        });
  for (const [k, t] of pairs) {
    if (typeof k !== 'string') throw typeError('Type names and field names must be strings');
    annotations.map.set(k, { key: k, value: t });
  }
  return classStatement(name, [], new Map<string, PyValue>([['__annotations__', annotations]]));
}

const NAMED_TUPLE_META: ClassMeta = {
  type: builtinClass('type'),
  create: classStatement,
  call: (_cls, args, kw) => functional(args, kw),
};

/** typing.NamedTuple: a base for class statements, and a function. */
export function namedTupleBase(): PyClass {
  const cls = new PyClass('NamedTuple', [OBJECT], new Map([['__module__', 'typing']]), null, true);
  cls.mro = [cls, OBJECT];
  cls.meta = NAMED_TUPLE_META;
  return cls;
}
