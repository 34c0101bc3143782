// The panel reads numbers as the notebook outputs' pictures do: one definition, shared with
// the extension (DOM-free, in src/kernel/outputs).
export { compact, count, exact, fixed4, tick } from '../../../src/kernel/outputs/numberFormat';
