// Numbers as hovers and the status bar show them: four decimals like the lecture's `.4f`,
// switching to exponent form where four decimals would hide the value.

export function numberText(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const a = Math.abs(x);
  if (a !== 0 && (a >= 1e6 || a < 1e-4)) return x.toExponential(3).replace('e+', 'e');
  return x.toFixed(4);
}

/** Short form for a status bar: at most 6 significant digits. */
export function shortNumber(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const a = Math.abs(x);
  if (a !== 0 && (a >= 1e6 || a < 1e-4)) return x.toExponential(3).replace('e+', 'e');
  return String(Number(x.toPrecision(6)));
}

/** A one-line preview of text: first line only, at most `max` characters. */
export function clipLine(text: string, max: number): string {
  const firstBreak = text.search(/\r|\n/);
  const line = firstBreak === -1 ? text : `${text.slice(0, firstBreak)} …`;
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}
