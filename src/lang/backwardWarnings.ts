// The warning a backward pass gives when a gradient came out NaN or infinite: once per node
// site and at most MAX_WARNINGS a run, so that a training loop gone wrong says so without
// flooding the output.

import type { BackwardReport } from '../engine';
import type { Span } from './errors';

const MAX_WARNINGS = 10;

export class BackwardWarnings {
  private count = 0;
  private readonly sites = new Set<number>();

  constructor(
    private readonly warn: (message: string, line: number, col: number) => void,
    /** Where a site is in the source, for the node's line. */
    private readonly position: (site: number) => Span | undefined,
    /** The running position, for a node made where no site was recorded. */
    private readonly running: () => Span | undefined,
  ) {}

  /** A new run warns afresh. */
  reset(): void {
    this.count = 0;
    this.sites.clear();
  }

  report(report: BackwardReport): void {
    if (report.nonFinite.length === 0) return;
    const node = report.nonFinite[0];
    if (this.count >= MAX_WARNINGS || this.sites.has(node.site)) return;
    this.count++;
    this.sites.add(node.site);
    const what =
      node.label !== ''
        ? `'${node.label}'`
        : node.op !== ''
          ? `a '${node.op}' node`
          : 'a leaf Value';
    const kind = Number.isNaN(node.grad) ? 'nan' : 'infinite';
    const where = this.position(node.site) ?? this.running();
    this.warn(
      `backward(): the gradient of ${what} is ${kind}` +
        (where !== undefined && node.site !== 0
          ? ` (that node was made on line ${where.line})`
          : ''),
      where?.line ?? 0,
      where?.col ?? 0,
    );
  }
}
