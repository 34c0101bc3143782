// The digits CPython prints on Linux, which V8's Math functions miss by a last bit for several
// percent of arguments: exp, log and pow computed as glibc computes them (last bits included),
// sin and cos correctly rounded (glibc's are in all but about one case in a thousand); sinh,
// cosh, expm1 and tanh as glibc evaluates them.
export { exp, log } from './expLog';
export { pow } from './pow';
export { sin, cos, tan } from './sinCos';
export { sinh, cosh } from './hyperbolic';
export { expm1, tanh } from './expm1';
export { log2, log10 } from './logBases';
export { cbrt } from './cbrt';
