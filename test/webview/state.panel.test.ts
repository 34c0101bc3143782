// The extension keeps the state and re-sends it whenever the panel is shown again (the page is
// recreated each time): one `state` message must rebuild everything, and UI choices survive.
import * as assert from 'node:assert/strict';
import type { PanelState } from '../../src/kernel/protocol';
import { moonsBoundary } from './fixtures/boundary';
import { LECTURE_LABELS, lectureGraph } from './fixtures/lectureGraph';
import { launchBrowser, PanelPage, type Browser } from './harness/panelPage';

function fullState(view: PanelState['view']): PanelState {
  return {
    graph: lectureGraph(),
    curves: [
      {
        name: 'loss',
        runId: 4,
        points: [
          { step: 0, value: 1 },
          { step: 1, value: 0.5 },
          { step: 2, value: 0.25 },
        ],
      },
    ],
    plots: [{ name: 'ys', xs: [0, 1, 2], ys: [3, 1, 2] }],
    boundary: moonsBoundary(),
    view,
    maxVisibleNodes: 2000,
  };
}

describe('webview panel: state, tabs and restore (Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('renders everything from one state message, on whichever view it names', async () => {
    const panel = await PanelPage.open(browser);
    await panel.send({ type: 'state', state: fullState('curves') });
    const s = await panel.waitFor(
      (t) => t.curves.series.length === 1 && t.graph !== null,
      'state applied',
    );
    assert.equal(s.view, 'curves');
    assert.equal(
      await panel.page.getByRole('tab', { name: 'Loss curves' }).getAttribute('aria-selected'),
      'true',
    );
    assert.equal(await panel.page.locator('#panel-curves').isVisible(), true);
    assert.equal(await panel.page.locator('#panel-graph').isVisible(), false);
    assert.deepEqual(s.plots.names, ['ys']);
    assert.equal(s.plots.boundary!.points, 100);
    // The graph was built while hidden; it draws when its tab is shown.
    await panel.page.getByRole('tab', { name: 'Graph' }).click();
    await panel.waitFor((t) => (t.graph?.timings?.firstDrawAt ?? 0) > 0, 'graph drawn');
    const labels = Object.fromEntries((await panel.graphNodes()).map((n) => [n.id, n.label]));
    assert.deepEqual(labels, LECTURE_LABELS);
    // A second state replaces, never appends.
    await panel.send({
      type: 'state',
      state: { ...fullState('plots'), graph: null, curves: [], plots: [], boundary: null },
    });
    const t = await panel.waitFor((x) => x.graph === null && x.view === 'plots', 'second state');
    assert.equal(t.curves.series.length, 0);
    assert.deepEqual(t.plots.names, []);
    assert.equal(t.plots.boundary, null);
    assert.deepEqual(await panel.problems(), []);
    await panel.close();
  });

  it('shows no view until the extension names one, so a training run never flashes the Graph tab', async () => {
    const panel = await PanelPage.open(browser);
    // Before any message: no tab selected, no view shown, only the loading line.
    assert.equal((await panel.inspect()).view, null);
    assert.equal(await panel.page.locator('[role=tab][aria-selected=true]').count(), 0);
    for (const view of ['graph', 'curves', 'plots'])
      assert.equal(await panel.page.locator(`#panel-${view}`).isVisible(), false, view);
    assert.equal(await panel.page.getByText('Loading the ToyGrad panel…').isVisible(), true);
    assert.equal(
      await panel.page.getByRole('tab', { name: 'Graph' }).getAttribute('tabindex'),
      '0',
      'the tabs stay reachable from the keyboard',
    );
    // Record every tab that gets selected from now on.
    await panel.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __selected: string[] }).__selected = seen;
      new MutationObserver((records) => {
        for (const r of records) {
          const t = r.target as HTMLElement;
          if (t.getAttribute('aria-selected') === 'true') seen.push(t.id);
        }
      }).observe(document.body, {
        subtree: true,
        attributes: true,
        attributeFilter: ['aria-selected'],
      });
    });
    // What reached the page in the race: loss points streamed before the state that answers
    // its `ready` (VS Code drops a message posted before the page listens).
    await panel.send({
      type: 'loss',
      batches: [{ name: 'loss', runId: 4, points: [{ step: 0, value: 1 }] }],
    });
    await panel.waitFor((s) => s.view === 'curves', 'the curves the points belong to');
    assert.equal(await panel.page.getByText('Loading the ToyGrad panel…').isVisible(), false);
    await panel.send({ type: 'state', state: fullState('curves') });
    await panel.waitFor((s) => s.curves.series.length === 1 && s.graph !== null, 'the state');
    await panel.send({
      type: 'loss',
      batches: [{ name: 'loss', runId: 4, points: [{ step: 3, value: 0.1 }] }],
    });
    await panel.nextFrames(2);
    const seen = await panel.page.evaluate(
      () => (window as unknown as { __selected: string[] }).__selected,
    );
    assert.ok(seen.length > 0 && seen.every((id) => id === 'tab-curves'), `tabs shown: ${seen}`);
    assert.equal((await panel.inspect()).view, 'curves');
    // No view was ever asked by the page itself.
    assert.deepEqual(
      (await panel.posted()).filter((m) => m.type === 'view'),
      [],
    );
    assert.deepEqual(await panel.problems(), []);
    await panel.close();

    // A drawing run: the graph (and its `show`) may come before the state too.
    const drawing = await PanelPage.open(browser);
    await drawing.send({ type: 'graph', graph: lectureGraph() });
    await drawing.waitFor((s) => s.view === 'graph', 'the graph view');
    await drawing.send({ type: 'state', state: fullState('graph') });
    await drawing.waitFor((s) => (s.graph?.timings?.firstDrawAt ?? 0) > 0, 'drawn');
    assert.deepEqual(await drawing.problems(), []);
    await drawing.close();
  });

  it('switches views with the keyboard (tabs pattern) and tells the extension', async () => {
    const panel = await PanelPage.open(browser);
    await panel.clearPosted();
    const graphTab = panel.page.getByRole('tab', { name: 'Graph' });
    await graphTab.focus();
    await panel.page.keyboard.press('ArrowRight');
    await panel.waitFor((s) => s.view === 'curves', 'curves view');
    assert.equal(await panel.page.evaluate(() => document.activeElement?.id), 'tab-curves');
    await panel.page.keyboard.press('End');
    await panel.waitFor((s) => s.view === 'plots', 'plots view');
    await panel.page.keyboard.press('Home');
    await panel.waitFor((s) => s.view === 'graph', 'graph view');
    assert.deepEqual(await panel.posted(), [
      { type: 'view', view: 'curves' },
      { type: 'view', view: 'plots' },
      { type: 'view', view: 'graph' },
    ]);
    // Only the selected tab is in the tab order.
    assert.deepEqual(
      await panel.page
        .locator('[role=tab]')
        .evaluateAll((tabs) => tabs.map((t) => (t as HTMLElement).tabIndex)),
      [0, -1, -1],
    );
    // A `show` message switches without echoing.
    await panel.send({ type: 'show', view: 'plots' });
    await panel.waitFor((s) => s.view === 'plots', 'shown');
    assert.equal((await panel.posted()).length, 3);
    // Data arriving on a background tab marks it.
    await panel.send({
      type: 'loss',
      batches: [{ name: 'loss', runId: 1, points: [{ step: 0, value: 1 }] }],
    });
    await panel.page.locator('#tab-curves.updated').waitFor();
    assert.deepEqual(await panel.problems(), []);
    await panel.close();
  });

  it('restores UI choices saved with setState when the page is recreated', async () => {
    const first = await PanelPage.open(browser);
    await first.page.getByRole('tab', { name: 'Loss curves' }).click();
    await first.page.getByRole('button', { name: 'Log scale' }).click();
    const saved = await first.page.evaluate(
      () => (window as unknown as { __savedState: unknown }).__savedState,
    );
    await first.close();
    // VS Code hands the saved state to the new page through getState().
    const second = await PanelPage.open(browser, { savedState: saved });
    await second.send({ type: 'state', state: fullState('curves') });
    const s = await second.waitFor((t) => t.curves.series.length === 1, 'state');
    assert.equal(s.curves.logScale, true);
    assert.equal(
      await second.page.getByRole('button', { name: 'Log scale' }).getAttribute('aria-pressed'),
      'true',
    );
    assert.deepEqual(await second.problems(), []);
    await second.close();
  });

  it('honours maxVisibleNodes from config', async () => {
    const panel = await PanelPage.open(browser);
    await panel.send({ type: 'config', maxVisibleNodes: 12 });
    await panel.send({ type: 'graph', graph: lectureGraph() });
    const s = await panel.waitFor((t) => (t.graph?.timings?.firstDrawAt ?? 0) > 0, 'drawn');
    assert.ok(s.graph!.nodeCount <= 12);
    await panel.send({ type: 'config', maxVisibleNodes: 6 });
    const t = await panel.waitFor(
      (x) => x.graph!.nodeCount <= 6 && x.graph!.renders === 2,
      'trimmed',
    );
    assert.match(t.graph!.note, /nodes nearest the output/);
    const stub = (await panel.graphNodes()).find((n) => n.id.startsWith('s'));
    assert.ok(stub, 'a ⋯ stub stands for the rest');
    assert.match(stub.label, /^⋯ \d+ more$/);
    // Double-clicking it shows more (the budget grows by the cap).
    await panel.page.getByRole('button', { name: 'Fit' }).click();
    const at = (await panel.graphNodes()).find((n) => n.id === stub.id)!;
    await panel.page.mouse.dblclick(at.clientX!, at.clientY!);
    const u = await panel.waitFor((x) => x.graph!.renders === 3, 'more shown');
    assert.ok(
      u.graph!.nodeCount > t.graph!.nodeCount,
      `${u.graph!.nodeCount} > ${t.graph!.nodeCount}`,
    );
    assert.deepEqual(await panel.problems(), []);
    await panel.close();
  });
});
