// The bench's JavaScript ports of the two user-class programs stand for "the same work without
// an interpreter" only while they compute exactly what tgrad computes: same losses, bit for bit.

import * as assert from 'node:assert/strict';
import { microgradJsDemo } from '../../../bench/microgradJs';
import { tinyGptJsDemo } from '../../../bench/tinyGptJs';
import { userClassDemo } from '../../../bench/userEngine';
import { userGptDemo } from '../../../bench/userGpt';

function losses(program: { step(): number }, steps: number): number[] {
  return Array.from({ length: steps }, () => program.step());
}

describe('bench: the programs written line for line in JavaScript', () => {
  it("micrograd's demo gives tgrad's losses for engine.py + nn.py", () => {
    const port = losses(microgradJsDemo(), 3);
    assert.deepEqual(port, losses(userClassDemo(), 3));
    assert.ok(port[2] < port[0], 'the loss falls');
  });

  it("tiny_gpt gives tgrad's losses for tiny_gpt.py, Adam steps included", () => {
    assert.deepEqual(losses(tinyGptJsDemo(), 3), losses(userGptDemo(), 3));
  });
});
