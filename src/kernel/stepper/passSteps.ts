// Answers the stepper's requests: plans a pass once per graph (planBackward/planForward),
// keeps it until the next run changes the numbers, and writes the text of the steps asked
// for, a chunk at a time (65,818 steps of text at once would be megabytes nobody reads).

import { withPassData } from '../../engine/passData';
import { Value } from '../../engine/value';
import type { GraphNode } from '../../lang/runtime/valueLike';
import type { PassStep, StepMode, StepsAnswer, StepsRequest } from '../protocol';
import type { ValueIds } from '../valueIds';
import { planBackward, planForward, type PlannedStep } from './backwardSteps';
import { forwardLine, nameOf, operandsOf, receiverOf } from './stepNames';
import { num, sumText, updateText } from './stepText';
import type { RecordedWrite } from './gradRecorder';
import { PAST_DATA_NOTE, planGivesGrads, STALE_NOTE } from './staleCheck';

/** Most steps one answer carries. */
export const MAX_STEPS_PER_CHUNK = 2000;

type Plan =
  | { kind: 'backward'; steps: PlannedStep[]; stale: boolean }
  | { kind: 'forward'; nodes: Value[] }
  | { kind: 'recorded'; writes: RecordedWrite[] };

export type SitePosition = (site: number) => { line: number; col: number } | null;

export class PassSteps {
  private plans = new Map<string, Plan>();
  /** The grad writes of the last recorded user backward(), by the id of the node it ran from. */
  private recorded: { rootId: number; writes: RecordedWrite[] } | null = null;

  constructor(
    private readonly ids: ValueIds,
    private readonly sitePosition: SitePosition,
    /** The text of a line of the notebook, or undefined (a line of an imported module). */
    private readonly lineText: (line: number) => string | undefined,
  ) {}

  /** Keeps the writes a user's own backward() made (Run Backward), for its stepper. */
  keepRecorded(root: GraphNode, writes: RecordedWrite[]): void {
    this.recorded = { rootId: this.ids.idOf(root), writes };
  }

  /** A run or a backward pass changed the numbers: plans are made again when asked. */
  invalidate(): void {
    this.plans.clear();
  }

  answer(request: StepsRequest): StepsAnswer {
    const { rootId, mode } = request;
    const none = (message: string): StepsAnswer => ({
      rootId,
      mode,
      total: 0,
      from: 0,
      steps: [],
      message,
    });
    const root = this.ids.find(rootId);
    if (root === undefined) return none('That Value no longer exists in this session.');
    if (!(root instanceof Value)) return this.answerFrom(root, request, none);
    // The numbers the last pass from root used, put back while the steps are planned and
    // written (an optimizer update since then moved the parameters).
    const { result, changed } = withPassData(root, () => this.answerFrom(root, request, none));
    if (changed && result.total > 0 && result.note === undefined) result.note = PAST_DATA_NOTE;
    return result;
  }

  private answerFrom(
    root: GraphNode,
    request: StepsRequest,
    none: (message: string) => StepsAnswer,
  ): StepsAnswer {
    const { rootId, mode } = request;
    const plan = this.planFor(root, rootId, mode);
    if (typeof plan === 'string') return none(plan);
    const total = sizeOf(plan);
    const from = Math.max(0, Math.min(request.from, total));
    const to = Math.min(total, from + Math.max(0, Math.min(request.count, MAX_STEPS_PER_CHUNK)));
    const steps: PassStep[] = [];
    for (let i = from; i < to; i++) steps.push(this.step(plan, i));
    const answer: StepsAnswer = { rootId, mode, total, from, steps };
    if (plan.kind === 'backward' && plan.stale) answer.note = STALE_NOTE;
    if (from === 0) answer.order = this.order(plan);
    return answer;
  }

