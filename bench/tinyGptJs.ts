// userGpt.ts's program (examples/build-your-own/tiny_gpt.py and its Adam step) written line
// for line in JavaScript: a Value of data, grad and arrays of inputs and local gradients,
// every node Python makes (`0 + v` in sum, `Value(other)` for a number, `x * y**-1` for a
// division) made here too, the same iterative backward with a Set and a stack of pairs, and
// pow/exp/log as CPython computes them. It gives tgrad's losses bit for bit, so its time is
// what the same work costs V8 without an interpreter: the ceiling for running that program.

import { exp, log, pow } from '../src/engine/math';
import { Interpreter } from '../src/lang/interpreter';
import { silent } from './userEngine';
import { gptSetup } from './userGpt';

const N_EMBD = 16;
const N_HEAD = 4;
const BLOCK_SIZE = 10;
const [LEARNING_RATE, BETA1, BETA2, EPS] = [0.01, 0.9, 0.99, 1e-8];

class Value {
  grad = 0.0;
  constructor(
    public data: number,
    readonly inputs: readonly Value[] = [],
    readonly localGrads: readonly number[] = [],
  ) {}

  add(o: Value | number): Value {
    const other = o instanceof Value ? o : new Value(o);
    return new Value(this.data + other.data, [this, other], [1.0, 1.0]);
  }
  mul(o: Value | number): Value {
    const other = o instanceof Value ? o : new Value(o);
    return new Value(this.data * other.data, [this, other], [other.data, this.data]);
  }
  pow(k: number): Value {
    return new Value(pow(this.data, k), [this], [k * pow(this.data, k - 1)]);
  }
  exp(): Value {
    const e = exp(this.data);
    return new Value(e, [this], [e]);
  }
  log(): Value {
    return new Value(log(this.data), [this], [1.0 / this.data]);
  }
  relu(): Value {
    return new Value(Math.max(0.0, this.data), [this], [this.data > 0 ? 1.0 : 0.0]);
  }
  neg(): Value {
    return this.mul(-1.0);
  }
  sub(o: Value | number): Value {
    return this.add(o instanceof Value ? o.neg() : -o);
  }
  div(o: Value | number): Value {
    return this.mul(o instanceof Value ? o.pow(-1) : pow(o, -1));
  }

  backward(): void {
    const order: Value[] = [];
    const seen = new Set<Value>([this]);
    const stack: [Value, number][] = [[this, 0]];
    while (stack.length > 0) {
      const [node, i] = stack.pop()!;
      if (i < node.inputs.length) {
        stack.push([node, i + 1]);
        const child = node.inputs[i];
        if (!seen.has(child)) {
          seen.add(child);
          stack.push([child, 0]);
        }
      } else order.push(node);
    }
    this.grad = 1.0;
    for (let n = order.length - 1; n >= 0; n--) {
      const node = order[n];
      const inputs = node.inputs;
      const locals = node.localGrads;
      for (let j = 0; j < Math.min(inputs.length, locals.length); j++) {
        inputs[j].grad += locals[j] * node.grad;
      }
    }
  }
}

/** Python's sum() from 0: `0 + v` is v.__radd__(0), that is v + 0. */
function sum(items: readonly Value[]): Value {
  let acc = items[0].add(0);
  for (let i = 1; i < items.length; i++) acc = acc.add(items[i]);
  return acc;
}

function dot(w: readonly Value[], x: readonly Value[]): Value {
  const products: Value[] = [];
  for (let i = 0; i < Math.min(w.length, x.length); i++) products.push(w[i].mul(x[i]));
  return sum(products);
}

type Matrix = Value[][];

function matvec(w: Matrix, x: readonly Value[]): Value[] {
  return w.map((row) => dot(row, x));
}

function rmsnorm(x: readonly Value[]): Value[] {
  const scale = sum(x.map((xi) => xi.mul(xi)))
    .div(x.length)
    .add(1e-5)
    .pow(-0.5);
  return x.map((xi) => xi.mul(scale));
}

function softmax(logits: readonly Value[]): Value[] {
  const top = Math.max(...logits.map((v) => v.data));
  const exps = logits.map((v) => v.sub(top).exp());
  const total = sum(exps);
  return exps.map((e) => e.div(total));
}

interface Model {
  tok: Matrix;
  pos: Matrix;
  wq: Matrix;
  wk: Matrix;
  wv: Matrix;
  wo: Matrix;
  fc1: Matrix;
  fc2: Matrix;
  head: Matrix;
}

