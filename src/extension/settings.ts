// The extension's settings (contributes.configuration in package.json), read in one place
// with the same defaults package.json declares.
import * as vscode from 'vscode';

export type LensKind = 'runForward' | 'runBackward' | 'debugCell' | 'graph' | 'runAbove';

export const ALL_LENSES: readonly LensKind[] = [
  'runForward',
  'runBackward',
  'debugCell',
  'graph',
  'runAbove',
];

export interface Settings {
  inlineValues: boolean;
  maxGraphNodes: number;
  maxRunSeconds: number;
  /** Biggest file a program may open or import, in megabytes. */
  maxFileMegabytes: number;
  lenses: readonly LensKind[];
  maxVisibleNodes: number;
}

export const SECTION = 'toygrad';

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const lenses = c.get<unknown>('codeLens.show');
  return {
    inlineValues: c.get<boolean>('inlineValues.enabled', true),
    maxGraphNodes: Math.floor(positive(c.get<number>('maxGraphNodes'), 5_000_000)),
    maxRunSeconds: positive(c.get<number>('maxRunSeconds'), 600),
    maxFileMegabytes: positive(c.get<number>('maxFileMegabytes'), 50),
    lenses: Array.isArray(lenses) ? ALL_LENSES.filter((k) => lenses.includes(k)) : ALL_LENSES,
    maxVisibleNodes: Math.floor(positive(c.get<number>('graph.maxVisibleNodes'), 2000)),
  };
}

/**
 * How many Values a Graph request may bring back: more than the panel draws at once, so it
 * can open groups without asking again, but bounded so a 65k-node step stays a quick message.
 */
export function graphRequestSize(s: Settings): number {
  return Math.max(10_000, s.maxVisibleNodes * 5);
}
