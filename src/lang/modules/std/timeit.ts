// timeit: Timer, timeit() and repeat() over a function (the statement) and an optional setup
// function, as CPython's Timer runs them: setup once, the timer read, the statement `number`
// times, the timer read again, with gc disabled meanwhile. CPython compiles a statement given
// as text with exec(), which a ToyGrad program cannot use: a text other than `pass` is refused.

import { defineAll } from '../../builtins/core';
import { bindArgs, indexArg } from '../../runtime/args';
import { binary } from '../../runtime/arith';
import { callValue, isCallable } from '../../runtime/call';
import { order } from '../../runtime/equality';
import type { PyInstance } from '../../runtime/objects';
import { fail } from '../../runtime/state';
import { truthy } from '../../runtime/truth';
import { PyTuple, type Kwargs, type PyValue } from '../../runtime/values';
import type { StdContext } from './context';
import { nativeClass } from './nativeClass';

const DEFAULT_NUMBER = 1_000_000n;
const DEFAULT_REPEAT = 5n;
/** autorange stops at the first number of loops that takes this long (seconds). */
const AUTORANGE_SECONDS = 0.2;
/** How many runs of the statement between two checks for a stop request. */
const POLL_EVERY = 1024;

/** A statement or setup: a function to call, or null for a text that does nothing. */
type Step = PyValue | null;

/** Text that compiles to nothing but `pass`: the defaults, and blank text. */
function isNoOp(text: string): boolean {
  return text.split(/[\n;]/).every((part) => ['', 'pass'].includes(part.trim()));
}

function step(what: 'stmt' | 'setup', v: PyValue): Step {
  if (typeof v === 'string') {
    if (isNoOp(v)) return null;
    throw fail(
      'NotImplementedError',
      `timeit cannot run a ${what} given as text in ToyGrad (CPython runs it with exec, which a ToyGrad program cannot use): pass a function instead, as timeit.timeit(f, number=1000)`,
    );
  }
  if (isCallable(v)) return v;
  throw fail('ValueError', `${what} is neither a string nor callable`);
}

/** An argument, or its default when it was left out (None is a value given: `??` would not do). */
function given(v: PyValue | undefined, otherwise: PyValue): PyValue {
  return v === undefined ? otherwise : v;
}

interface TimerState {
  stmt: Step;
  setup: Step;
}

export function timeitModule(s: StdContext): Map<string, PyValue> {
  // As CPython's timeit: its default timer is time.perf_counter itself, and it pauses gc.
  const defaultTimer = s.standard('time').ns.lookup('perf_counter')!;
  const gc = s.standard('gc').ns;
  const gcCall = (name: string): PyValue => callValue(gc.lookup(name)!, [], null);
  const states = new WeakMap<PyInstance, TimerState>();

  const stateOf = (self: PyInstance): TimerState => {
    const st = states.get(self);
    // A subclass whose __init__ never called Timer's: CPython's Timer has no `inner` then.
    if (st === undefined) throw fail('AttributeError', "'Timer' object has no attribute 'inner'");
    return st;
  };

  /** CPython's Timer.inner: setup, then the statement `number` times between two timer reads. */
  function inner(self: PyInstance, number: bigint): PyValue {
    const st = stateOf(self);
    const timer = given(self.attrs.timer, defaultTimer);
    if (st.setup !== null) callValue(st.setup, [], null);
    const t0 = callValue(timer, [], null);
    const stmt = st.stmt;
    for (let i = 0n; i < number; i++) {
      if (stmt !== null) callValue(stmt, [], null);
      if (i % BigInt(POLL_EVERY) === 0n && s.ctx.mustStop()) s.ctx.stopNow();
    }
    const t1 = callValue(timer, [], null);
    return binary('-', t1, t0);
  }

  function timeit(self: PyInstance, number: PyValue | undefined): PyValue {
    const n = number === undefined ? DEFAULT_NUMBER : indexArg(number);
    const wasEnabled = truthy(gcCall('isenabled'));
    gcCall('disable');
    try {
      return inner(self, n);
    } finally {
      if (wasEnabled) gcCall('enable');
    }
  }

  function repeat(self: PyInstance, times: PyValue | undefined, number: PyValue | undefined) {
    const r = times === undefined ? DEFAULT_REPEAT : indexArg(times);
    const out: PyValue[] = [];
    for (let i = 0n; i < r; i++) out.push(timeit(self, number));
    return out;
  }

  function init(self: PyInstance, args: PyValue[], kw: Kwargs): void {
    const [stmt, setup, timer] = bindArgs(
      'Timer.__init__',
      ['stmt', 'setup', 'timer', 'globals'],
      0,
      args,
      kw,
    );
    self.attrs.timer = given(timer, defaultTimer);
    // CPython checks the setup first.
    const setupStep = step('setup', given(setup, 'pass'));
    states.set(self, { stmt: step('stmt', given(stmt, 'pass')), setup: setupStep });
  }

  const TIMER = nativeClass({
    name: 'Timer',
    module: 'timeit',
    init,
    methods: [
      ['timeit', (self, args, kw) => timeit(self, bindArgs('timeit', ['number'], 0, args, kw)[0])],
      [
        'repeat',
        (self, args, kw) => {
          const [times, number] = bindArgs('repeat', ['repeat', 'number'], 0, args, kw);
          return repeat(self, times, number);
        },
      ],
      [
        'autorange',
        (self, args, kw) => {
          const [callback] = bindArgs('autorange', ['callback'], 0, args, kw);
          // 1, 2, 5, 10, 20, 50… loops until one run takes at least 0.2 s.
          for (let i = 1n; ; i *= 10n) {
            for (const j of [1n, 2n, 5n]) {
              const number = i * j;
              const taken = timeit(self, number);
              if (callback !== undefined && truthy(callback)) {
                callValue(callback, [number, taken], null);
              }
              if (order('>=', taken, AUTORANGE_SECONDS)) return new PyTuple([number, taken]);
            }
          }
        },
      ],
    ],
  });

  const m = new Map<string, PyValue>();
  m.set('Timer', TIMER);
  m.set('default_timer', defaultTimer);
  m.set('default_number', DEFAULT_NUMBER);
  m.set('default_repeat', DEFAULT_REPEAT);
  /** The Timer that timeit.timeit and timeit.repeat make, as CPython's do. */
  const timerOf = (stmt?: PyValue, setup?: PyValue, timer?: PyValue) =>
    callValue(
      TIMER,
      [given(stmt, 'pass'), given(setup, 'pass'), given(timer, defaultTimer)],
      null,
    ) as PyInstance;
  defineAll(m, [
    [
      'timeit',
      (args, kw) => {
        const [stmt, setup, timer, number] = bindArgs(
          'timeit',
          ['stmt', 'setup', 'timer', 'number', 'globals'],
          0,
          args,
          kw,
        );
        return timeit(timerOf(stmt, setup, timer), number);
      },
    ],
    [
      'repeat',
      (args, kw) => {
        const [stmt, setup, timer, times, number] = bindArgs(
          'repeat',
          ['stmt', 'setup', 'timer', 'repeat', 'number', 'globals'],
          0,
          args,
          kw,
        );
        return repeat(timerOf(stmt, setup, timer), times, number);
      },
    ],
  ]);
  return m;
}
