// The tgrad language: cells, parsing, the interpreter and the text of values. This is what
// the kernel, the CLI and the editor use.
export {
  splitCells,
  joinCells,
  isCellMarker,
  cellMarker,
  markdownSource,
  type Cell,
  type CellKind,
} from './cells';
export { TgradError, type TgradErrorKind, type Span } from './errors';
export { parseModule, MAX_EXPRESSION_DEPTH } from './parser';
export { checkSyntax, parseCell, type ParsedCell } from './checkSyntax';
export {
  Interpreter,
  type CellOutcome,
  type InterpreterLimits,
  type RunStatus,
} from './interpreter';
export type { RunHost, BoundaryData } from './host';
export { repr, str, typeName } from './repr';
export type { PyValue } from './runtime/values';
