// What the editor needs from the language without running anything: the cells of a file
// (from the markers alone, so lenses never jump while the file does not parse) and its
// syntax errors. The extension imports these from here, never from src/lang.
export { splitCells, joinCells, isCellMarker, type Cell, type CellKind } from '../lang/cells';
export { checkSyntax } from '../lang/checkSyntax';
export { tabRuleOf } from '../lang/lexer';
export type { TgradError } from '../lang/errors';
