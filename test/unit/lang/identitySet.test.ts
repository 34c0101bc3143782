// Sets of instances hashed by identity past a small set's size live in an identity table
// (runtime/identityTable.ts) until something else needs a Map. What a program sees must not
// change at any of those steps. Expected outputs are what python3 (CPython 3.11) printed.

import * as assert from 'node:assert/strict';
import { IdentityTable } from '../../../src/lang/runtime/identityTable';
import { output, py } from './runProgram';

describe('sets of instances hashed by identity', () => {
  it('adds, finds and counts members, then takes other members and removals', () => {
    const out = output(py`
      class N:
          def __init__(self, i):
              self.i = i
      ns = [N(i) for i in range(40)]
      s = set()
      for n in ns[:30]:
          s.add(n)
          s.add(n)
      print(len(s), ns[5] in s, ns[35] in s, 3 in s, "x" in s)
      s.discard(ns[3])
      print(len(s), ns[3] in s, ns[4] in s)
      s.add(7)
      print(len(s), 7 in s, 7.0 in s, ns[4] in s, sorted(n.i for n in s if isinstance(n, N))[:5])
      u = set()
      for n in ns:
          if n not in u:
              u.add(n)
      print(len(u), u == set(ns), u.copy() == u, u >= {ns[1], ns[2]}, {ns[1]} < u)
      try:
          for n in u:
              u.add(N(99))
      except RuntimeError as e:
          print("RuntimeError:", e)
      class H:
          def __init__(self, k): self.k = k
          def __hash__(self): return hash(self.k)
          def __eq__(self, o): return isinstance(o, H) and o.k == self.k
      w = set(ns[:20])
      w.add(H(1)); w.add(H(1))
      print(len(w), H(1) in w, ns[0] in w)
      v = set()
      for n in ns[:12]:
          v.add(n)
      print(v.pop() in ns, len(v), len(v | set(ns)), len(v - set(ns[:5])))
    `);
    assert.equal(
      out,
      [
        '30 True False False False',
        '29 False True',
        '30 True True True [0, 1, 2, 4, 5]',
        '40 True True True True',
        'RuntimeError: Set changed size during iteration',
        '21 True True',
        'True 11 40 7',
        '',
      ].join('\n'),
    );
  });

  // CPython's order here follows addresses, different from run to run; tgrad's is the order of
  // adding (docs/language.md), which the table must keep as it grows.
  it('keeps the order members were added in, through growth', () => {
    const out = output(py`
      class N:
          def __init__(self, i):
              self.i = i
      s = set()
      for i in range(1000):
          s.add(N(i))
      print([n.i for n in s] == list(range(1000)), len(s))
    `);
    assert.equal(out, 'True 1000\n');
  });

  it('the table itself: members found by identity, numbers shared by several', () => {
    const t = new IdentityTable<{ hid: number }>();
    // Numbers wrap past 2^31, so two objects may share one: identity still decides.
    const objs = Array.from({ length: 500 }, (_, i) => ({ hid: i % 7 }));
    for (const o of objs) assert.equal(t.add(o), true);
    for (const o of objs) assert.equal(t.add(o), false);
    assert.equal(t.members.length, 500);
    assert.ok(objs.every((o) => t.has(o)));
    assert.equal(t.has({ hid: 3 }), false);
    assert.deepEqual(t.members, objs);
  });
});
