// Answers the stepper's requests: plans a pass once per graph (planBackward/planForward),
// keeps it until the next run changes the numbers, and writes the text of the steps asked
// for, a chunk at a time (65,818 steps of text at once would be megabytes nobody reads).

import { Value } from '../../engine/value';
import type { GraphNode } from '../../lang/runtime/valueLike';
import type { PassStep, StepMode, StepsAnswer, StepsRequest } from '../protocol';
import type { ValueIds } from '../valueIds';
import { planBackward, planForward, type PlannedStep } from './backwardSteps';
import { forwardLine, nameOf, operandsOf } from './stepNames';
import { sumText, updateText } from './stepText';

/** Most steps one answer carries. */
export const MAX_STEPS_PER_CHUNK = 2000;

type Plan = { kind: 'backward'; steps: PlannedStep[] } | { kind: 'forward'; nodes: Value[] };

export type SitePosition = (site: number) => { line: number; col: number } | null;

export class PassSteps {
  private plans = new Map<string, Plan>();

  constructor(
    private readonly ids: ValueIds,
    private readonly sitePosition: SitePosition,
  ) {}

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
    const plan = this.planFor(root, rootId, mode);
    if (typeof plan === 'string') return none(plan);
    const total = sizeOf(plan);
    const from = Math.max(0, Math.min(request.from, total));
    const to = Math.min(total, from + Math.max(0, Math.min(request.count, MAX_STEPS_PER_CHUNK)));
    const steps: PassStep[] = [];
    for (let i = from; i < to; i++) steps.push(this.step(plan, i));
    const answer: StepsAnswer = { rootId, mode, total, from, steps };
    if (from === 0) answer.order = this.order(plan);
    return answer;
  }

  private planFor(root: GraphNode, rootId: number, mode: StepMode): Plan | string {
    const key = `${rootId}:${mode}`;
    const known = this.plans.get(key);
    if (known !== undefined) return known;
    if (!(root instanceof Value)) {
      return 'The stepper follows built-in Values; this graph is of your own Value class.';
    }
    let plan: Plan;
    if (mode === 'backward') {
      plan = { kind: 'backward', steps: planBackward(root) };
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
      const input = nameOf(p.input, this.ids);
      lines.push(updateText(input, p.rule, ops, s.grad, p.contribution));
      if (p.before !== null) lines.push(sumText(input, p.before, p.contribution, p.after));
    }
    const pushes = s.pushes.map((p) => this.ids.idOf(p.input));
    return this.made(s.node, s.node.site, pushes, lines);
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
    default: {
      const never: never = plan;
      throw new Error(`unknown plan ${JSON.stringify(never)}`);
    }
  }
}
