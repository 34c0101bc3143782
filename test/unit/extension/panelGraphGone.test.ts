// The panel state after a restart: no graph, and why, kept across a webview reload, until a
// graph is drawn again (issue 11: state that is right in one view and stale in another).
import * as assert from 'node:assert/strict';
import type { GraphPayload } from '../../../src/kernel/protocol';
import {
  clearGraph,
  emptyPanelState,
  restoreState,
  setGraph,
} from '../../../src/extension/panelStateModel';
import { asToPanel } from '../../../media/src/messages';

const graph = { values: [], groups: [], rootId: 1 } as unknown as GraphPayload;

describe('panel state: the graph gone with a restart', () => {
  it('clears the graph and keeps why, across a reload, until a new graph is drawn', () => {
    const state = emptyPanelState(2000);
    setGraph(state, graph);
    clearGraph(state, 'The session restarted.');
    assert.equal(state.graph, null);
    const reloaded = restoreState(JSON.parse(JSON.stringify(state)), 2000);
    assert.equal(reloaded.graphGone, 'The session restarted.');
    setGraph(reloaded, graph);
    assert.equal(reloaded.graphGone, undefined);
  });

  it('the webview accepts a graphGone message with its reason only', () => {
    assert.deepEqual(asToPanel({ type: 'graphGone', reason: 'x' }), {
      type: 'graphGone',
      reason: 'x',
    });
    assert.equal(asToPanel({ type: 'graphGone' }), null);
  });
});
