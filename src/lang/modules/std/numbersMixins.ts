// The concrete methods CPython's numbers classes give the classes deriving from them, written
// with the operators the subclass defines (Lib/numbers.py): Complex's `__bool__` (self != 0),
// `__sub__` and `__rsub__`; Real's `real`, `imag`, `conjugate()`, `__divmod__` and
// `__rdivmod__`; Rational's `__float__`; Integral's `__index__`, `__float__`, `numerator`
// and `denominator`. (Real's `__complex__` is not: ToyGrad has no complex numbers.)

import { binary, unary } from '../../runtime/arith';
import { getAttr } from '../../runtime/attributes';
import { richCompare } from '../../runtime/equality';
import { callValue } from '../../runtime/call';
import { NativeMethod, PyProperty, type PyInstance } from '../../runtime/objects';
import { Builtin, PyTuple, type PyValue } from '../../runtime/values';
import { shared, type StdContext } from './context';

type Impl = (self: PyInstance, args: PyValue[]) => PyValue;

function method(owner: string, name: string, impl: Impl): [string, PyValue] {
  return [name, new NativeMethod(name, owner, impl as never)];
}

function property(name: string, get: (self: PyValue) => PyValue): [string, PyValue] {
  return [name, new PyProperty(new Builtin(name, (args) => get(args[0])), null, null)];
}

export function complexMembers(): [string, PyValue][] {
  return [
    method('Complex', '__bool__', (self) => richCompare('!=', self, 0n)),
    method('Complex', '__sub__', (self, [other]) => binary('+', self, unary('-', other))),
    method('Complex', '__rsub__', (self, [other]) => binary('+', unary('-', self), other)),
  ];
}

export function realMembers(): [string, PyValue][] {
  return [
    property('real', (self) => unary('+', self)),
    property('imag', () => 0n),
    method('Real', 'conjugate', (self) => unary('+', self)),
    method(
      'Real',
      '__divmod__',
      (self, [other]) => new PyTuple([binary('//', self, other), binary('%', self, other)]),
    ),
    method(
      'Real',
      '__rdivmod__',
      (self, [other]) => new PyTuple([binary('//', other, self), binary('%', other, self)]),
    ),
  ];
}

export function rationalMembers(s: StdContext): [string, PyValue][] {
  const int = shared(s, 'int');
  const part = (self: PyValue, name: string): PyValue =>
    callValue(int, [getAttr(self, name)], null);
  return [
    method('Rational', '__float__', (self) =>
      binary('/', part(self, 'numerator'), part(self, 'denominator')),
    ),
  ];
}

export function integralMembers(s: StdContext): [string, PyValue][] {
  const int = shared(s, 'int');
  const float = shared(s, 'float');
  return [
    method('Integral', '__index__', (self) => callValue(int, [self], null)),
    method('Integral', '__float__', (self) =>
      callValue(float, [callValue(int, [self], null)], null),
    ),
    property('numerator', (self) => unary('+', self)),
    property('denominator', () => 1n),
  ];
}
