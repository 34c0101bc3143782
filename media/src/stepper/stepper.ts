// The backward (and forward) stepper of the Graph tab. It asks the kernel for the pass's
// steps (the order at once, the text a chunk at a time), lays a timeline over what the
// graph draws (stepTimeline.ts) and moves through it: each move marks the nodes done,
// current and to come, lights the current node's edges, shows its update and highlights
// the line that made it in the editor. A move repaints only the stepper's layer over the
// picture (stepOverlay.ts), once per animation frame however fast the scrub bar fires; when
// the current node nears the view's sides, the view glides to it (graph/canvasGlide.ts: the
// picture is shifted, and drawn again by vis only once the moves rest).
import type { PassStep, StepMode, StepsAnswer } from '../../../src/kernel/protocol';
import type { PanelHost } from '../host';
import type { StepMark } from './paintStepMark';
import { StepperBar } from './stepperBar';
import type { StepSurface } from './stepSurface';
import { buildTimeline, type Timeline } from './stepTimeline';
import { unitLines } from './unitText';

/** Steps asked for at once (the kernel sends at most this many per answer). */
export const STEP_CHUNK = 2000;
/** The editor follows only once the move rests this long. */
const REVEAL_DELAY_MS = 150;
/** The view follows when the current node comes this close to its sides (of its size). */
const FOLLOW_MARGIN = 0.08;

export interface StepperInspection {
  active: boolean;
  mode: StepMode | null;
  total: number;
  units: number;
  current: number;
  node: string | null;
  text: string;
  playing: boolean;
  marks: { done: number; current: number; todo: number };
  /**
   * Since the timeline was laid (stepping started, or a group opened): moves applied, the
   * slowest move (ms: text, position), the slowest paint of the stepper's layer, the glides
   * of the view to follow the current node and the slowest redraw of the whole picture that
   * ended one (once the moves rested).
   */
  moves: number;
  maxMoveMs: number;
  maxPaintMs: number;
  follows: number;
  maxFollowMs: number;
}

export class Stepper {
  readonly bar: StepperBar;
  private mode: StepMode | null = null;
  private rootId = 0;
  private total = 0;
  private order: number[] = [];
  /** The kernel's warning that the numbers do not give the grads shown (StepsAnswer.note). */
  private note: string | null = null;
  private timeline: Timeline | null = null;
  private timelineOf: StepSurface['visible'] | null = null;
  private current = 0;
  private readonly chunks = new Map<number, PassStep[]>();
  private readonly asked = new Set<number>();
  private inEdges = new Map<string, number[]>();
  private playing: ReturnType<typeof setInterval> | null = null;
  private stepsPerSecond = 2;
  private frame = 0;
  private revealTimer: ReturnType<typeof setTimeout> | null = null;
  private moves = 0;
  private maxMoveMs = 0;
  private maxPaintMs = 0;
  private follows = 0;
  private maxFollowMs = 0;
  private readonly mark = (drawn: string): StepMark | null => {
    const timeline = this.timeline;
    if (timeline === null) return null;
    // An operation node (`o12`) is part of its Value's step (`v12`).
    const id = drawn.startsWith('o') ? `v${drawn.slice(1)}` : drawn;
    const u = timeline.unitOfNode.get(id);
    if (u !== undefined) return u < this.current ? 'done' : u === this.current ? 'current' : 'todo';
    // A node without a step of its own is done once the last push into it has happened.
    const last = timeline.finalAt.get(id);
    if (last === undefined) return null;
    return last <= this.current ? 'done' : 'todo';
  };

  constructor(
    private readonly host: PanelHost,
    private readonly surface: () => StepSurface | null,
  ) {
    this.bar = new StepperBar({
      start: (mode) => this.start(mode),
      go: (unit) => this.go(unit),
      step: (delta) => this.go(this.current + delta),
      togglePlay: () => this.togglePlay(),
      speed: (s) => this.setSpeed(s),
      close: () => this.stop(),
    });
    this.bar.element.addEventListener('keydown', (e) => this.onKey(e));
    this.bar.setAvailable(false);
  }

  get active(): boolean {
    return this.mode !== null;
  }

