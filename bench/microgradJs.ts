// userEngine.ts's program (micrograd's engine.py + nn.py and the demo step) written line for
// line in JavaScript, as a person would port it: a closure per node, a Set of children, a
// recursive topological sort, every node Python makes (`0 + v` in sum, `Value(other)` for a
// number) made here too, in the same order. It gives tgrad's losses bit for bit, so its time
// is what the same work costs V8 without an interpreter: the ceiling for running that program.

class Value {
  grad = 0;
  // engine.py makes a lambda per node, so this does too.
  _backward: () => void = () => undefined;
  readonly _prev: Set<Value>;

  constructor(
    public data: number,
    children: readonly Value[] = [],
    readonly _op = '',
  ) {
    this._prev = new Set(children);
  }

  add(o: Value | number): Value {
    const other = o instanceof Value ? o : new Value(o);
    const out = new Value(this.data + other.data, [this, other], '+');
    out._backward = () => {
      this.grad += out.grad;
      other.grad += out.grad;
    };
    return out;
  }

  mul(o: Value | number): Value {
    const other = o instanceof Value ? o : new Value(o);
    const out = new Value(this.data * other.data, [this, other], '*');
    out._backward = () => {
      this.grad += other.data * out.grad;
      other.grad += this.data * out.grad;
    };
    return out;
  }

  relu(): Value {
    const out = new Value(this.data < 0 ? 0 : this.data, [this], 'ReLU');
    out._backward = () => {
      this.grad += Number(out.data > 0) * out.grad;
    };
    return out;
  }

  backward(): void {
    const topo: Value[] = [];
    const visited = new Set<Value>();
    const buildTopo = (v: Value) => {
      if (!visited.has(v)) {
        visited.add(v);
        for (const child of v._prev) buildTopo(child);
        topo.push(v);
      }
    };
    buildTopo(this);
    this.grad = 1;
    for (let i = topo.length - 1; i >= 0; i--) topo[i]._backward();
  }
}

/** Python's sum(): `start + x0 + x1 …`, where `0 + v` is v.__radd__(0), that is v + 0. */
function sum(items: Iterable<Value>, start: Value | 0 = 0): Value {
  let acc: Value | 0 = start;
  for (const x of items) acc = acc === 0 ? x.add(0) : acc.add(x);
  return acc as Value;
}

class Uniform {
  private state = 12345n;
  next(a: number, b: number): number {
    this.state = (this.state * 1103515245n + 12345n) % 2147483648n;
    return a + (b - a) * (Number(this.state) / 2147483648);
  }
}

class Neuron {
  readonly w: Value[];
  readonly b = new Value(0);
  constructor(
    nin: number,
    uniform: Uniform,
    readonly nonlin: boolean,
  ) {
    this.w = Array.from({ length: nin }, () => new Value(uniform.next(-1, 1)));
  }
  call(x: readonly Value[]): Value {
    const w = this.w;
    function* products(): Generator<Value> {
      for (let i = 0; i < Math.min(w.length, x.length); i++) yield w[i].mul(x[i]);
    }
    const act = sum(products(), this.b);
    return this.nonlin ? act.relu() : act;
  }
  parameters(): Value[] {
    return [...this.w, this.b];
  }
}

class Layer {
  readonly neurons: Neuron[];
  constructor(nin: number, nout: number, uniform: Uniform, nonlin: boolean) {
    this.neurons = Array.from({ length: nout }, () => new Neuron(nin, uniform, nonlin));
  }
  call(x: readonly Value[]): Value[] {
    return this.neurons.map((n) => n.call(x));
  }
  parameters(): Value[] {
    return this.neurons.flatMap((n) => n.parameters());
  }
}

class MLP {
  readonly layers: Layer[];
  constructor(nin: number, nouts: number[], uniform: Uniform) {
    const sz = [nin, ...nouts];
    this.layers = nouts.map((_, i) => new Layer(sz[i], sz[i + 1], uniform, i !== nouts.length - 1));
  }
  /** The model's output: one Value, as Layer.__call__ unwraps a list of one. */
  call(x: readonly Value[]): Value {
    let h = x;
    for (const layer of this.layers) h = layer.call(h);
    return h[0];
  }
  parameters(): Value[] {
    return this.layers.flatMap((l) => l.parameters());
  }
}

/** The demo: the same points and model as USER_SETUP; each step returns its loss's data. */
export function microgradJsDemo(): { step(): number } {
  const uniform = new Uniform();
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < 100; i++) {
    const t = uniform.next(0, 3.14159);
    if (i % 2 === 0) {
      X.push([t - 1.5 + uniform.next(-0.1, 0.1), ((t * 0.6) % 1.0) - 0.3]);
      y.push(1);
    } else {
      X.push([t - 0.5 + uniform.next(-0.1, 0.1), 0.2 - ((t * 0.7) % 1.0)]);
      y.push(-1);
    }
  }
  const model = new MLP(2, [16, 16, 1], uniform);
  let k = 0;
  return {
    step() {
      const inputs = X.map((row) => row.map((v) => new Value(v)));
      const scores = inputs.map((x) => model.call(x));
      // (1 + -yi*scorei): int * Value is scorei * -yi, then 1 + that is that + 1.
      const losses = scores.map((s, i) => s.mul(-y[i]).add(1).relu());
      const dataLoss = sum(losses).mul(1.0 / losses.length);
      const params = model.parameters();
      const regLoss = sum(params.map((p) => p.mul(p))).mul(1e-4);
      const total = dataLoss.add(regLoss);
      for (const p of params) p.grad = 0;
      total.backward();
      const learningRate = 1.0 - (0.9 * k) / 100;
      for (const p of params) p.data -= learningRate * p.grad;
      k++;
      return total.data;
    },
  };
}
