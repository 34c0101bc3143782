// Where the view starts, which way the graph flows, and which arrow key goes where (pure, in
// Node).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  READABLE_TEXT_PX,
  chooseOrientation,
  fitCamera,
  readableCamera,
  readableScale,
  type NodeBox,
} from '../../media/src/graph/camera';
import { curveControl, curvedSegment, type Box } from '../../media/src/graph/edgeGeometry';
import { moveFor, neighbour, type NavGraph } from '../../media/src/graph/graphNavigation';
import { layeredLayout } from '../../media/src/graph/layeredLayout';
import { orientedLayout } from '../../media/src/graph/orientation';

/** A row of `n` boxes 200 × 26, 250 apart, left to right; the last one is the output. */
function row(n: number): NodeBox[] {
  return Array.from({ length: n }, (_, k) => ({ x: k * 250, y: 0, width: 200, height: 26 }));
}

describe('the first view', () => {
  it('reads 10 px text at the readable zoom, never zooming past 1', () => {
    assert.equal(readableScale(13) * 13, READABLE_TEXT_PX);
    assert.equal(readableScale(20), 0.5);
    assert.equal(readableScale(8), 1, 'small fonts are shown as they are');
  });

  it('fits the whole graph when that keeps text readable', () => {
    const boxes = row(3);
    const c = readableCamera(boxes, boxes[2], { width: 1000, height: 400 }, 'LR', 0.77);
    assert.deepEqual(c, fitCamera(boxes, { width: 1000, height: 400 }, 1));
    assert.equal(c.x, 250, 'centred');
    assert.equal(c.scale, 1, 'no enlarging past 1');
  });

  it('otherwise shows the output end at the readable zoom: the right end left to right', () => {
    const boxes = row(10);
    const view = { width: 480, height: 300 };
    const c = readableCamera(boxes, boxes[9], view, 'LR', 0.77);
    assert.equal(c.scale, 0.77);
    // The output's right edge sits a margin inside the view's right edge.
    const rightEdge = c.x + view.width / 2 / c.scale;
    assert.ok(Math.abs(rightEdge - (boxes[9].x + 100 + 24)) < 1e-9, `${rightEdge}`);
    assert.equal(c.y, 0, 'centred across the flow where the graph fits');
  });

  it('the bottom end top to bottom, and never more than a margin of empty space', () => {
    const col: NodeBox[] = Array.from({ length: 12 }, (_, k) => ({
      x: 0,
      y: k * 100,
      width: 120,
      height: 78,
    }));
    const view = { width: 400, height: 500 };
    const c = readableCamera(col, col[11], view, 'TB', 0.8);
    const bottom = c.y + view.height / 2 / c.scale;
    assert.ok(Math.abs(bottom - (1100 + 39 + 24)) < 1e-9);
    // An output off-centre across the flow is still shown without empty space past the edge.
    const wide = [...col, { x: 2000, y: 1100, width: 120, height: 78 }];
    const d = readableCamera(wide, wide[12], view, 'TB', 0.8);
    const right = d.x + view.width / 2 / d.scale;
    assert.ok(right <= 2000 + 60 + 24 + 1e-9, 'no empty space past the right edge');
  });

  it('always keeps the output in view (random graphs and views)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: -3000, max: 3000 }),
            y: fc.integer({ min: -3000, max: 3000 }),
            width: fc.integer({ min: 20, max: 300 }),
            height: fc.integer({ min: 20, max: 90 }),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        fc.nat(),
        fc.integer({ min: 200, max: 1600 }),
        fc.integer({ min: 200, max: 1200 }),
        fc.constantFrom('LR' as const, 'TB' as const),
        (boxes, pick, width, height, orientation) => {
          const end = boxes[pick % boxes.length];
          const c = readableCamera(boxes, end, { width, height }, orientation, 0.77);
          assert.ok(
            c.scale >= 0.77 - 1e-12 || c.scale === fitCamera(boxes, { width, height }, 1).scale,
          );
          const halfW = width / 2 / c.scale;
          const halfH = height / 2 / c.scale;
          assert.ok(Math.abs(end.x - c.x) <= halfW + 1e-6, 'output in view across x');
          assert.ok(Math.abs(end.y - c.y) <= halfH + 1e-6, 'output in view across y');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('orientation', () => {
  it('flows left to right when the whole graph fits so, else top to bottom when that fits, else the way that shows more', () => {
    // The lecture's neuron, roughly: long left to right, narrower and taller top to bottom.
    const extents = { LR: { width: 1300, height: 200 }, TB: { width: 700, height: 640 } };
    const asked: string[] = [];
    const extentOf = (o: 'LR' | 'TB') => {
      asked.push(o);
      return extents[o];
    };
    const min = 0.6;
    assert.equal(chooseOrientation({ width: 1000, height: 560 }, extentOf, min), 'LR');
    assert.deepEqual(asked, ['LR'], 'a graph that fits left to right is not laid out twice');
    assert.equal(chooseOrientation({ width: 480, height: 700 }, extentOf, min), 'TB');
    // Fits neither way: the way with the larger fitted zoom.
    assert.equal(chooseOrientation({ width: 500, height: 300 }, extentOf, min), 'TB');
    assert.equal(chooseOrientation({ width: 600, height: 150 }, extentOf, min), 'LR');
    // Both fit: micrograd's left to right, even in a panel taller than wide.
    assert.equal(chooseOrientation({ width: 1400, height: 1500 }, extentOf, min), 'LR');
  });

  it('lays top to bottom out as the same layered layout turned a quarter', () => {
    const nodes = [
      { width: 120, height: 78, order: 0 },
      { width: 120, height: 78, order: 1 },
      { width: 26, height: 26, order: 2 },
      { width: 120, height: 78, order: 3 },
    ];
    const edges = [
      { from: 0, to: 2 },
      { from: 1, to: 2 },
      { from: 2, to: 3 },
    ];
    const tb = orientedLayout(nodes, edges, 'TB', 13);
    const turned = layeredLayout(
      nodes.map((n) => ({ width: n.height, height: n.width, order: n.order })),
      edges,
      { columnGap: 34, rowGap: 16 },
    );
    assert.deepEqual([...tb.x], [...turned.y]);
    assert.deepEqual([...tb.y], [...turned.x]);
    assert.ok(tb.y[3] > tb.y[2] && tb.y[2] > tb.y[0], 'flows down');
    assert.ok(tb.x[0] !== tb.x[1], 'inputs side by side');
    const lr = orientedLayout(nodes, edges, 'LR', 13);
    assert.ok(lr.x[3] > lr.x[2] && lr.x[2] > lr.x[0], 'flows right');
  });
});

describe('arrow keys follow the arrows', () => {
  it('left/right along the flow and up/down across it when left to right; turned top to bottom', () => {
    assert.equal(moveFor('ArrowLeft', 'LR'), 'toInputs');
    assert.equal(moveFor('ArrowRight', 'LR'), 'toConsumers');
    assert.equal(moveFor('ArrowUp', 'LR'), 'back');
    assert.equal(moveFor('ArrowUp', 'TB'), 'toInputs');
    assert.equal(moveFor('ArrowDown', 'TB'), 'toConsumers');
    assert.equal(moveFor('ArrowRight', 'TB'), 'forth');
  });

  it('moves to the nearest input, and along the rank, on the screen axis of the orientation', () => {
    // Top to bottom: a and b above op, side by side.
    const pos: Record<string, { x: number; y: number }> = {
      a: { x: 0, y: 0 },
      b: { x: 200, y: 0 },
      op: { x: 180, y: 100 },
    };
    const nav: NavGraph = {
      orientation: 'TB',
      position: (id) => pos[id],
      inputs: (id) => (id === 'op' ? ['a', 'b'] : []),
      consumers: (id) => (id === 'op' ? [] : ['op']),
      rank: (id) => (id === 'op' ? ['op'] : ['a', 'b']),
    };
    assert.equal(neighbour(nav, 'op', moveFor('ArrowUp', 'TB')), 'b', 'the input above, nearest');
    assert.equal(neighbour(nav, 'a', moveFor('ArrowRight', 'TB')), 'b');
    assert.equal(neighbour(nav, 'b', moveFor('ArrowLeft', 'TB')), 'a');
    assert.equal(neighbour(nav, 'a', moveFor('ArrowLeft', 'TB')), null);
    assert.equal(neighbour(nav, 'a', moveFor('ArrowDown', 'TB')), 'op');
  });
});

describe('edges that skip ranks', () => {
  const box = (cx: number, cy: number): Box => ({
    cx,
    cy,
    width: 100,
    height: 26,
    shape: 'record',
  });

  it('bend as vis-network bends them: clockwise up and counter-clockwise down, left to right', () => {
    const up = curveControl({ x: 0, y: 0 }, { x: 900, y: 0 }, 'cw');
    const down = curveControl({ x: 0, y: 0 }, { x: 900, y: 0 }, 'ccw');
    assert.ok(up.y < -100 && down.y > 100, `${up.y}, ${down.y}`);
    assert.ok(Math.abs(up.y + down.y) < 1e-9, 'mirror images');
    // Top to bottom, clockwise bends right.
    assert.ok(curveControl({ x: 0, y: 0 }, { x: 0, y: 900 }, 'cw').x > 100);
  });

  it('start and end on the node outlines, and clear the nodes they skip', () => {
    const from = box(0, 0);
    const to = box(900, 0);
    const s = curvedSegment(from, to, 'cw')!;
    assert.ok(
      Math.abs(Math.abs(s.x1 - from.cx) - 50) < 0.01 || Math.abs(Math.abs(s.y1) - 13) < 0.01,
    );
    assert.ok(Math.abs(Math.abs(s.x2 - to.cx) - 50) < 0.01 || Math.abs(Math.abs(s.y2) - 13) < 0.01);
    // Halfway (where a skipped node sits, on the straight line) the curve is well above it.
    const mid = 0.25 * s.y1 + 0.5 * s.cy! + 0.25 * s.y2;
    assert.ok(mid < -40, `${mid}`);
  });
});
