// What ToyGrad offers instead of a module it does not have: the hint added to Python's
// "No module named 'numpy'".

const NO_NETWORK =
  'a ToyGrad program has no network: put the file beside the notebook and read it with open()';

const HINTS: ReadonlyMap<string, string> = new Map([
  ['numpy', 'ToyGrad has no numpy: use lists, comprehensions and the math module'],
  [
    'torch',
    'ToyGrad has no torch: use the built-in Value, MLP, SGD and Adam, or write your own Value class',
  ],
  ['tensorflow', 'ToyGrad has no tensorflow: use the built-in Value and MLP, or write your own'],
  ['jax', 'ToyGrad has no jax: use the built-in Value and MLP, or write your own'],
  [
    'matplotlib',
    'ToyGrad draws for you: log(value, name=...) for curves, plot(xs, ys), draw(v) for a graph',
  ],
  ['graphviz', 'ToyGrad draws graphs itself: draw(v), or the Graph lens above a cell'],
  ['sklearn', 'ToyGrad has its own datasets: moons(), circles(), blobs(), xor(), spiral()'],
  ['pandas', 'ToyGrad has no pandas: read a file with open() and split its lines'],
  ['tqdm', 'ToyGrad shows progress itself: train(...) draws a progress bar and the loss curve'],
  ['urllib', NO_NETWORK],
  ['requests', NO_NETWORK],
  ['http', NO_NETWORK],
  ['socket', NO_NETWORK],
  ['subprocess', 'a ToyGrad program cannot start other programs'],
  ['shutil', 'a ToyGrad program can read files but not change them'],
  ['pickle', 'a ToyGrad program can read text files only: use json'],
]);

const OFFERED =
  'ToyGrad has math, random, statistics, os.path, pathlib, sys, typing, time, json, collections, itertools, contextlib, types, warnings, functools, operator, copy, abc, numbers, heapq, bisect, dataclasses, enum, re, argparse, csv, pprint, io, gc, timeit, textwrap, fractions, unicodedata, logging, weakref, hashlib, inspect, datetime, ast.literal_eval and string, and imports .py and .tgrad files beside the notebook';

/** Python's message for a module that cannot be found, with what to use instead. */
export function noModuleMessage(name: string): string {
  const top = name.split('.')[0];
  const hint = HINTS.get(top) ?? OFFERED;
  return `No module named '${name}' (${hint})`;
}

const HINTED = /^(No module named '[^']*') \(.*\)$/s;

/**
 * Python's own message, without the hint: the exception a program catches says only
 * "No module named 'graphviz'", as CPython's does; the hint is for the error tgrad reports.
 */
export function withoutModuleHint(message: string): string {
  const m = HINTED.exec(message);
  return m === null ? message : m[1];
}
