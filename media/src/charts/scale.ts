// The panel's charts and the notebook outputs' SVG charts share one set of scales and ticks
// (DOM-free, in src/kernel/outputs).
export {
  logTicks,
  makeScale,
  niceTicks,
  paddedRange,
  type Scale,
} from '../../../src/kernel/outputs/chartScale';
