// Python's repr(), str() and type names of program values, for the kernel's hovers and output.
export { repr, str, typeName } from './runtime/repr';