function stepLogits(
  model: Model,
  token: number,
  pos: number,
  keys: Value[][],
  vals: Value[][],
): Value[] {
  let x = model.tok[token].map((t, i) => t.add(model.pos[pos][i]));
  const h = rmsnorm(x);
  const q = matvec(model.wq, h);
  keys.push(matvec(model.wk, h));
  vals.push(matvec(model.wv, h));
  const hd = Math.floor(N_EMBD / N_HEAD);
  const attended: Value[] = [];
  for (let head = 0; head < N_HEAD; head++) {
    const [lo, hi] = [head * hd, (head + 1) * hd];
    const scores = keys.map((k) => dot(q.slice(lo, hi), k.slice(lo, hi)).div(Math.sqrt(hd)));
    const weights = softmax(scores);
    for (let j = lo; j < hi; j++) {
      attended.push(sum(weights.map((w, t) => w.mul(vals[t][j]))));
    }
  }
  const projected = matvec(model.wo, attended);
  x = x.map((a, i) => a.add(projected[i]));
  const hidden = matvec(model.fc1, rmsnorm(x)).map((v) => v.relu());
  const out = matvec(model.fc2, hidden);
  x = x.map((a, i) => a.add(out[i]));
  return matvec(model.head, rmsnorm(x));
}

/** The model as tiny_gpt.py made it (its parameters' values read from the interpreter). */
function modelFrom(data: readonly number[], vocab: number): Model {
  let next = 0;
  const matrix = (rows: number, cols: number): Matrix =>
    Array.from({ length: rows }, () => Array.from({ length: cols }, () => new Value(data[next++])));
  const model: Model = {
    tok: matrix(vocab, N_EMBD),
    pos: matrix(BLOCK_SIZE, N_EMBD),
    wq: matrix(N_EMBD, N_EMBD),
    wk: matrix(N_EMBD, N_EMBD),
    wv: matrix(N_EMBD, N_EMBD),
    wo: matrix(N_EMBD, N_EMBD),
    fc1: matrix(4 * N_EMBD, N_EMBD),
    fc2: matrix(N_EMBD, 4 * N_EMBD),
    head: matrix(vocab, N_EMBD),
  };
  if (next !== data.length) throw new Error("tiny_gpt.py's model changed shape");
  return model;
}

function cellValue(interpreter: Interpreter, expression: string): unknown {
  const outcome = interpreter.runCell(expression, 1000);
  if (outcome.error !== null) throw new Error(outcome.error.toString());
  return outcome.result;
}

/** The program after userGpt.ts's setup; each step trains on the next name, returns its loss. */
export function tinyGptJsDemo(): { step(): number } {
  const interpreter = new Interpreter(silent);
  cellValue(interpreter, gptSetup());
  const names = cellValue(interpreter, 'names') as string[];
  const chars = cellValue(interpreter, 'chars') as string[];
  const BOS = chars.length;
  const STEPS = Number(cellValue(interpreter, 'STEPS'));
  const model = modelFrom(cellValue(interpreter, '[p.data for p in params]') as number[], BOS + 1);
  const params = Object.values(model).flatMap((m: Matrix) => m.flat());
  const m = params.map(() => 0.0);
  const v = params.map(() => 0.0);

  function nameLoss(name: string): Value {
    const inner = [...name].map((c) => chars.indexOf(c)).slice(0, BLOCK_SIZE - 1);
    const tokens = [BOS, ...inner, BOS];
    const keys: Value[][] = [];
    const vals: Value[][] = [];
    const losses: Value[] = [];
    for (let pos = 0; pos < tokens.length - 1; pos++) {
      const probs = softmax(stepLogits(model, tokens[pos], pos, keys, vals));
      losses.push(probs[tokens[pos + 1]].log().neg());
    }
    return sum(losses).div(losses.length);
  }

  let step = 0;
  return {
    step() {
      const loss = nameLoss(names[step % names.length]);
      for (const p of params) p.grad = 0.0;
      loss.backward();
      const lr = LEARNING_RATE * (1 - step / STEPS);
      params.forEach((p, i) => {
        m[i] = BETA1 * m[i] + (1 - BETA1) * p.grad;
        v[i] = BETA2 * v[i] + (1 - BETA2) * pow(p.grad, 2);
        const mHat = m[i] / (1 - pow(BETA1, step + 1));
        const vHat = v[i] / (1 - pow(BETA2, step + 1));
        p.data -= (lr * mHat) / (Math.sqrt(vHat) + EPS);
      });
      step++;
      return loss.data;
    },
  };
}
