import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What Python gave: the text, or the exception it raised. */
export type Expected = string | { error: string; message: string };

export interface Cases {
  python: string;
  floatRepr: [string, string][];
  formatFloat: [string, string, Expected][];
  formatInt: [string, string, Expected][];
  formatBool: [boolean, string, Expected][];
  strRepr: [string, string][];
  formatStr: [string, string, Expected][];
  intRepr: [string, Expected][];
}

/** The fixture stays in the source tree; the compiled test finds it from wherever it runs. */
export function loadCases(): Cases {
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    const file = join(dir, 'test', 'unit', 'format', 'cases.json');
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Cases;
  }
  throw new Error('test/unit/format/cases.json not found above ' + __dirname);
}

/** A float from its Python repr. */
export function pyFloat(text: string): number {
  if (text === 'nan') return NaN;
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  return Number(text);
}

/** An int from the fixture's decimal (or, past 4300 digits, '0x') text. */
export function pyInt(text: string): bigint {
  return text.startsWith('-') ? -BigInt(text.slice(1)) : BigInt(text);
}
