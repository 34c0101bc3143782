// The `from __future__ import …` features Python 3.11 knows. Every one is already how the
// language behaves (annotations are never evaluated, print is a function, / divides…), so a
// future import only has to name one of them; the parser checks the name and the place, the
// `__future__` module gives each its _Feature record.

/** A release as sys.version_info spells it: (3, 7, 0, 'beta', 1). */
export type Release = readonly [number, number, number, string, number];

export interface FutureFeature {
  readonly name: string;
  /** The first release where the import was accepted. */
  readonly optional: Release;
  /** The release where it became the only behaviour; null for `annotations` (never). */
  readonly mandatory: Release | null;
  /** CPython's compiler flag for it (`_Feature.compiler_flag`). */
  readonly compilerFlag: number;
}

/** In CPython's order (`__future__.all_feature_names`). */
export const FUTURE_FEATURES: readonly FutureFeature[] = [
  feature('nested_scopes', [2, 1, 0, 'beta', 1], [2, 2, 0, 'alpha', 0], 0x10),
  feature('generators', [2, 2, 0, 'alpha', 1], [2, 3, 0, 'final', 0], 0),
  feature('division', [2, 2, 0, 'alpha', 2], [3, 0, 0, 'alpha', 0], 0x20000),
  feature('absolute_import', [2, 5, 0, 'alpha', 1], [3, 0, 0, 'alpha', 0], 0x40000),
  feature('with_statement', [2, 5, 0, 'alpha', 1], [2, 6, 0, 'alpha', 0], 0x80000),
  feature('print_function', [2, 6, 0, 'alpha', 2], [3, 0, 0, 'alpha', 0], 0x100000),
  feature('unicode_literals', [2, 6, 0, 'alpha', 2], [3, 0, 0, 'alpha', 0], 0x200000),
  feature('barry_as_FLUFL', [3, 1, 0, 'alpha', 2], [4, 0, 0, 'alpha', 0], 0x400000),
  feature('generator_stop', [3, 5, 0, 'beta', 1], [3, 7, 0, 'alpha', 0], 0x800000),
  feature('annotations', [3, 7, 0, 'beta', 1], null, 0x1000000),
];

function feature(
  name: string,
  optional: Release,
  mandatory: Release | null,
  compilerFlag: number,
): FutureFeature {
  return { name, optional, mandatory, compilerFlag };
}

/**
 * What is wrong with `from __future__ import name` (CPython's SyntaxError message), or null
 * when the feature is one the language has. `barry_as_FLUFL` would make `<>` the only
 * inequality: the language does not offer that.
 */
export function futureFeatureProblem(name: string): string | null {
  if (name === 'braces') return 'not a chance';
  if (name === 'barry_as_FLUFL') return 'future feature barry_as_FLUFL is not part of tgrad';
  return FUTURE_FEATURES.some((f) => f.name === name)
    ? null
    : `future feature ${name} is not defined`;
}
