// The `__future__` module: one _Feature record per feature, as `import __future__` shows them
// (`_Feature((3, 7, 0, 'beta', 1), None, 16777216)`). What a future import does is the
// parser's (futureFeatures.ts): every feature is already how the language behaves.

import { FUTURE_FEATURES, type Release } from '../../futureFeatures';
import { exactArgs } from '../../runtime/args';
import { NativeMethod, newAttrs, PyInstance } from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { builtinClass } from '../../runtime/types';
import { PyTuple, type PyValue } from '../../runtime/values';

const FEATURE = builtinClass('_Feature');
FEATURE.dict.set('__module__', '__future__');
FEATURE.dict.set(
  '__repr__',
  new NativeMethod('__repr__', '_Feature', (self: PyValue) => {
    const attrs = (self as PyInstance).attrs;
    const parts = [attrs.optional, attrs.mandatory, attrs.compiler_flag].map((v) => repr(v));
    return `_Feature(${parts.join(', ')})`;
  }),
);
for (const [method, attr] of [
  ['getOptionalRelease', 'optional'],
  ['getMandatoryRelease', 'mandatory'],
] as const) {
  FEATURE.dict.set(
    method,
    new NativeMethod(method, '_Feature', (self: PyValue, args, kw) => {
      exactArgs(method, 0, args, kw);
      return (self as PyInstance).attrs[attr];
    }),
  );
}

function releaseTuple(r: Release): PyTuple {
  return new PyTuple([BigInt(r[0]), BigInt(r[1]), BigInt(r[2]), r[3], BigInt(r[4])]);
}

export function futureModule(): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  for (const f of FUTURE_FEATURES) {
    const attrs = newAttrs();
    attrs.optional = releaseTuple(f.optional);
    attrs.mandatory = f.mandatory === null ? null : releaseTuple(f.mandatory);
    attrs.compiler_flag = BigInt(f.compilerFlag);
    m.set(f.name, new PyInstance(FEATURE, attrs));
  }
  m.set(
    'all_feature_names',
    FUTURE_FEATURES.map((f) => f.name),
  );
  return m;
}
