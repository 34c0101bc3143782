// `tgrad run FILE [--cell N] [--max-seconds S] [--max-nodes N]` and `tgrad check FILE`.

export type Command =
  | {
      kind: 'run';
      file: string;
      cell: number | null;
      maxSeconds: number;
      maxNodes: number;
      maxFileMegabytes: number;
    }
  | { kind: 'check'; file: string }
  | { kind: 'help' }
  | { kind: 'version' };

export const USAGE = `usage: tgrad run FILE [--cell N] [--max-seconds S] [--max-nodes N] [--max-file-mb M]
       tgrad check FILE

  run     run a .tgrad or .py file headless (a file without # %% markers is one cell): stdout gets what the program prints and each
          cell's result; a failing cell stops the run with FILE:LINE:COL on stderr
          and exit status 1.
          --cell N         run only the N-th code cell (1-based; markdown cells are
                           not counted), after running the cells above it silently
          --max-seconds S  stop a cell that runs longer than S seconds (default 600)
          --max-nodes N    stop a cell that makes more than N graph nodes
                           (default 5000000)
          --max-file-mb M  refuse to open or import a file over M megabytes
                           (default 50); files are read only below FILE's folder
  check   report syntax errors only, in the same format; exit status 1 if any.
`;

export class UsageError extends Error {}

function positiveNumber(flag: string, text: string | undefined): number {
  const n = Number(text);
  if (text === undefined || !Number.isFinite(n) || n <= 0) {
    throw new UsageError(`${flag} needs a positive number`);
  }
  return n;
}

export function parseArgs(argv: readonly string[]): Command {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === '-h' || verb === '--help' || verb === 'help') {
    return { kind: 'help' };
  }
  if (verb === '--version' || verb === '-V') return { kind: 'version' };
  if (verb !== 'run' && verb !== 'check') throw new UsageError(`unknown command '${verb}'`);
  let file: string | null = null;
  let cell: number | null = null;
  let maxSeconds = 600;
  let maxNodes = 5_000_000;
  let maxFileMegabytes = 50;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (verb === 'run' && arg === '--cell') {
      const n = positiveNumber('--cell', rest[++i]);
      if (!Number.isInteger(n)) throw new UsageError('--cell needs a whole number');
      cell = n;
    } else if (verb === 'run' && arg === '--max-seconds') {
      maxSeconds = positiveNumber('--max-seconds', rest[++i]);
    } else if (verb === 'run' && arg === '--max-nodes') {
      maxNodes = Math.floor(positiveNumber('--max-nodes', rest[++i]));
    } else if (verb === 'run' && arg === '--max-file-mb') {
      maxFileMegabytes = positiveNumber('--max-file-mb', rest[++i]);
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option '${arg}'`);
    } else if (file === null) {
      file = arg;
    } else {
      throw new UsageError(`unexpected argument '${arg}'`);
    }
  }
  if (file === null) throw new UsageError(`'tgrad ${verb}' needs a FILE`);
  return verb === 'run'
    ? { kind: 'run', file, cell, maxSeconds, maxNodes, maxFileMegabytes }
    : { kind: 'check', file };
}
