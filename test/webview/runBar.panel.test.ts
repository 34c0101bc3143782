// The panel's own Stop: shown while a cell of its document runs, posting `stop` when clicked
// (a person watching the curves has the panel focused, where the editor's Stop is not);
// curves named after their cell and a counter.
import * as assert from 'node:assert/strict';
import { launchBrowser, PanelPage, type Browser } from './harness/panelPage';

describe('webview panel: the running cell and its Stop button (Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;
  let panel: PanelPage;

  before(async () => {
    browser = await launchBrowser();
    panel = await PanelPage.open(browser);
  });
  after(async () => {
    const problems = panel ? await panel.problems() : [];
    await browser?.close();
    assert.deepEqual(problems, []);
  });

  it('has no Stop button while nothing runs', async () => {
    assert.equal((await panel.inspect()).running, null);
    assert.equal(await panel.page.getByRole('button', { name: 'Stop' }).count(), 0);
  });

  it('shows what runs with a Stop button that posts `stop`, and hides it when the run ends', async () => {
    await panel.send({ type: 'show', view: 'curves' });
    await panel.send({
      type: 'loss',
      batches: [
        {
          name: 'loss',
          runId: 1,
          run: 'Train #1',
          points: [0, 1, 2, 3].map((step) => ({ step, value: 1 / (step + 1) })),
        },
        {
          name: 'loss',
          runId: 2,
          run: 'Train #2',
          points: [0, 1].map((step) => ({ step, value: 0.8 / (step + 1) })),
        },
      ],
    });
    await panel.send({ type: 'running', running: 'Train' });
    const stop = panel.page.getByRole('button', { name: 'Stop' });
    await stop.waitFor({ state: 'visible' });
    assert.equal((await panel.inspect()).running, 'Running Train…');
    assert.deepEqual(await panel.page.locator('.series-toggle').allInnerTexts(), [
      'loss · Train #1',
      'loss · Train #2',
    ]);
    await panel.nextFrames(2);
    const shot = await panel.screenshot('running-stop');
    assert.ok(shot.endsWith('.png'));
    await panel.clearPosted();
    await stop.click();
    const posted = await panel.posted();
    assert.deepEqual(
      posted.filter((m) => m.type === 'stop'),
      [{ type: 'stop' }],
    );
    assert.equal(await stop.isDisabled(), true, 'one click, one stop');
    await panel.send({ type: 'running', running: null });
    await stop.waitFor({ state: 'hidden' });
    assert.equal((await panel.inspect()).running, null);
  });

  it('keeps the Stop button across a state message while running', async () => {
    await panel.send({ type: 'running', running: 'cell 3' });
    await panel.send({
      type: 'state',
      state: {
        graph: null,
        curves: [],
        plots: [],
        boundary: null,
        view: 'graph',
        maxVisibleNodes: 2000,
      },
    });
    assert.equal((await panel.inspect()).running, 'Running cell 3…');
    await panel.send({ type: 'running', running: null });
  });
});
