// An edge that skips ranks goes around the nodes in between: in `r = q * q + q`, q's edge to
// the `+` passes the `q*q` node, and must not be drawn through it (on screen or in exports,
// which draw the same curve).
import * as assert from 'node:assert/strict';
import type { GraphPayload, GraphValue } from '../../src/kernel/protocol';
import { curveControl, type Box } from '../../media/src/graph/edgeGeometry';
import type { GraphNodeInspection } from '../../media/src/graph/graphInspection';
import { launchBrowser, PanelPage, type Browser } from './harness/panelPage';

function v(p: Partial<GraphValue> & Pick<GraphValue, 'id' | 'label' | 'data'>): GraphValue {
  return {
    grad: 0,
    op: '',
    inputs: [],
    role: 'leaf',
    line: 1,
    col: 1,
    group: 0,
    level: 0,
    order: p.id,
    ...p,
  };
}

/** q = a + b; s = q * q; r = s + q (each q an inner Value, as `r = q * q + q` makes). */
function graph(): GraphPayload {
  const values = [
    v({ id: 1, label: 'a', data: 1 }),
    v({ id: 2, label: 'b', data: 2 }),
    v({ id: 3, label: 'q', data: 3, op: '+', inputs: [1, 2], role: 'inner', level: 1 }),
    v({ id: 4, label: '', data: 9, op: '*', inputs: [3, 3], role: 'inner', level: 2 }),
    v({ id: 5, label: 'r', data: 12, op: '+', inputs: [4, 3], role: 'output', level: 3 }),
  ];
  return { rootId: 5, values, groups: [], totalValues: values.length, truncated: false };
}

function boxOf(n: GraphNodeInspection): Box {
  return { cx: n.x, cy: n.y, width: n.width, height: n.height, shape: n.shape };
}

function insideBox(b: Box, x: number, y: number): boolean {
  const dx = (x - b.cx) / (b.width / 2);
  const dy = (y - b.cy) / (b.height / 2);
  return b.shape === 'ellipse' ? dx * dx + dy * dy < 1 : Math.abs(dx) < 1 && Math.abs(dy) < 1;
}

describe('webview panel: edges around nodes (Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  for (const size of [
    { width: 1000, height: 500 },
    { width: 420, height: 800 },
  ]) {
    it(`draws no edge through a node it does not connect (${size.width}×${size.height})`, async () => {
      const panel = await PanelPage.open(browser, size);
      await panel.send({
        type: 'state',
        state: {
          graph: graph(),
          curves: [],
          plots: [],
          boundary: null,
          view: 'graph',
          maxVisibleNodes: 2000,
        },
      });
      await panel.waitFor((s) => (s.graph?.timings?.firstDrawAt ?? 0) > 0, 'the graph to draw');
      await panel.nextFrames(3);
      const nodes = await panel.graphNodes();
      const edges = await panel.page.evaluate(() => window.toygradPanel!.graphEdges());
      const byId = new Map(nodes.map((n) => [n.id, n]));
      let curved = 0;
      for (const e of edges) {
        const from = byId.get(e.from)!;
        const to = byId.get(e.to)!;
        const c = e.curve
          ? curveControl(from, to, e.curve.bend, e.curve.roundness)
          : { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
        if (e.curve) curved++;
        for (const other of nodes) {
          if (other.id === e.from || other.id === e.to) continue;
          const box = boxOf(other);
          for (let k = 1; k < 100; k++) {
            const t = k / 100;
            const u = 1 - t;
            const x = u * u * from.x + 2 * u * t * c.x + t * t * to.x;
            const y = u * u * from.y + 2 * u * t * c.y + t * t * to.y;
            if (insideBox(boxOf(from), x, y) || insideBox(boxOf(to), x, y)) continue;
            assert.ok(
              !insideBox(box, x, y),
              `${e.from}→${e.to} runs through ${other.id} (${other.label}) at t=${t}`,
            );
          }
        }
      }
      assert.ok(curved >= 1, 'q’s edge to + skips ranks and is curved');
      await panel.screenshot(`edge-around-node-${size.width}x${size.height}`);
      assert.deepEqual(await panel.problems(), []);
      await panel.close();
    });
  }
});
