// micrograd's engine.py and nn.py (Karpathy), written as users write them, with user
// classes: the demo step (MLP(2, [16, 16, 1]) on 100 points, hinge loss) run by the tgrad
// interpreter, and by python3 when it is present, for the ms per step of each.

import { spawnSync } from 'node:child_process';
import { Interpreter, type RunHost } from '../src/lang/interpreter';

/** engine.py + nn.py, verbatim but for random.uniform (a small LCG, the same in both). */
export const MICROGRAD = `_state = [12345]
def uniform(a, b):
    _state[0] = (_state[0] * 1103515245 + 12345) % 2147483648
    return a + (b - a) * (_state[0] / 2147483648)

class Value:
    """ stores a single scalar value and its gradient """

    def __init__(self, data, _children=(), _op=''):
        self.data = data
        self.grad = 0
        # internal variables used for autograd graph construction
        self._backward = lambda: None
        self._prev = set(_children)
        self._op = _op # the op that produced this node, for graphviz / debugging / etc

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), '+')

        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward

        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), '*')

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward

        return out

    def __pow__(self, other):
        assert isinstance(other, (int, float)), "only supporting int/float powers for now"
        out = Value(self.data**other, (self,), f'**{other}')

        def _backward():
            self.grad += (other * self.data**(other-1)) * out.grad
        out._backward = _backward

        return out

    def relu(self):
        out = Value(0 if self.data < 0 else self.data, (self,), 'ReLU')

        def _backward():
            self.grad += (out.data > 0) * out.grad
        out._backward = _backward

        return out

    def backward(self):

        # topological order all of the children in the graph
        topo = []
        visited = set()
        def build_topo(v):
            if v not in visited:
                visited.add(v)
                for child in v._prev:
                    build_topo(child)
                topo.append(v)
        build_topo(self)

        # go one variable at a time and apply the chain rule to get its gradient
        self.grad = 1
        for v in reversed(topo):
            v._backward()

    def __neg__(self): # -self
        return self * -1

    def __radd__(self, other): # other + self
        return self + other

    def __sub__(self, other): # self - other
        return self + (-other)

    def __rsub__(self, other): # other - self
        return other + (-self)

    def __rmul__(self, other): # other * self
        return self * other

    def __truediv__(self, other): # self / other
        return self * other**-1

    def __rtruediv__(self, other): # other / self
        return other * self**-1

    def __repr__(self):
        return f"Value(data={self.data}, grad={self.grad})"

class Module:

    def zero_grad(self):
        for p in self.parameters():
            p.grad = 0

    def parameters(self):
        return []

class Neuron(Module):

    def __init__(self, nin, nonlin=True):
        self.w = [Value(uniform(-1,1)) for _ in range(nin)]
        self.b = Value(0)
        self.nonlin = nonlin

    def __call__(self, x):
        act = sum((wi*xi for wi,xi in zip(self.w, x)), self.b)
        return act.relu() if self.nonlin else act

    def parameters(self):
        return self.w + [self.b]

    def __repr__(self):
        return f"{'ReLU' if self.nonlin else 'Linear'}Neuron({len(self.w)})"

class Layer(Module):

    def __init__(self, nin, nout, **kwargs):
        self.neurons = [Neuron(nin, **kwargs) for _ in range(nout)]

    def __call__(self, x):
        out = [n(x) for n in self.neurons]
        return out[0] if len(out) == 1 else out

    def parameters(self):
        return [p for n in self.neurons for p in n.parameters()]

    def __repr__(self):
        return f"Layer of [{', '.join(str(n) for n in self.neurons)}]"

class MLP(Module):

    def __init__(self, nin, nouts):
        sz = [nin] + nouts
        self.layers = [Layer(sz[i], sz[i+1], nonlin=i!=len(nouts)-1) for i in range(len(nouts))]

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        return x

    def parameters(self):
        return [p for layer in self.layers for p in layer.parameters()]

    def __repr__(self):
        return f"MLP of [{', '.join(str(layer) for layer in self.layers)}]"
`;

export const USER_SETUP = `X = []
y = []
for i in range(100):
    t = uniform(0, 3.14159)
    if i % 2 == 0:
        X.append([t - 1.5 + uniform(-0.1, 0.1), (t * 0.6) % 1.0 - 0.3])
        y.append(1)
    else:
        X.append([t - 0.5 + uniform(-0.1, 0.1), 0.2 - (t * 0.7) % 1.0])
        y.append(-1)

model = MLP(2, [16, 16, 1])

def loss():
    inputs = [list(map(Value, xrow)) for xrow in X]
    scores = list(map(model, inputs))
    losses = [(1 + -yi*scorei).relu() for yi, scorei in zip(y, scores)]
    data_loss = sum(losses) * (1.0 / len(losses))
    alpha = 1e-4
    reg_loss = alpha * sum((p*p for p in model.parameters()))
    total_loss = data_loss + reg_loss
    accuracy = [(yi > 0) == (scorei.data > 0) for yi, scorei in zip(y, scores)]
    return total_loss, sum(accuracy) / len(accuracy)

k = 0
`;

export const USER_STEP = `total_loss, acc = loss()
model.zero_grad()
total_loss.backward()
learning_rate = 1.0 - 0.9*k/100
for p in model.parameters():
    p.data -= learning_rate * p.grad
k += 1
`;

export const silent: RunHost = {
  print: () => {},
  log: () => {},
  draw: () => {},
  plot: () => {},
  boundary: () => {},
  trainStep: () => {},
  warn: () => {},
  shouldStop: () => false,
};

/** The user-class demo in a fresh interpreter; each step returns its loss. */
export function userClassDemo(): { step(): number } {
  const interpreter = new Interpreter(silent);
  const setup = interpreter.runCell(MICROGRAD + USER_SETUP, 1);
  if (setup.error !== null) throw new Error(`setup failed: ${setup.error.toString()}`);
  return {
    step() {
      const outcome = interpreter.runCell(USER_STEP + 'total_loss.data\n', 1000);
      if (outcome.error !== null) throw new Error(`step failed: ${outcome.error.toString()}`);
      return outcome.result as number;
    },
  };
}

/** Median ms per step of the same program under python3, or null without python3. */
export function cpythonMillisPerStep(steps: number): number | null {
  const program = `${MICROGRAD}${USER_SETUP}
import time
times = []
for _ in range(${steps}):
    t0 = time.perf_counter()
${USER_STEP.trimEnd()
  .split('\n')
  .map((l) => '    ' + l)
  .join('\n')}
    times.append(time.perf_counter() - t0)
times.sort()
print(times[len(times) // 2] * 1000)
`;
  const r = spawnSync('python3', ['-c', program], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  const ms = Number(r.stdout.trim().split('\n').pop());
  return Number.isFinite(ms) ? ms : null;
}
