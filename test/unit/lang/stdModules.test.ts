// The standard modules abc, copy, numbers, operator, heapq and bisect where the pure-Python
// conformance programs cannot reach: the built-in Value and MLP, ToyGrad's own refusals
// (a metaclass it lacks, an optimizer it cannot copy), and `...`. Expected outputs of plain
// Python are what python3 (CPython 3.11) printed for the same text.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('standard modules: copy of the built-in Value', () => {
  it('deepcopy copies the graph below a Value (each node once, grads too) and leaves the original alone', () => {
    const out = output(py`
      import copy
      a = Value(2.0, label='a')
      b = Value(-3.0, label='b')
      c = a * b + a * 2
      c.backward()
      d = copy.deepcopy(c)
      print(d.data, d.grad, d is c, d.op, [x.data for x in d.inputs])
      x, y = d.inputs
      print(x.inputs[0] is y.inputs[0], x.inputs[0] is a, x.inputs[0].label)
      d.backward()
      print(a.grad, b.grad, x.inputs[0].grad)
      e = copy.copy(c)
      print(e is c, e.data, e.inputs[0] is c.inputs[0])
    `);
    assert.equal(
      out,
      '-2.0 1.0 False + [-6.0, 4.0]\n' + 'True False a\n' + '-1.0 2.0 -2.0\n' + 'False -2.0 True\n',
    );
  });

  it('deepcopy of a long chain of Values does not exhaust the stack', () => {
    const out = output(py`
      import copy
      v = Value(0.0)
      for i in range(20000):
          v = v + 1
      w = copy.deepcopy(v)
      print(w.data, w is v)
    `);
    assert.equal(out, '20000.0 False\n');
  });

  it("deepcopy of an MLP's output copies the expanded graph", () => {
    const out = output(py`
      import copy
      m = MLP(2, [3, 1])
      out = m([1.0, 2.0])
      d = copy.deepcopy(out)
      print(d.data == out.data, d is out)
    `);
    assert.equal(out, 'True False\n');
  });

  it('deepcopy of an MLP makes a model sharing nothing: training it leaves the original alone', () => {
    const out = output(py`
      import copy
      m = MLP(2, [3, 1])
      twin = copy.deepcopy(m)
      before = [p.data for p in m.parameters()]
      same = [p.data for p in twin.parameters()] == before
      opt = SGD(twin.parameters(), lr=0.1)
      for _ in range(5):
          loss = (twin([1.0, -1.0]) - 1.0) ** 2
          opt.zero_grad()
          loss.backward()
          opt.step()
      print(same, [p.data for p in m.parameters()] == before, all(p.grad == 0 for p in m.parameters()))
      print([p.data for p in twin.parameters()] != before, twin.parameters()[0] is m.parameters()[0])
      print(copy.copy(m).parameters()[0] is m.parameters()[0], str(copy.deepcopy(Neuron(2))))
    `);
    assert.equal(out, 'True True True\nTrue False\nTrue TanhNeuron(2)\n');
  });

  it('a dict kind keeps its type through .copy() and copy.copy()', () => {
    const out = output(py`
      import copy
      from collections import Counter, OrderedDict, defaultdict
      d = defaultdict(list, a=[1])
      e = d.copy()
      e['b'].append(2)
      print(type(Counter('ab').copy()).__name__, type(OrderedDict(a=1).copy()).__name__, e)
    `);
    assert.equal(out, "Counter OrderedDict defaultdict(<class 'list'>, {'a': [1], 'b': [2]})\n");
  });
});

describe('standard modules: abc and class keywords', () => {
  it('stops at the line that instantiates an abstract class, with the missing methods sorted', () => {
    const code = py`
      from abc import ABC, abstractmethod
      class Module(ABC):
          @abstractmethod
          def parameters(self): ...
          @abstractmethod
          def forward(self, x): ...
      m = Module()
    `;
    assert.equal(
      errorOf(code),
      "TypeError: Can't instantiate abstract class Module with abstract methods forward, parameters @7:5",
    );
  });

  it('refuses a metaclass other than ABCMeta or type, and ** in a class statement', () => {
    assert.equal(
      errorOf('class M:\n    pass\nclass C(metaclass=M):\n    pass\n'),
      "TypeError: a tgrad class takes metaclass=ABCMeta (from abc) or none, not 'M' @3:1",
    );
    assert.match(
      errorOf('kw = {}\nclass C(**kw):\n    pass\n'),
      /^SyntaxError: '\*\*' in a class's keyword arguments is not part of tgrad @2:9$/,
    );
  });

  it('a plain class ignores @abstractmethod; a class becomes abstract by metaclass=ABCMeta', () => {
    const out = output(py`
      from abc import ABCMeta, abstractmethod
      class Plain:
          @abstractmethod
          def f(self): ...
      class Meta(metaclass=ABCMeta):
          @abstractmethod
          def f(self): ...
      print(Plain().f(), type(Meta))
      try:
          Meta()
      except TypeError as e:
          print(e)
    `);
    assert.equal(
      out,
      "None <class 'abc.ABCMeta'>\nCan't instantiate abstract class Meta with abstract method f\n",
    );
  });

  it('`...` is the Ellipsis object', () => {
    assert.equal(
      output('x = ...\nprint(x, x is Ellipsis, [1, ...], type(...))\n'),
      "Ellipsis True [1, Ellipsis] <class 'ellipsis'>\n",
    );
  });
});

describe('standard modules: operator, heapq and bisect on built-in Values', () => {
  it('operator and heapq work through the Value operators', () => {
    const out = output(py`
      import operator, heapq, bisect
      a = Value(2.0)
      b = Value(3.0)
      s = operator.add(a, b)
      p = operator.mul(s, 2)
      p.backward()
      print(s.data, p.data, a.grad, operator.lt(a, b), operator.neg(a).data)
      h = []
      for v in [Value(5.0), Value(1.0), Value(3.0)]:
          heapq.heappush(h, v)
      print([heapq.heappop(h).data for _ in range(3)])
      print(bisect.bisect([Value(1.0), Value(2.0)], Value(1.5)))
    `);
    assert.equal(out, '5.0 10.0 2.0 True -2.0\n[1.0, 3.0, 5.0]\n1\n');
  });
});

describe('standard modules: what ToyGrad has', () => {
  it('names the new modules when a module is missing', () => {
    assert.match(
      errorOf('import scipy\n'),
      /^ModuleNotFoundError: No module named 'scipy' \(ToyGrad has math, random, statistics, os.path, pathlib, .*contextlib, types, warnings, .*operator, copy, abc, numbers, heapq, bisect, dataclasses, enum, re, argparse, csv, pprint, io, gc, timeit, textwrap, fractions, unicodedata, logging, weakref, hashlib, inspect, datetime, ast.literal_eval and string/,
    );
  });
});

describe('standard modules: ABCMeta.register', () => {
  it('is the metaclass’s: on every ABC (metaclass=ABCMeta too), in no __dict__, not on instances', () => {
    const out = output(py`
      from abc import ABC, ABCMeta
      class A(metaclass=ABCMeta):
          pass
      class X:
          pass
      print(A.register(X) is X, isinstance(X(), A), issubclass(X, A), 'register' in vars(ABC))
      try:
          A().register
      except AttributeError as e:
          print(e)
      class B(ABC):
          pass
      print(B.register(int) is int, isinstance(3, B), isinstance(3.0, B))
    `);
    assert.equal(
      out,
      "True True True False\n'A' object has no attribute 'register'\nTrue True False\n",
    );
  });
});
