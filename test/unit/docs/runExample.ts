// Runs a program the way `tgrad run FILE [options]` does (its code cells in order, in one
// session, stopping at the first failing cell; with --cell N the cells above N run
// silently) but in an in-process kernel Session, and renders what the CLI would print,
// stdout and stderr as one stream, with the CLI's own diagnostic format.

import { parseArgs } from '../../../src/cli/args';
import { diagnosticText } from '../../../src/cli/diagnosticText';
import { splitCells } from '../../../src/kernel/documentModel';
import type { KernelEvent } from '../../../src/kernel/protocol';
import { Session } from '../../../src/kernel/session';

/** The file name examples are shown as having (as in `tgrad run example.tgrad`). */
export const EXAMPLE_FILE = 'example.tgrad';

/**
 * What `tgrad run example.tgrad ...options` prints for `code`. `maxRunMillis` caps the run
 * time below the command's, so that a test of a program that hangs ends in bounded time.
 */
export function runLikeCli(
  code: string,
  options: readonly string[] = [],
  maxRunMillis = Number.POSITIVE_INFINITY,
): string {
  const command = parseArgs(['run', EXAMPLE_FILE, ...options]);
  if (command.kind !== 'run') throw new Error(`not options of 'tgrad run': ${options.join(' ')}`);
  const lines = code.split('\n');
  const cells = splitCells(code).filter((c) => c.kind === 'code' && c.hasCode);
  if (command.cell !== null && command.cell > cells.length) {
    throw new Error(`the example has ${cells.length} code cells; there is no cell ${command.cell}`);
  }
  let out = '';
  let quiet = false;
  let failed = false;
  const emit = (event: KernelEvent): void => {
    switch (event.type) {
      case 'stdout':
        if (!quiet) out += event.text;
        return;
      case 'result':
        if (!quiet) out += `${event.text}\n`;
        return;
      case 'warning':
        out += diagnosticText(EXAMPLE_FILE, lines, event, `warning: ${event.message}`);
        return;
      case 'error':
        failed = true;
        out += diagnosticText(
          EXAMPLE_FILE,
          lines,
          event.error,
          `${event.error.kind}: ${event.error.message}`,
        );
        return;
      default:
        return;
    }
  };
  const session = new Session({
    emit,
    maxGraphNodes: command.maxNodes,
    maxRunMillis: Math.min(command.maxSeconds * 1000, maxRunMillis),
  });
  const last = command.cell ?? cells.length;
  for (let i = 0; i < last && !failed; i++) {
    quiet = command.cell !== null && i < last - 1;
    session.handle({
      type: 'run',
      runId: i + 1,
      cellId: String(i + 1),
      code: cells[i].body,
      firstLine: cells[i].firstLine,
    });
  }
  return out;
}
