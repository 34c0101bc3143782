// Functions compiled before a debug run (in earlier cells, in imported modules) have plain
// bodies. For as long as a debug run lasts, each gets a hooked body (compiled on first need,
// from the syntax it was compiled from) so breakpoints in them stop; afterwards the plain
// body is back and plain runs pay nothing.

import type { FunctionCode } from '../runtime/values';
import type { DebugHooks, DebugRecompile } from './hooks';

interface Entry {
  code: WeakRef<FunctionCode>;
  recompile: DebugRecompile;
  /** The hooked body, for the hooks it was compiled with. */
  hooked: { hooks: DebugHooks; body: FunctionCode['body'] } | null;
}

export class BodySwap {
  private entries: Entry[] = [];
  private pruneAt = 256;

  add(code: FunctionCode, recompile: DebugRecompile): void {
    this.entries.push({ code: new WeakRef(code), recompile, hooked: null });
    if (this.entries.length >= this.pruneAt) {
      this.prune();
      this.pruneAt = Math.max(256, this.entries.length * 2);
    }
  }

  /** Puts hooked bodies in place; returns what puts the plain ones back. */
  swapIn(hooks: DebugHooks): () => void {
    this.prune();
    const restore: [FunctionCode, FunctionCode['body']][] = [];
    for (const entry of this.entries) {
      const code = entry.code.deref();
      if (code === undefined) continue;
      if (entry.hooked?.hooks !== hooks) {
        entry.hooked = { hooks, body: entry.recompile(hooks) };
      }
      restore.push([code, code.body]);
      code.body = entry.hooked.body;
    }
    return () => {
      for (const [code, body] of restore) code.body = body;
    };
  }

  private prune(): void {
    this.entries = this.entries.filter((e) => e.code.deref() !== undefined);
  }
}
