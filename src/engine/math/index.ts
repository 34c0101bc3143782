// Correctly rounded exp, log, pow, sin and cos: the digits CPython prints on Linux (glibc's
// functions are correctly rounded in all but a few cases in ten thousand), which V8's Math
// functions miss by a last bit for several percent of arguments; sinh, cosh, expm1 and tanh
// as glibc evaluates them.
export { exp, log } from './expLog';
export { pow } from './pow';
export { sin, cos, tan } from './sinCos';
export { sinh, cosh } from './hyperbolic';
export { expm1, tanh } from './expm1';
export { log2, log10 } from './logBases';
