// Everyday Python, timed one idiom at a time under `tgrad run` and under python3: what a
// learner's own program (parsing its input, a dict of counts, a heap, a try/except) feels
// like, beside the autograd programs. Each idiom runs in a function's loop, best of three
// rounds, and prints its ns per iteration; the bench shows both and their ratio.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** name, setup (module level), the statement timed (`i` is the loop counter). */
export const IDIOMS: readonly (readonly [string, string, string])[] = [
  ['int(s)', "s = '12345'", 'x = int(s)'],
  ['float(s)', "s = '3.25'", 'x = float(s)'],
  ['str(i)', '', 'x = str(i)'],
  ['line.split()', "line = 'a b c d e f'", 'x = line.split()'],
  ["f'{i} {y:.3f}'", 'y = 0.5', "x = f'{i} {y:.3f}'"],
  ["','.join(xs)", "xs = ['ab'] * 10", "x = ','.join(xs)"],
  ['d.get(k, 0)', 'd = {i: i for i in range(100)}', 'x = d.get(i % 150, 0)'],
  ['d[k] += 1', 'd = dict.fromkeys(range(64), 0)', 'd[i % 64] += 1'],
  ['k in d', 'd = {i: i for i in range(100)}', 'x = (i % 150) in d'],
  ['s.add(k)', 's = set()', 's.add(i % 500)'],
  ['xs.append(i); xs.pop()', 'xs = []', 'xs.append(i)\nxs.pop()'],
  ['[j * 2 for j in range(10)]', '', 'x = [j * 2 for j in range(10)]'],
  ['sum(j for j in range(10))', '', 'x = sum(j for j in range(10))'],
  ['small.sort()', '', 'xs = [5, 3, 1, 4, 2]\nxs.sort()'],
  [
    'sorted(xs, key=...)',
    'xs = [(j * 7919) % 101 for j in range(20)]',
    'x = sorted(xs, key=lambda v: -v)',
  ],
  ['heappush; heappop', 'import heapq\nh = []', 'heapq.heappush(h, i % 97)\nheapq.heappop(h)'],
  [
    'deque append; popleft',
    'from collections import deque\nq = deque()',
    'q.append(i)\nq.popleft()',
  ],
  ['math.sqrt(x)', 'import math', 'x = math.sqrt(i + 1.0)'],
  ['(y - t) ** 2', 't = 0.25', 'x = (i * 0.37 - t) ** 2'],
  ['y ** 3', '', 'x = (i * 0.37) ** 3'],
  ['random.random()', 'import random\nrandom.seed(1)', 'x = random.random()'],
  ['round(x, 2)', '', 'x = round(i * 0.37, 2)'],
  ['f(a, b=1)', 'def f(a, b=2):\n    return a + b', 'x = f(i, b=1)'],
  ['obj.method(i)', 'class C:\n    def m(self, a):\n        return a\nc = C()', 'x = c.m(i)'],
  [
    'Point(i, 2)',
    'class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y',
    'p = Point(i, 2)',
  ],
  ['for ch in text', "text = 'abcdefghij'", 'for ch in text:\n    pass'],
  ['raise; except', '', 'try:\n    raise ValueError(i)\nexcept ValueError:\n    pass'],
  ['try: d[k] except KeyError', 'd = {}', 'try:\n    x = d[i]\nexcept KeyError:\n    x = 0'],
  [
    'fib(10) recursion',
    'def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)',
    'x = fib(10)',
  ],
];

const indent = (text: string, by: string): string =>
  text
    .split('\n')
    .map((l) => by + l)
    .join('\n');

/** One program timing every idiom: prints `ns<TAB>name` per idiom. Runs under both. */
export function idiomProgram(iterations: number): string {
  const parts = ['import time', ''];
  IDIOMS.forEach(([name, setup, statement], k) => {
    // The setup at module level, just before its idiom runs: names reused by later idioms
    // are set again before those run.
    parts.push(
      setup,
      '',
      `def timed_${k}():`,
      '    t0 = time.perf_counter()',
      `    for i in range(${iterations}):`,
      indent(statement, '        '),
      '    return time.perf_counter() - t0',
      '',
      `timed_${k}()`,
      `print(round(min(timed_${k}() for _ in range(3)) / ${iterations} * 1e9, 1), ${JSON.stringify(name)}, sep='\\t')`,
      '',
    );
  });
  return parts.join('\n');
}

/** ns per iteration of each idiom, by name, from a run's output. */
export function parseIdiomTimes(stdout: string): Map<string, number> {
  const times = new Map<string, number>();
  for (const line of stdout.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) times.set(line.slice(tab + 1), Number(line.slice(0, tab)));
  }
  return times;
}

export interface IdiomRow {
  name: string;
  tgradNs: number;
  cpythonNs: number | null;
}

/** Times every idiom under `tgrad run` (the CLI bundle given) and under python3 if present. */
export function timeIdioms(cli: string, iterations = 100_000): IdiomRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'tgrad-idioms-'));
  try {
    const file = join(dir, 'idioms.py');
    writeFileSync(file, idiomProgram(iterations));
    const tg = spawnSync(process.execPath, [cli, 'run', file], { encoding: 'utf8' });
    if (tg.status !== 0) throw new Error(`tgrad run of the idioms failed: ${tg.stderr}`);
    const py = spawnSync('python3', [file], { encoding: 'utf8' });
    const tgrad = parseIdiomTimes(tg.stdout);
    const cpython = py.status === 0 ? parseIdiomTimes(py.stdout) : null;
    return IDIOMS.map(([name]) => ({
      name,
      tgradNs: tgrad.get(name) ?? NaN,
      cpythonNs: cpython?.get(name) ?? null,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The table the bench prints, with the geometric mean of the ratios. */
export function idiomTable(rows: readonly IdiomRow[]): string {
  const lines = [
    '| idiom | CPython ns | tgrad ns | tgrad / CPython |',
    '| --- | --- | --- | --- |',
  ];
  const ratios: number[] = [];
  for (const r of rows) {
    const ratio = r.cpythonNs === null ? null : r.tgradNs / r.cpythonNs;
    if (ratio !== null) ratios.push(ratio);
    lines.push(
      `| \`${r.name.replace(/\|/g, '\\|')}\` | ${r.cpythonNs?.toFixed(0) ?? '-'} | ${r.tgradNs.toFixed(0)} | ${ratio === null ? '-' : ratio.toFixed(2)} |`,
    );
  }
  if (ratios.length > 0) {
    const geo = Math.exp(ratios.reduce((s, x) => s + Math.log(x), 0) / ratios.length);
    lines.push(`| geometric mean | | | ${geo.toFixed(2)} |`);
  }
  return lines.join('\n');
}
