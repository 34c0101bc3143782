// The running call stack as traceback.extract_stack, format_stack and print_stack see it:
// each Python frame from the module's out to the one calling them, at the line it is running
// (CPython 3.11 gives these frames no columns, so no carets show).

import { rt } from '../../runtime/state';
import type { FrameText } from './tracebackFormat';

/** The frames of the running stack, outermost first (C-level levels left out). */
export function currentFrames(): FrameText[] {
  const out: FrameText[] = [];
  for (let d = 0; d <= rt.depth; d++) {
    const name = rt.frameNames[d];
    if (name === null || name === undefined) continue;
    // A frame's position: the call it made into the next level, or the running one.
    const site = d === rt.depth ? rt.pos : rt.callers[d + 1];
    const span = rt.spanOf(site);
    const line = span !== undefined && span.line > 0 ? span.line : null;
    out.push({
      filename: rt.fileName(span?.file),
      lineno: line,
      name,
      original: line === null ? null : rt.sourceLine(span?.file, line),
      endLineno: null,
      colno: null,
      endColno: null,
    });
  }
  return out;
}

/**
 * StackSummary.extract's `limit` over frames walked from the innermost: n >= 0 keeps the
 * innermost n, a negative n the outermost -n (the frames stay outermost first).
 */
export function stackLimited<T>(frames: T[], limit: number | null): T[] {
  if (limit === null) return frames;
  return limit >= 0 ? frames.slice(Math.max(0, frames.length - limit)) : frames.slice(0, -limit);
}
