// The descriptor protocol on the program's own classes and functools.cached_property, as a
// user meets them; expected texts are what CPython 3.11 prints for the same programs.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('descriptors', () => {
  it('validates writes through a data descriptor that stores under its __set_name__ name', () => {
    assert.equal(
      output(py`
        class Positive:
            def __set_name__(self, owner, name):
                self.key = '_' + name
            def __get__(self, obj, owner=None):
                return self if obj is None else getattr(obj, self.key)
            def __set__(self, obj, v):
                if v <= 0:
                    raise ValueError(f'{self.key[1:]} must be positive')
                setattr(obj, self.key, v)
        class Layer:
            lr = Positive()
            def __init__(self, lr):
                self.lr = lr
        l = Layer(0.1)
        l.__dict__['lr'] = 'shadow'
        print(l.lr, sorted(vars(l)), type(Layer.lr).__name__)
        try:
            l.lr = -1
        except ValueError as e:
            print(e)
      `),
      "0.1 ['_lr', 'lr'] Positive\nlr must be positive\n",
    );
  });

  it("lets an instance's own attribute hide a descriptor without __set__", () => {
    assert.equal(
      output(py`
        class Default:
            def __get__(self, obj, owner):
                return ('default', obj is None, owner.__name__)
        class C:
            x = Default()
        c = C()
        print(c.x, C.x)
        c.x = 'mine'
        print(c.x)
      `),
      "('default', False, 'C') ('default', True, 'C')\nmine\n",
    );
  });

  it('points an error raised in __set__ at the line of the assignment in the program', () => {
    assert.equal(
      errorOf(py`
        class Checked:
            def __get__(self, obj, owner=None):
                return 1
            def __set__(self, obj, v):
                raise TypeError('no writes')
        class C:
            a = Checked()
        C().a = 2
      `),
      'TypeError: no writes @5:9',
    );
  });

  it('computes a cached_property once, and again after del', () => {
    assert.equal(
      output(py`
        from functools import cached_property
        class Model:
            @cached_property
            def size(self):
                print('counting')
                return 3
        m = Model()
        print(m.size, m.size, vars(m))
        del m.size
        print(m.size)
      `),
      "counting\n3 3 {'size': 3}\ncounting\n3\n",
    );
  });

  it("wraps a failing __set_name__ in CPython's RuntimeError at the class statement", () => {
    assert.equal(
      errorOf(py`
        class Bad:
            def __set_name__(self, owner, name):
                raise KeyError(name)
        class C:
            b = Bad()
      `),
      "RuntimeError: Error calling __set_name__ on 'Bad' instance 'b' in 'C' @4:1",
    );
  });
});
