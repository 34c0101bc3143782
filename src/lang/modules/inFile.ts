// Marks every position of an imported module's syntax tree with the module's file, so
// that errors raised by its code (now, or later from its functions) say where they are.

import type * as A from '../ast';

function mark(node: unknown, file: string, seen: Set<object>): void {
  if (typeof node !== 'object' || node === null || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const x of node) mark(x, file, seen);
    return;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.line === 'number' && typeof record.col === 'number') record.file = file;
  for (const key of Object.keys(record)) mark(record[key], file, seen);
}

export function inFile(module: A.Module, file: string): A.Module {
  mark(module.body, file, new Set());
  return module;
}