  private planFor(root: GraphNode, rootId: number, mode: StepMode): Plan | string {
    const key = `${rootId}:${mode}`;
    const known = this.plans.get(key);
    if (known !== undefined) return known;
    let plan: Plan;
    if (!(root instanceof Value)) {
      if (mode === 'forward') return 'Step through forward follows built-in Values.';
      const recorded = this.recorded;
      if (recorded === null || recorded.rootId !== rootId) {
        return 'Click Run Backward above the cell: the stepper replays the backward() it records.';
      }
      plan = { kind: 'recorded', writes: recorded.writes };
      this.plans.set(key, plan);
      return plan;
    }
    if (mode === 'backward') {
      const steps = planBackward(root);
      plan = { kind: 'backward', steps, stale: !planGivesGrads(steps) };
    } else {
      plan = { kind: 'forward', nodes: planForward(root) };
    }
    this.plans.set(key, plan);
    return plan;
  }

  private order(plan: Plan): number[] {
    switch (plan.kind) {
      case 'backward':
        return plan.steps.map((s) => this.ids.idOf(s.node));
      case 'forward':
        return plan.nodes.map((v) => this.ids.idOf(v));
      case 'recorded':
        return plan.writes.map((w) => this.ids.idOf(w.node));
      default: {
        const never: never = plan;
        throw new Error(`unknown plan ${JSON.stringify(never)}`);
      }
    }
  }

  private step(plan: Plan, i: number): PassStep {
    switch (plan.kind) {
      case 'backward':
        return this.backwardStep(plan.steps[i], i === 0);
      case 'forward': {
        const v = plan.nodes[i];
        return this.made(v, v.site, [], [forwardLine(v, this.ids)]);
      }
      case 'recorded':
        return this.recordedStep(plan.writes[i]);
      default: {
        const never: never = plan;
        throw new Error(`unknown plan ${JSON.stringify(never)}`);
      }
    }
  }

  private backwardStep(s: PlannedStep, first: boolean): PassStep {
    const out = nameOf(s.node, this.ids);
    const lines: string[] = [];
    if (first) lines.push(`${out}.grad = 1.0000 (the output: ∂${out}/∂${out} = 1)`);
    const ops = operandsOf(s.node, this.ids);
    for (const p of s.pushes) {
      const input = receiverOf(p.input, this.ids);
      lines.push(updateText(input, p.rule, ops, s.grad, p.contribution));
      if (p.before !== null) lines.push(sumText(input, p.before, p.contribution, p.after));
    }
    const pushes = s.pushes.map((p) => this.ids.idOf(p.input));
    return this.made(s.node, s.node.site, pushes, lines);
  }

  /** `line 53: self.grad += out.grad` then `a.grad = 0.0000 → 1.0000 (+1.0000)`. */
  private recordedStep(w: RecordedWrite): PassStep {
    const pos = this.sitePosition(w.site);
    const line = pos?.line ?? 0;
    const code = line > 0 ? this.lineText(line) : undefined;
    const name = nameOf(w.node, this.ids);
    const change = w.after - w.before;
    const lines = [
      code !== undefined ? `line ${line}: ${code.trim()}` : `line ${line}`,
      `${name}.grad: ${num(w.before)} → ${num(w.after)} (${change < 0 ? '−' : '+'}${num(Math.abs(change))})`,
    ];
    return { valueId: this.ids.idOf(w.node), pushes: [], lines, line, col: pos?.col ?? 0 };
  }

  private made(v: Value, site: number, pushes: number[], lines: string[]): PassStep {
    const pos = site !== 0 ? this.sitePosition(site) : null;
    return {
      valueId: this.ids.idOf(v),
      pushes,
      lines,
      line: pos?.line ?? 0,
      col: pos?.col ?? 0,
    };
  }
}

function sizeOf(plan: Plan): number {
  switch (plan.kind) {
    case 'backward':
      return plan.steps.length;
    case 'forward':
      return plan.nodes.length;
    case 'recorded':
      return plan.writes.length;
    default: {
      const never: never = plan;
      throw new Error(`unknown plan ${JSON.stringify(never)}`);
    }
  }
}
