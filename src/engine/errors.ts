/** The kinds of error the engine raises; the language reports them under the same names. */
export type EngineErrorKind =
  'ZeroDivisionError' | 'ValueError' | 'OverflowError' | 'TypeError' | 'LimitError' | 'IndexError';

/** An error a learner can cause through the engine (bad math, a cap reached, a wrong shape). */
export class EngineError extends Error {
  constructor(
    readonly kind: EngineErrorKind,
    message: string,
  ) {
    super(message);
    this.name = kind;
  }
}

/** Python's `str(float)` for the plain cases an engine message needs (`2.0`, `-0.5`). */
export function showNumber(x: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
  return Number.isInteger(x) && Math.abs(x) < 1e16 ? x.toFixed(1) : String(x);
}
