// Classes deriving from the built-in data types (dict, list, str, int, float, tuple, set,
// collections' dicts) and str/int mixin enums, run as a user meets them; expected texts are
// what CPython 3.11 prints for the same programs.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('classes deriving from built-in types', () => {
  it('a dict subclass is a dict: len, in, iteration, json, ** and its own attributes', () => {
    assert.equal(
      output(py`
        import json
        class Config(dict):
            def lr(self): return self['lr']
        c = Config(lr=0.5, steps=2)
        c.note = 'x'
        def f(**kw): return sorted(kw)
        print(c, len(c), 'lr' in c, list(c), c.lr(), c.note, json.dumps(c), f(**c), {**c}['steps'])
        print(type(c).__name__, isinstance(c, dict), type(c.copy()).__name__, c.__dict__)
      `),
      "{'lr': 0.5, 'steps': 2} 2 True ['lr', 'steps'] 0.5 x {\"lr\": 0.5, \"steps\": 2} ['lr', 'steps'] 2\n" +
        "Config True dict {'note': 'x'}\n",
    );
  });

  it("d[k] calls __getitem__ and __missing__ overrides; dict's own methods do not", () => {
    assert.equal(
      output(py`
        class Vocab(dict):
            def __missing__(self, k):
                self[k] = len(self)
                return self[k]
        class Loud(dict):
            def __setitem__(self, k, v):
                print('set', k)
                super().__setitem__(k, v)
            def get(self, k, default=None):
                return 'mine'
        v = Vocab()
        print([v[w] for w in 'a b a c'.split()], v.get('z'))
        d = Loud()
        d['x'] = 1
        d.update(y=2)
        dict.__setitem__(d, 'z', 3)
        print(d, d.get('x'), dict.get(d, 'x'))
      `),
      "[0, 1, 0, 2] None\nset x\n{'x': 1, 'y': 2, 'z': 3} mine 1\n",
    );
  });

  it('an overridden append reaches the list through super() and list.append(self, x)', () => {
    assert.equal(
      output(py`
        class Tape(list):
            def __init__(self):
                super().__init__()
                self.count = 0
            def append(self, x):
                self.count += 1
                super().append(x)
        t = Tape()
        t.append(1)
        t.append(2)
        t.extend([3])
        list.append(t, 4)
        t += [5]
        print(t, t.count, type(t).__name__, t[1:], type(t[1:]).__name__, t + [6], sum(t))
      `),
      '[1, 2, 3, 4, 5] 2 Tape [2, 3, 4, 5] list [1, 2, 3, 4, 5, 6] 15\n',
    );
  });

  it('str, int, float and tuple subclasses take their value in __new__', () => {
    assert.equal(
      output(py`
        class Token(str):
            def __new__(cls, text, kind):
                obj = super().__new__(cls, text)
                obj.kind = kind
                return obj
        class Count(int):
            def __repr__(self): return f'Count({int(self)})'
        class Pair(tuple):
            def __new__(cls, a, b): return super().__new__(cls, (a, b))
        t = Token('hi', 'word')
        c = Count(3)
        print(t, repr(t), t.kind, t.upper(), t == 'hi', {'hi': 1}[t], '-'.join([t, t]))
        print(c, c + 1, [0, 1, 2, 3][c], f'{c:02d}', sorted([Count(2), 1]), Pair(1, 2), Count())
      `),
      "hi 'hi' word HI True 1 hi-hi\nCount(3) 4 3 03 [1, Count(2)] (1, 2) Count(0)\n",
    );
  });

  it('a set subclass and a defaultdict subclass show their class in repr', () => {
    assert.equal(
      output(py`
        from collections import defaultdict
        class Tags(set): pass
        class Tally(defaultdict): pass
        t = Tally(int)
        t['a'] += 2
        print(Tags([1]), Tags(), t, isinstance(t, dict))
      `),
      "Tags({1}) Tags() Tally(<class 'int'>, {'a': 2}) True\n",
    );
  });

  it('list and dict subclasses are unhashable unless they define __hash__', () => {
    assert.match(
      errorOf('class Stack(list):\n    pass\nprint({Stack(): 1})\n'),
      /^TypeError: unhashable type: 'Stack' @3:7/,
    );
  });

  it('refuses bool and bases whose instances cannot be one object, as CPython', () => {
    assert.match(
      errorOf('x = 1\nclass Strict(bool):\n    pass\n'),
      /^TypeError: type 'bool' is not an acceptable base type @2:1/,
    );
    assert.match(
      errorOf('class Both(list, dict):\n    pass\n'),
      /^TypeError: multiple bases have instance lay-out conflict @1:1/,
    );
    assert.match(
      errorOf('class E(str, Exception):\n    pass\n'),
      /^TypeError: multiple bases have instance lay-out conflict @1:1/,
    );
  });

  it('a str mixin enum: members equal their values and show as Enum members', () => {
    assert.equal(
      output(py`
        import json
        from enum import Enum
        class Color(str, Enum):
            RED = 'red'
            GREEN = 'green'
        print(Color.RED == 'red', {'red': 1}[Color.RED], repr(Color.RED), str(Color.RED), f'{Color.RED}')
        print(Color('green'), Color.RED.upper(), json.dumps({Color.RED: Color.GREEN}), ', '.join(Color))
      `),
      'True 1 <Color.RED: \'red\'> Color.RED Color.RED\nColor.GREEN RED {"red": "green"} red, green\n',
    );
  });
});
