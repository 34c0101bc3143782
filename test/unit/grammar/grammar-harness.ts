// Loads the real TextMate grammar with the same engine VS Code uses (vscode-textmate over
// the oniguruma WASM build), so the tests see exactly the scopes the editor would.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

export interface ScopedToken {
  text: string;
  /** Outermost first, `source.tgrad` included. */
  scopes: string[];
}

/** The repository root, found from this file whether it runs from out/ or from test/. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'syntaxes'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no repository root above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

export const GRAMMAR_PATH = 'syntaxes/tgrad.tmLanguage.json';

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const root = repoRoot();
  const wasm = readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  // loadWASM is once per process; it hands back the same promise when called again.
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.length));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== 'source.tgrad') return null;
      const path = join(root, GRAMMAR_PATH);
      return vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
  });
  const grammar = await registry.loadGrammar('source.tgrad');
  if (grammar === null) throw new Error('source.tgrad did not load');
  return grammar;
}

export function tgradGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= loadGrammar();
  return grammarPromise;
}

/** Tokenizes a whole document line by line, carrying the rule stack as the editor does. */
export async function tokenize(source: string): Promise<ScopedToken[][]> {
  const grammar = await tgradGrammar();
  let stack = vsctm.INITIAL;
  const out: ScopedToken[][] = [];
  for (const line of source.split(/\r\n|\r|\n/)) {
    const result = grammar.tokenizeLine(line, stack, 1000);
    if (result.stoppedEarly) throw new Error(`tokenizing stopped early on: ${line}`);
    stack = result.ruleStack;
    out.push(
      result.tokens
        .filter((t) => t.startIndex < line.length)
        .map((t) => ({
          text: line.slice(t.startIndex, Math.min(t.endIndex, line.length)),
          scopes: t.scopes,
        })),
    );
  }
  return out;
}

/** True when `scope` matches `selector` as a theme would: equal, or a dot-segment prefix. */
export function scopeMatches(scope: string, selector: string): boolean {
  return scope === selector || scope.startsWith(selector + '.');
}

/**
 * The scope lists of every token overlapping the `occurrence`-th appearance of `needle`
 * on line `lineIndex` (0-based). Throws when the needle is not on the line.
 */
export function scopesOf(
  doc: ScopedToken[][],
  lineIndex: number,
  needle: string,
  occurrence = 0,
): string[][] {
  const tokens = doc[lineIndex];
  if (tokens === undefined) throw new Error(`no line ${lineIndex}`);
  const text = tokens.map((t) => t.text).join('');
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${occurrence}) not found in: ${text}`);
  }
  const end = at + needle.length;
  const found: string[][] = [];
  let pos = 0;
  for (const t of tokens) {
    const tEnd = pos + t.text.length;
    if (tEnd > at && pos < end) found.push(t.scopes);
    pos = tEnd;
  }
  return found;
}

/** Human-readable token dump, used in assertion messages. */
export function describeLine(tokens: ScopedToken[]): string {
  return tokens
    .map(
      (t) => `${JSON.stringify(t.text)} ${t.scopes.filter((s) => s !== 'source.tgrad').join(' ')}`,
    )
    .join('\n');
}
