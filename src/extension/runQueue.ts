// The cells a person runs while another cell of the same notebook still runs (Shift+Enter
// down the notebook, or Run on a later cell): they wait their turn in the order they were
// asked for, each run's events belonging to it alone. A run that fails (an error, Stop, a
// restart, sys.exit) cancels the runs queued behind it, as Jupyter's stop-on-error does, so
// that no cell runs on a state the failed cell did not make. Runs asked for after the failure
// go ahead. A waiting run the person cancels ends at once, without waiting its turn.

/** What a queued run is told when its turn comes. */
export type Turn = 'run' | 'cancelled';

/** The shape of vscode.CancellationToken that the queue needs. */
export interface CancelSignal {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

interface Lane {
  /** Settles when the last run queued so far has ended. */
  tail: Promise<void>;
  /** Bumped by each failure: a run queued before the bump is cancelled. */
  failures: number;
}

export class RunQueue {
  private readonly lanes = new Map<string, Lane>();

  /**
   * Waits for the runs queued before this one on `key`, then calls `body` with 'run', or
   * with 'cancelled' when one of them failed; when `cancel` fires while it waits, `body` is
   * called with 'cancelled' at once. `body` answers whether its run failed (a cancelled turn
   * is no failure; a throw is one).
   */
  async enqueue<T>(
    key: string,
    cancel: CancelSignal,
    body: (turn: Turn) => Promise<{ value: T; failed: boolean }>,
  ): Promise<T> {
    const lane = this.lanes.get(key) ?? { tail: Promise.resolve(), failures: 0 };
    this.lanes.set(key, lane);
    const failuresAtQueue = lane.failures;
    const before = lane.tail;
    let ended!: () => void;
    const mine = new Promise<void>((resolve) => (ended = resolve));
    lane.tail = mine;
    // Assigned at once: a promise's executor runs before the constructor returns.
    let listener!: { dispose(): void };
    const gaveUp = new Promise<'gave up'>((resolve) => {
      listener = cancel.onCancellationRequested(() => resolve('gave up'));
    });
    try {
      const waited = await Promise.race([before.then(() => 'turn' as const), gaveUp]);
      const turn: Turn =
        waited === 'gave up' || cancel.isCancellationRequested || lane.failures !== failuresAtQueue
          ? 'cancelled'
          : 'run';
      let failed = true;
      try {
        const outcome = await body(turn);
        failed = outcome.failed;
        return outcome.value;
      } finally {
        if (failed) lane.failures++;
      }
    } finally {
      listener.dispose();
      // The runs behind this one wait for those before it too, even when it was cancelled early.
      void before.then(() => {
        ended();
        if (lane.tail === mine) this.lanes.delete(key);
      });
    }
  }
}
