// The text under the stepper's controls for one timeline unit: a single step's updates as
// the kernel wrote them; for a unit standing for many (a layer box, a Σ chain), what it is,
// how many updates it holds, and its last one.
import type { PassStep, StepMode } from '../../../src/kernel/protocol';
import { count } from '../format/number';
import type { GraphModel } from '../graph/graphModel';
import type { TimelineUnit } from './stepTimeline';

function nodeName(model: GraphModel, node: string | null): string {
  if (node === null) return 'a Value not drawn';
  const id = Number(node.slice(1));
  switch (node[0]) {
    case 'g':
      return model.groups.get(id)?.group.label ?? 'a group';
    case 'c':
      return `Σ chain of ${model.chainById.get(id)?.terms ?? 'many'} terms`;
    case 'b':
      return 'a bundle of inputs';
    default:
      return 'a Value';
  }
}

export function unitLines(
  model: GraphModel,
  unit: TimelineUnit,
  last: PassStep | null,
  mode: StepMode,
): string[] {
  const body = last === null ? ['…'] : last.lines;
  if (unit.steps.length === 1) return body;
  const what = mode === 'backward' ? 'chain-rule steps' : 'Values made';
  return [
    `${nodeName(model, unit.node)}: ${count(unit.steps.length)} ${what} (double-click it to open); the last:`,
    ...body,
  ];
}
