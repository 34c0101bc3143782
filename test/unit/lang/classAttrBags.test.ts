// Each class's instances get attribute bags from a constructor of the class's own
// (objects.ts newInstanceAttrs), so that V8 sizes a Value's bag for its own attributes. What a
// program sees must not change: attributes, __dict__, del, __slots__ and subclasses behave
// as before whatever the classes made first. Expectations: python3.
import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('attribute bags per class', () => {
  it('keep every attribute of instances of classes with few and many attributes', () => {
    const code = py`
      class One:
          def __init__(self):
              self.a = 1
      class Many:
          def __init__(self, n):
              for i in range(n):
                  setattr(self, "x" + str(i), i)
      ones = [One() for _ in range(20)]
      many = [Many(12) for _ in range(3)]
      class Value:
          def __init__(self, data):
              self.data, self.grad, self._prev, self._op, self._backward = data, 0.0, (), "", None
      vs = [Value(float(i)) for i in range(10)]
      vs[3].label = "c"
      del vs[4]._op
      print(sum(o.a for o in ones), vars(many[2])["x11"], len(vars(many[0])))
      print(vars(vs[3]), hasattr(vs[4], "_op"), vs[9].data, sorted(vars(vs[4])))
    `;
    assert.equal(
      output(code),
      "20 11 12\n{'data': 3.0, 'grad': 0.0, '_prev': (), '_op': '', '_backward': None, 'label': 'c'} " +
        "False 9.0 ['_backward', '_prev', 'data', 'grad']\n",
    );
  });

  it('keep subclasses, __dict__ assignment and __slots__ as they were', () => {
    const code = py`
      class Base:
          def __init__(self):
              self.x = 1
      class Sub(Base):
          def __init__(self):
              super().__init__()
              self.y = 2
      s = Sub()
      s.__dict__ = {"z": 3}
      print(vars(Sub()), s.z, hasattr(s, "x"))
    `;
    assert.equal(output(code), "{'x': 1, 'y': 2} 3 False\n");
    const slotted = py`
      class Slotted:
          __slots__ = ("data",)
      t = Slotted()
      t.data = 4.0
      t.other = 1
    `;
    assert.match(
      errorOf(slotted),
      /^AttributeError: 'Slotted' object has no attribute 'other' @5:/,
    );
  });
});
