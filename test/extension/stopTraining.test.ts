// A long `train` keeps the editor responsive (commands answer fast while it runs), streams
// its loss into the panel state, shows progress in the status bar, and Stop ends it without
// losing the names earlier cells bound.
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as vscode from 'vscode';
import {
  activate,
  closeAllEditors,
  codeLenses,
  hoverText,
  inspect,
  openFile,
  openUntitled,
  sleep,
  waitFor,
} from './toygradHelpers';

const program = [
  '# %% Setup',
  'a = Value(3.0)',
  'b = a * 2',
  '',
  '# %% Train for a long time',
  'seed(0)',
  'xs, ys = moons(100, noise=0.1)',
  'model = MLP(2, [16, 16, 1], act="relu", out="linear")',
  // Long enough (minutes at 3,000 steps a second) that it still trains when Stop comes.
  'losses = train(model, xs, ys, steps=2000000, lr=0.05)',
  '',
  '# %% Afterwards',
  'c = b + 1',
  'c.data',
  '',
].join('\n');

interface Samples {
  times: number[];
  /** Worst delay of the extension host's event loop while sampling (ms). */
  lag: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function report(what: string, s: Samples): void {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(
    `    round trips ${what}: median ${percentile(s.times, 0.5)} ms, 90% ${percentile(s.times, 0.9)} ms, ` +
      `max ${Math.max(...s.times)} ms (request ${s.times.indexOf(Math.max(...s.times)) + 1}) over ${s.times.length}; host lag max ${s.lag} ms; load ${load}`,
  );
}

describe('ToyGrad: stopping a long training run', () => {
  let editor: vscode.TextEditor;
  let uri: vscode.Uri;
  let training: Thenable<{ status: string } | undefined>;
  let lecture: vscode.TextDocument;
  let baseline: Samples;

  /** 40 hovers and 40 CodeLens requests, alternating, with the extension host's own lag. */
  async function measureRoundTrips(whileTraining: boolean): Promise<Samples> {
    const times: number[] = [];
    let lag = 0;
    let expected = Date.now() + 10;
    const monitor = setInterval(() => {
      lag = Math.max(lag, Date.now() - expected);
      expected = Date.now() + 10;
    }, 10);
    try {
      for (let i = 0; i < 40; i++) {
        if (whileTraining) assert.equal((await inspect(uri)).busy, true, 'still training');
        let t = Date.now();
        const hover = await hoverText(editor.document, new vscode.Position(1, 0));
        times.push(Date.now() - t);
        assert.match(hover, /data \*\*3\.0000\*\*/);
        if (whileTraining) assert.match(hover, /from before/);
        t = Date.now();
        const lenses = await codeLenses(lecture);
        times.push(Date.now() - t);
        assert.ok(lenses.length > 0);
        await sleep(25);
      }
    } finally {
      clearInterval(monitor);
    }
    return { times, lag };
  }

  before(async () => {
    await activate();
    // Webviews earlier suites left open (panels, notebook renderers) slow code-server's
    // webview start-up: this suite's panel should start as a user's does.
    await closeAllEditors();
    editor = await openUntitled(program);
    uri = editor.document.uri;
  });

  it('runs the setup cell', async () => {
    const outcome = await vscode.commands.executeCommand<{ status: string }>(
      'toygrad.runCell',
      uri,
      0,
    );
    assert.equal(outcome?.status, 'ok');
  });

  it('measures hover and CodeLens round trips with nothing running', async () => {
    lecture = (await openFile('lecture.tgrad')).document;
    await vscode.window.showTextDocument(editor.document);
    // The first requests after opening a file pay one-time costs (tokenizing, providers).
    await hoverText(editor.document, new vscode.Position(1, 0));
    await codeLenses(lecture);
    baseline = await measureRoundTrips(false);
    report('idle', baseline);
  });

  it('trains, showing the step and loss in the status bar and streaming points to the panel', async () => {
    training = vscode.commands.executeCommand<{ status: string }>('toygrad.runCell', uri, 1);
    const status = await waitFor(
      'training progress in the status bar',
      async () => {
        const s = (await inspect(uri)).status;
        return s !== null && /step \d+\/2000000 · loss /.test(s) ? s : undefined;
      },
      30_000,
    );
    assert.match(status, /^\$\(sync~spin\) step \d+\/2000000 · loss [-\d.e]+$/);
    const points = await waitFor('loss points in the panel state', async () => {
      const panel = (await inspect(uri)).panel;
      const n = panel?.state.curves.reduce((s, c) => s + c.points.length, 0) ?? 0;
      return n >= 3 ? n : undefined;
    });
    assert.ok(points >= 3);
    const panel = (await inspect(uri)).panel;
    assert.equal(panel?.state.curves[0].name, 'loss');
  });

  it('answers hovers and CodeLens requests promptly while it trains (90% under 500 ms, the host never blocked)', async function () {
    this.timeout(150_000);
    await vscode.window.showTextDocument(editor.document);
    // Steady state: the panel's page has loaded and takes the streamed points. In code-server
    // the page shares the workbench's renderer and its first load takes 5-25 s on this busy
    // 2-core machine (the workbench's own start-up of a webview, before our script runs).
    const t0 = Date.now();
    await waitFor(
      'the panel page to load',
      async () => ((await inspect(uri)).panel?.posted ?? []).includes('state'),
      100_000,
    );
    console.log(`    panel page loaded after ${Date.now() - t0} ms`);
    const during = await measureRoundTrips(true);
    report('while training', during);
    const posted = (await inspect(uri)).panel?.posted ?? [];
    assert.ok(
      posted.slice(posted.lastIndexOf('state')).includes('loss'),
      'the page gets the points streamed after its state',
    );
    // Quiet, 90% take under 100 ms; the margin is for a machine busy with other work.
    const p90 = percentile(during.times, 0.9);
    assert.ok(p90 < 500, `90% of round trips under 500 ms (${p90} ms)`);
    // The host itself is never blocked (measured directly). A round trip also crosses the
    // workbench's renderer, which code-server shares with the panel's page: while a replayed
    // train streams thousands of points a second, the page taking its state can hold one
    // request for a second or two. A blocked host would hold every request.
    assert.ok(during.lag < 1000, `the host was blocked for ${during.lag} ms`);
    assert.ok(
      Math.max(...during.times) < 5000,
      `slowest round trip ${Math.max(...during.times)} ms (idle: ${Math.max(...baseline.times)} ms)`,
    );
  });

  it('stops, keeping the names of earlier cells', async () => {
    await vscode.commands.executeCommand('toygrad.stop', uri);
    const outcome = await training;
    assert.equal(outcome?.status, 'stopped');
    const state = await inspect(uri);
    assert.equal(state.busy, false);
    assert.ok(state.names.includes('a') && state.names.includes('b'), state.names.join(', '));
    const hover = await hoverText(editor.document, new vscode.Position(1, 0));
    assert.match(hover, /data \*\*3\.0000\*\*/);
    assert.doesNotMatch(hover, /from before/);
    assert.ok(
      state.marks.some((m) => m.text === '■ stopped'),
      JSON.stringify(state.marks),
    );
    assert.match(state.output, /■ stopped after /);
  });

  it('runs a later cell that uses those names', async () => {
    const outcome = await vscode.commands.executeCommand<{ status: string }>(
      'toygrad.runCell',
      uri,
      2,
    );
    assert.equal(outcome?.status, 'ok');
    const state = await inspect(uri);
    assert.ok(
      state.marks.some((m) => m.kind === 'result' && m.text === '⇒ 7.0'),
      JSON.stringify(state.marks),
    );
    assert.match(state.status ?? '', /idle/);
  });
});