  /** The graph was drawn again: a new graph ends stepping; an opened group re-lays the timeline. */
  onRendered(): void {
    const s = this.surface();
    this.bar.setAvailable(s !== null);
    if (!this.active) return;
    if (s === null || s.model.payload.rootId !== this.rootId) {
      this.stop();
      return;
    }
    if (this.timeline !== null && s.visible !== this.timelineOf) {
      const step = this.currentStep();
      this.layTimeline(s);
      const at = this.timeline.units.findIndex((u) => u.steps.includes(step));
      this.go(Math.max(0, at), true);
    }
  }

  /** Keys on the picture while stepping: ← →, Space, Home, End, Escape. */
  onKey(e: KeyboardEvent): boolean {
    if (!this.active) return false;
    const units = this.timeline?.units.length ?? 0;
    switch (e.key) {
      case 'ArrowLeft':
        this.go(this.current - 1);
        break;
      case 'ArrowRight':
        this.go(this.current + 1);
        break;
      case 'Home':
        this.go(0);
        break;
      case 'End':
        this.go(units - 1);
        break;
      case ' ':
        if (e.target instanceof HTMLButtonElement || e.target instanceof HTMLSelectElement)
          return false;
        this.togglePlay();
        break;
      case 'Escape':
        this.stop();
        break;
      default:
        return false;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    return true;
  }

  start(mode: StepMode): void {
    const s = this.surface();
    if (s === null) return;
    this.stop();
    this.mode = mode;
    this.rootId = s.model.payload.rootId;
    this.current = 0;
    this.bar.setActive(true);
    this.bar.setText(['Asking the session for the steps…']);
    this.ask(0);
    s.stage.addEventListener('keydown', this.stageKey, { capture: true });
    // The start button hides: the keys (← →) go to the picture.
    s.stage.focus({ preventScroll: true });
  }

  stop(): void {
    this.pause();
    const s = this.surface();
    s?.stage.removeEventListener('keydown', this.stageKey, { capture: true });
    if (this.mode !== null) s?.canvas.setStepMarks(null, []);
    this.mode = null;
    this.timeline = null;
    this.timelineOf = null;
    this.order = [];
    this.total = 0;
    this.note = null;
    this.chunks.clear();
    this.asked.clear();
    this.bar.setActive(false);
  }

  private readonly stageKey = (e: KeyboardEvent): void => {
    this.onKey(e);
  };

  /** An answer from the kernel (through the extension). */
  receive(answer: StepsAnswer): void {
    if (answer.rootId !== this.rootId || answer.mode !== this.mode) return;
    this.asked.delete(answer.from);
    if (answer.message !== undefined) {
      this.bar.setText([answer.message]);
      return;
    }
    this.total = answer.total;
    if (answer.from === 0) this.note = answer.note ?? null;
    this.chunks.set(answer.from, answer.steps);
    if (answer.order !== undefined) {
      this.order = answer.order;
      const s = this.surface();
      if (s === null) return;
      this.layTimeline(s);
      this.go(0, true);
    } else {
      this.apply();
    }
  }

  /** Moves to a unit; `force` redraws even when it is the current one (a new timeline). */
  go(unit: number, force = false): void {
    const units = this.timeline?.units.length ?? 0;
    if (units === 0) return;
    const next = Math.max(0, Math.min(units - 1, Math.round(unit)));
    if (next === units - 1 && next === this.current && this.playing !== null) this.pause();
    if (next === this.current && !force) return;
    this.current = next;
    if (this.frame === 0) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.apply();
      });
    }
  }

  togglePlay(): void {
    if (this.playing !== null) {
      this.pause();
      return;
    }
    const units = this.timeline?.units.length ?? 0;
    if (units === 0) return;
    if (this.current >= units - 1) this.go(0, true);
    this.playing = setInterval(() => {
      if (this.current >= (this.timeline?.units.length ?? 0) - 1) this.pause();
      else this.go(this.current + 1);
    }, 1000 / this.stepsPerSecond);
    this.bar.setPlaying(true);
  }

  private pause(): void {
    if (this.playing !== null) clearInterval(this.playing);
    this.playing = null;
    this.bar.setPlaying(false);
  }

  private setSpeed(stepsPerSecond: number): void {
    this.stepsPerSecond = stepsPerSecond;
    if (this.playing !== null) {
      this.pause();
      this.togglePlay();
    }
  }

  private ask(from: number): void {
    const start = Math.floor(from / STEP_CHUNK) * STEP_CHUNK;
    if (this.asked.has(start) || this.chunks.has(start) || this.mode === null) return;
    this.asked.add(start);
    this.host.post({
      type: 'steps',
      rootId: this.rootId,
      mode: this.mode,
      from: start,
      count: STEP_CHUNK,
    });
  }

  private stepAt(i: number): PassStep | null {
    const start = Math.floor(i / STEP_CHUNK) * STEP_CHUNK;
    const chunk = this.chunks.get(start);
    if (chunk === undefined) {
      this.ask(i);
      return null;
    }
    return chunk[i - start] ?? null;
  }

  private currentStep(): number {
    const unit = this.timeline?.units[this.current];
    return unit ? unit.steps[unit.steps.length - 1] : 0;
  }

  private layTimeline(s: StepSurface): void {
    this.timeline = buildTimeline(s.model, s.visible, this.order);
    this.timelineOf = s.visible;
    this.moves = 0;
    this.maxMoveMs = 0;
    this.maxPaintMs = 0;
    this.follows = 0;
    this.maxFollowMs = 0;
    const inEdges = new Map<string, number[]>();
    s.visible.edges.forEach((e, k) => {
      // An operation node `o12` belongs to its Value `v12`: its edges are the Value's.
      const to = e.to.startsWith('o') ? `v${e.to.slice(1)}` : e.to;
      const list = inEdges.get(to);
      if (list) list.push(k);
      else inEdges.set(to, [k]);
    });
    this.inEdges = inEdges;
  }

  /** Draws the current unit: marks, lit edges, text, position, and the editor's line. */
  private apply(): void {
    const s = this.surface();
    const timeline = this.timeline;
    if (s === null || timeline === null || this.mode === null) return;
    const t0 = performance.now();
    const unit = timeline.units[this.current];
    const last = this.stepAt(unit.steps[unit.steps.length - 1]);
    const node = unit.node;
    // Before the paint: the layer is painted once, for the view the glide moved to.
    if (node !== null && !s.canvas.inView(node, FOLLOW_MARGIN)) this.follow(s, node);
    const paintMs = s.canvas.setStepMarks(
      this.mark,
      node !== null && this.mode === 'backward' ? (this.inEdges.get(node) ?? []) : [],
    );
    const noun = this.mode === 'backward' ? 'update' : 'Value';
    this.bar.setPosition(
      this.current,
      timeline.units.length,
      `${this.current + 1} of ${timeline.units.length}${timeline.units.length !== this.total ? ` (${this.total} ${noun}s)` : ''}`,
    );
    const text = unitLines(s.model, unit, last, this.mode);
    this.bar.setText(this.note === null ? text : [`⚠ ${this.note}`, ...text]);
    if (last !== null) this.revealSoon(last);
    this.moves++;
    this.maxMoveMs = Math.max(this.maxMoveMs, performance.now() - t0 - paintMs);
    this.maxPaintMs = Math.max(this.maxPaintMs, paintMs);
  }

  /**
   * Brings the current node into view, at once for a key, a play step or a scrub: the picture
   * glides there (no redraw of its 2,000 edges per step) and vis draws it once the moves rest.
   */
  private follow(s: StepSurface, node: string): void {
    if (!s.canvas.glideTo(node)) return;
    this.follows++;
    s.canvas.whenSettled((ms) => (this.maxFollowMs = Math.max(this.maxFollowMs, ms)));
  }

  private revealSoon(step: PassStep): void {
    if (this.revealTimer !== null) clearTimeout(this.revealTimer);
    this.revealTimer = setTimeout(() => {
      this.revealTimer = null;
      if (step.line > 0) {
        this.host.post({
          type: 'reveal',
          valueId: step.valueId,
          line: step.line,
          col: step.col,
          keepFocus: true,
        });
      }
    }, REVEAL_DELAY_MS);
  }

  inspect(): StepperInspection {
    const marks = { done: 0, current: 0, todo: 0 };
    const s = this.surface();
    if (this.timeline !== null && s !== null) {
      for (const n of s.visible.nodes) {
        const m = this.mark(n.id);
        if (m !== null) marks[m]++;
      }
    }
    return {
      active: this.active,
      mode: this.mode,
      total: this.total,
      units: this.timeline?.units.length ?? 0,
      current: this.current,
      node: this.timeline?.units[this.current]?.node ?? null,
      text: this.bar.text.textContent ?? '',
      playing: this.playing !== null,
      marks,
      moves: this.moves,
      maxMoveMs: this.maxMoveMs,
      maxPaintMs: this.maxPaintMs,
      follows: this.follows,
      maxFollowMs: this.maxFollowMs,
    };
  }
}
