// Loss curves as CSV, every point at full precision (what a learner pastes into a notebook or
// a spreadsheet).
import type { StoredSeries } from './seriesStore';

/** A CSV field; program-given names that a spreadsheet would run as a formula are defused. */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function lossCsv(series: readonly StoredSeries[]): string {
  const lines = ['run,name,step,value'];
  for (const s of series) {
    const name = csvField(s.name);
    const run = csvField(s.run);
    for (let i = 0; i < s.length; i++) lines.push(`${run},${name},${s.steps[i]},${s.values[i]}`);
  }
  return lines.join('\n') + '\n';
}
