// What the stepper needs of the graph view: the graph as drawn now and its canvas.
import type { GraphCanvas } from '../graph/graphCanvas';
import type { GraphModel } from '../graph/graphModel';
import type { VisibleGraph } from '../graph/visibleGraph';

export interface StepSurface {
  model: GraphModel;
  visible: VisibleGraph;
  canvas: GraphCanvas;
  /** The picture's element, which has the keyboard focus while a learner looks at it. */
  stage: HTMLElement;
}
