// The direct calls of compiled `xs.append(x)`, `xs.pop()` and `s.add(x)` (compile/calls.ts)
// and a set's one-lookup add of an identity-hashed instance (runtime/smallSet.ts): a user's
// topological sort must print what CPython prints, and the edges where the fast paths give way
// (an empty list, a frozenset, a class with its own append/pop/add, a float equal to an int
// already there, a class with __hash__/__eq__) must too. Expectations: python3.
import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('list and set method fast paths', () => {
  it('a topological sort, sets of instances and of numbers, and own methods print as in CPython', () => {
    const code = py`
      stack = [(1, 0)]
      order = []
      while stack:
          node, i = stack.pop()
          if i < 2:
              stack.append((node, i + 1))
              stack.append((node * 10 + i, 2))
          else:
              order.append(node)
      print(order)
      seen = {3}
      for x in [1, 2, 3, 2, 1.0, True, -0.0, 0]:
          seen.add(x)
      print(sorted(seen), [type(x).__name__ for x in sorted(seen)])
      class Node:
          def __init__(self, k):
              self.k = k
          def __repr__(self):
              return f"N{self.k}"
      nodes = [Node(k) for k in range(12)]
      ids = set()
      for n in nodes + nodes[::-1]:
          ids.add(n)
      print(len(ids), sorted(ids, key=lambda n: n.k) == nodes, nodes[5] in ids, Node(5) in ids)
      class Key:
          def __init__(self, k, tag):
              self.k, self.tag = k, tag
          def __hash__(self):
              return hash(self.k)
          def __eq__(self, other):
              return isinstance(other, Key) and other.k == self.k
          def __repr__(self):
              return f"{self.k}{self.tag}"
      keys = set()
      for j in range(40):
          keys.add(Key(j % 12, "ab"[j // 12 % 2]))
      print(sorted(keys, key=lambda x: x.k), Key(2, "z") in keys)
      class Stack:
          def __init__(self):
              self.items = []
          def append(self, x):
              self.items.append(x * 2)
          def pop(self):
              return "own pop"
          def add(self, x):
              self.items.append(-x)
      s = Stack()
      s.append(4)
      s.add(4)
      print(s.pop(), s.items)
      big = set(range(20))
      big.add(1.0)
      big.add(-0.0)
      print(len(big), [type(x).__name__ for x in sorted(big)[:3]])
      try:
          [].pop()
      except IndexError as e:
          print("IndexError:", e)
      try:
          frozenset([1]).add(2)
      except AttributeError as e:
          print("AttributeError:", e)
    `;
    assert.equal(
      output(code),
      [
        '[10, 11, 1]\n',
        "[-0.0, 1, 2, 3] ['float', 'int', 'int', 'int']\n",
        '12 True True False\n',
        '[0a, 1a, 2a, 3a, 4a, 5a, 6a, 7a, 8a, 9a, 10a, 11a] True\n',
        'own pop [8, -4]\n',
        "20 ['int', 'int', 'int']\n",
        'IndexError: pop from empty list\n',
        "AttributeError: 'frozenset' object has no attribute 'add'\n",
      ].join(''),
    );
  });

  it('pop from an empty list points at the call', () => {
    assert.equal(errorOf('stack = []\nx = stack.pop()\n'), 'IndexError: pop from empty list @2:5');
  });
});
