// vis-network's options for the graph: no physics and no layout of its own (positions are
// given), no node dragging, and every node drawn by our painter (paintLook.ts) from its look.
import type { IdType, Options } from 'vis-network/peer';
import { cssColor, withAlpha } from '../theme/color';
import type { Palette } from '../theme/palette';
import type { NodeLook } from './nodeLook';
import { paintLook, type PaintState } from './paintLook';

/**
 * What the node painter reads at each draw, not when the options are made: looks change (new
 * values, a new theme) and the zoom moves without new options.
 */
export interface NodePainting {
  look(id: string): NodeLook | undefined;
  /** How every node is painted at the current zoom and palette. */
  style(): Pick<PaintState, 'textless' | 'focus'>;
}

/** The part of vis-network's shape object that hit tests and edge ends read. */
interface ShapeBox {
  width: number;
  height: number;
  left: number;
  top: number;
}

interface CustomRendererArgs {
  ctx: CanvasRenderingContext2D;
  id: IdType;
  x: number;
  y: number;
  state: { selected: boolean; hover: boolean };
}

/** `big` hides edges while the view is dragged or zoomed, for smoothness. */
export function visOptions(palette: Palette, big: boolean, painting: NodePainting): Options {
  const p = palette;
  // vis calls this with `this` bound to its shape object. vis sizes a custom shape from the
  // `nodeDimensions` returned by the previous draw, so on a node's first draw its box is a
  // placeholder square (2 × size) that clicks would hit far outside the record: set the
  // real box before vis uses it for hit tests and edge ends.
  const renderer = function (this: ShapeBox, { ctx, id, x, y, state }: CustomRendererArgs) {
    const look = painting.look(String(id));
    if (!look) return {};
    this.width = look.width;
    this.height = look.height;
    this.left = x - look.width / 2;
    this.top = y - look.height / 2;
    return {
      drawNode: () => {
        paintLook(ctx, look, x, y, {
          selected: state.selected,
          hover: state.hover,
          ...painting.style(),
        });
      },
      nodeDimensions: { width: look.width, height: look.height },
    };
  };
  return {
    autoResize: true,
    width: '100%',
    height: '100%',
    physics: { enabled: false },
    layout: { improvedLayout: false, hierarchical: { enabled: false }, randomSeed: 1 },
    interaction: {
      hover: true,
      keyboard: { enabled: false },
      dragNodes: false,
      multiselect: false,
      selectConnectedEdges: false,
      hideEdgesOnDrag: big,
      hideEdgesOnZoom: big,
      zoomSpeed: 0.6,
    },
    nodes: {
      shape: 'custom',
      ctxRenderer: renderer,
      chosen: false,
    } as Options['nodes'],
    edges: {
      smooth: false,
      arrows: { to: { enabled: true, scaleFactor: 0.45 } },
      color: {
        color: cssColor(withAlpha(p.muted, big ? 0.45 : 0.85)),
        highlight: cssColor(p.focus),
        hover: cssColor(p.fg),
        inherit: false,
      },
      width: 1,
      selectionWidth: 0.5,
      hoverWidth: 0.5,
      chosen: true,
    },
  };
}
