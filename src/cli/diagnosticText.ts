// Errors and warnings as compilers print them: `FILE:LINE:COL: Kind: message`, then the
// source line and a caret under the column, so a learner sees where without a stack trace.

export interface Located {
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
}

export function diagnosticText(
  file: string,
  lines: readonly string[],
  where: Located,
  heading: string,
): string {
  if (where.line < 1 || where.line > lines.length) return `${file}: ${heading}\n`;
  const source = lines[where.line - 1].replace(/\r$/, '');
  const col = Math.max(1, where.col);
  const sameLine = where.endLine === undefined || where.endLine === where.line;
  const end = sameLine && where.endCol !== undefined && where.endCol > col ? where.endCol : col + 1;
  const width = Math.max(1, Math.min(end, source.length + 1) - col);
  // Keep tabs in the padding so the caret lines up under tab-indented code.
  const pad = source.slice(0, col - 1).replace(/[^\t]/g, ' ');
  return `${file}:${where.line}:${col}: ${heading}\n    ${source}\n    ${pad}${'^'.repeat(width)}\n`;
}
