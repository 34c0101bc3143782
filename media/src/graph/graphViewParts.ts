// Small helpers of the graph view, kept apart so that graphView.ts stays about the view.
import type { GraphPayload } from '../../../src/kernel/protocol';
import type { Palette } from '../theme/palette';

export function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function fontKey(p: Palette): string {
  return `${p.font}|${p.fontSize}|${p.mono}|${p.monoSize}`;
}

export function graphKey(p: GraphPayload): string {
  return `${p.rootId}:${p.values.length}:${p.totalValues}`;
}
