// `tgrad run FILE [--cell N] [--max-seconds S] [--max-nodes N] [ARG...]`, `tgrad check FILE`,
// `tgrad export FILE --to ipynb|py [--outputs] [-o OUT]`, `tgrad import FILE.ipynb [-o OUT]`.

export type Command =
  | {
      kind: 'run';
      file: string;
      cell: number | null;
      maxSeconds: number;
      maxNodes: number;
      maxFileMegabytes: number;
      /** The program's own arguments: sys.argv[1:], as `python3 FILE ARG...` gives them. */
      args: string[];
    }
  | { kind: 'check'; file: string }
  | { kind: 'export'; file: string; to: 'ipynb' | 'py'; out: string | null; outputs: boolean }
  | { kind: 'import'; file: string; out: string | null; force: boolean }
  | { kind: 'help' }
  | { kind: 'version' };

export const USAGE = `usage: tgrad run FILE [--cell N] [--max-seconds S] [--max-nodes N] [--max-file-mb M] [ARG...]
       tgrad check FILE
       tgrad export FILE --to ipynb|py [--outputs] [-o OUT]
       tgrad import FILE.ipynb [-o OUT] [--force]

  run     run a .tgrad or .py file headless (a file without # %% markers is one
          cell): stdout gets what the program prints and each cell's result (a .py
          without markers is a script: no result, as python3); a failing cell
          stops the run with FILE:LINE:COL on stderr and exit status 1.
          --cell N         run only the N-th code cell (1-based; markdown cells are
                           not counted), after running the cells above it silently
          --max-seconds S  stop a cell that runs longer than S seconds (default 600)
          --max-nodes N    stop a cell that makes more than N graph nodes
                           (default 5000000)
          --max-file-mb M  refuse to open or import a file over M megabytes
                           (default 50); files are read only below FILE's folder
          ARG...           the program's arguments (sys.argv[1:]); after FILE, what
                           is not one of the options above is the program's, and
                           everything after -- is
  check   report syntax errors only, in the same format; exit status 1 if any.
  export  write FILE as a Jupyter notebook (FILE.ipynb: markdown cells stay markdown,
          titles and spacing kept so that importing it gives FILE back) or as plain
          Python (FILE.py, plus toygrad_builtins.py beside it, which it imports; CPython
          3.9+ prints what tgrad run prints).
          --outputs        (ipynb) run the file first and save each cell's outputs
          -o OUT           write OUT instead
  import  write a Jupyter notebook as a .tgrad file in the percent format (FILE.tgrad;
          an existing file is kept unless --force).
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
  if (verb === 'export' || verb === 'import') return parseConvert(verb, rest);
  if (verb !== 'run' && verb !== 'check') throw new UsageError(`unknown command '${verb}'`);
  let file: string | null = null;
  let cell: number | null = null;
  let maxSeconds = 600;
  let maxNodes = 5_000_000;
  let maxFileMegabytes = 50;
  const args: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (verb === 'run' && file !== null && arg === '--') {
      args.push(...rest.slice(i + 1));
      break;
    } else if (verb === 'run' && arg === '--cell') {
      const n = positiveNumber('--cell', rest[++i]);
      if (!Number.isInteger(n)) throw new UsageError('--cell needs a whole number');
      cell = n;
    } else if (verb === 'run' && arg === '--max-seconds') {
      maxSeconds = positiveNumber('--max-seconds', rest[++i]);
    } else if (verb === 'run' && arg === '--max-nodes') {
      maxNodes = positiveNumber('--max-nodes', rest[++i]);
      if (!Number.isInteger(maxNodes)) throw new UsageError('--max-nodes needs a whole number');
    } else if (verb === 'run' && arg === '--max-file-mb') {
      maxFileMegabytes = positiveNumber('--max-file-mb', rest[++i]);
    } else if (verb === 'run' && file !== null) {
      // As `python3 FILE ARG...`: the rest of the line is the program's (sys.argv[1:]).
      args.push(arg);
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
    ? { kind: 'run', file, cell, maxSeconds, maxNodes, maxFileMegabytes, args }
    : { kind: 'check', file };
}

function parseConvert(verb: 'export' | 'import', rest: readonly string[]): Command {
  let file: string | null = null;
  let to: string | null = null;
  let out: string | null = null;
  let outputs = false;
  let force = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (verb === 'export' && arg === '--to') {
      to = rest[++i] ?? null;
      if (to !== 'ipynb' && to !== 'py') throw new UsageError('--to needs ipynb or py');
    } else if (verb === 'export' && arg === '--outputs') {
      outputs = true;
    } else if (verb === 'import' && arg === '--force') {
      force = true;
    } else if (arg === '-o' || arg === '--output') {
      out = rest[++i] ?? null;
      if (out === null) throw new UsageError(`${arg} needs a file name`);
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option '${arg}'`);
    } else if (file === null) {
      file = arg;
    } else {
      throw new UsageError(`unexpected argument '${arg}'`);
    }
  }
  if (file === null) throw new UsageError(`'tgrad ${verb}' needs a FILE`);
  if (verb === 'import') return { kind: 'import', file, out, force };
  if (to === null) throw new UsageError("'tgrad export' needs --to ipynb or --to py");
  if (outputs && to !== 'ipynb') throw new UsageError('--outputs goes with --to ipynb');
  return { kind: 'export', file, to: to as 'ipynb' | 'py', out, outputs };
}
