// Where the graph view looks, and what happens to that when the panel changes size. The panel
// places the first view (camera.ts decides it) and keeps placing it, for whatever size the
// panel settles to, until the user moves; Fit stays fitted; a view the user moved keeps its
// zoom, not vis-network's rescaling by the size ratio (which would shrink text in a panel
// made narrower).
import { readableCamera, type NodeBox } from './camera';
import type { GraphCanvas } from './graphCanvas';
import type { Orientation } from './orientation';

/**
 * 'initial': the first view (whole graph, or its output end at reading size); 'fit': the
 * user asked for everything (with text still legible); 'user': the user moved.
 */
export type ViewMode = 'initial' | 'fit' | 'user';

/** What the camera needs to know about the drawn graph. */
export interface CameraSubject {
  /** Drawn nodes (all, or `ids`), in graph coordinates. */
  boxes(ids?: readonly string[]): NodeBox[];
  /** The output's node, if drawn. */
  output(): string | null;
  orientation(): Orientation;
  /** The zoom under which node text is too small to read. */
  readableScale(): number;
  /** The smallest zoom the first view fits the whole graph at. */
  wholeGraphScale(): number;
}

/** Fit zooms in no further than this. */
const FIT_MAX_SCALE = 1.5;

export class GraphCamera {
  private viewMode: ViewMode = 'initial';
  private userScale = 1;

  constructor(
    private readonly canvas: GraphCanvas,
    private readonly subject: CameraSubject,
  ) {}

  get mode(): ViewMode {
    return this.viewMode;
  }

  /** The user dragged or zoomed. */
  moved(): void {
    this.viewMode = 'user';
    this.userScale = this.canvas.currentScale;
  }

  /** A new graph: its first view. */
  first(): void {
    this.viewMode = 'initial';
    this.place();
  }

  fitAll(): void {
    this.viewMode = 'fit';
    this.place();
  }

  /** Newly opened nodes: all of them if they fit at a readable zoom, else their output end. */
  show(ids: readonly string[]): void {
    const boxes = this.subject.boxes(ids);
    if (boxes.length === 0) return;
    const orientation = this.subject.orientation();
    const flow = orientation === 'TB' ? (b: NodeBox) => b.y : (b: NodeBox) => b.x;
    const end = boxes.reduce((a, b) => (flow(b) > flow(a) ? b : a));
    const camera = readableCamera(
      boxes,
      end,
      this.canvas.viewport(),
      orientation,
      this.subject.readableScale(),
    );
    this.canvas.moveTo(camera);
    this.viewMode = 'user';
    this.userScale = camera.scale;
  }

  /** Centres a node, zooming in to reading size if needed. */
  focus(id: string): void {
    this.canvas.focus(id, this.subject.readableScale());
    this.viewMode = 'user';
    this.userScale = this.canvas.currentScale;
  }

  /**
   * The canvas has a new size or the picture changed (re-laid out, and `turned` if the flow
   * changed direction, when a view the user moved gives way to the first view): the first
   * view or the fit is placed again, a view the user moved keeps its zoom.
   */
  refresh(turned: boolean): void {
    if (turned && this.viewMode === 'user') this.viewMode = 'initial';
    if (this.viewMode === 'user') {
      this.canvas.moveTo({ ...this.canvas.viewCentre(), scale: this.userScale });
    } else {
      this.place();
    }
  }

  private place(): void {
    const view = this.canvas.viewport();
    const boxes = this.subject.boxes();
    const output = this.subject.output();
    const end = output ? (this.subject.boxes([output])[0] ?? null) : null;
    if (this.viewMode === 'fit') {
      // Everything, unless that makes the text illegible: then as much as legible text allows,
      // from the output end (the rest is a drag or a scroll away).
      const legible = this.subject.wholeGraphScale();
      this.canvas.moveTo(
        readableCamera(boxes, end, view, this.subject.orientation(), legible, FIT_MAX_SCALE),
      );
      return;
    }
    this.canvas.moveTo(
      readableCamera(
        boxes,
        end,
        view,
        this.subject.orientation(),
        this.subject.readableScale(),
        1,
        this.subject.wholeGraphScale(),
      ),
    );
  }
}
