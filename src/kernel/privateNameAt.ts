// The name a hover looks up for an identifier written at a line of a file: inside a class
// body, and in every function nested in it, a private name `__x` stands for `_Class__x`, as
// CPython compiles it (lang/compile/privateNames.ts does the same for the program). A line
// scan by indentation, no parse: it must answer while the file does not parse; lines inside
// brackets or strings that span lines can mislead it, as they would a reader skimming.

import { mangle, manglingPrefix } from '../lang/runtime/privateName';

const CLASS_HEADER = /^class\s+([A-Za-z_][A-Za-z0-9_]*)/;

/** The innermost class whose body holds `line` (0-based), or null outside any class. */
export function enclosingClassName(
  lineText: (line: number) => string,
  line: number,
): string | null {
  const here = lineText(line);
  let indent = here.length - here.trimStart().length;
  for (let i = line - 1; i >= 0 && indent > 0; i--) {
    const text = lineText(i);
    const trimmed = text.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const at = text.length - trimmed.length;
    if (at >= indent) continue;
    indent = at;
    const header = CLASS_HEADER.exec(trimmed);
    if (header !== null) return header[1];
  }
  return null;
}

/** `name` as the program binds it when written at `line`: mangled inside a class. */
export function boundNameAt(
  lineText: (line: number) => string,
  line: number,
  name: string,
): string {
  // Only a private-looking name can change: the scan is skipped for every other hover.
  if (!name.startsWith('__') || name.endsWith('__')) return name;
  const cls = enclosingClassName(lineText, line);
  return cls === null ? name : mangle(manglingPrefix(cls), name);
}
