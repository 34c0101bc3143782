"""ToyGrad's built-ins in plain Python: a .tgrad program exported by ToyGrad (`tgrad export
FILE --to py`, or ToyGrad: Export as Python) imports this module and prints under CPython 3.9+
what it prints in ToyGrad.

With these names in scope, CPython prints what the contract (docs/language.md) says a program
prints. Where the contract leaves a choice to the engine (op names, the order of a sum, the
update formulas, the messages of ToyGrad's own errors), this module makes the engine's choice
(src/engine/, src/lang/builtins/), operation for operation, so that the floats come out bit
for bit the same. `draw`, `plot`, `boundary` and the loss-curve `log` check their arguments
as ToyGrad does and draw nothing.

The language has three rules Python lacks; the exporter rewrites the program to call
`label`, `show` and `log_point` below for them (test/conformance/reference/run.py applies the
same functions to the syntax tree). The same module is the conformance corpus's reference.
"""

import math as _math
import random as _random

__all__ = [
    'Value', 'backward', 'zero_grad',
    'Neuron', 'Layer', 'MLP',
    'mse', 'sse', 'hinge', 'bce', 'cross_entropy', 'softmax',
    'SGD', 'Adam', 'train',
    'seed', 'random', 'uniform', 'gauss', 'shuffle', 'choice', 'randint', 'sample',
    'moons', 'circles', 'blobs', 'xor', 'spiral', 'linspace',
    'pi', 'e', 'floor', 'ceil', 'tanh', 'relu', 'exp', 'log', 'sigmoid', 'sqrt', 'sin', 'cos',
    'sum', 'draw', 'plot', 'boundary',
]

pi = _math.pi
e = _math.e

_rng = _random.Random(0)


def _type_name(v):
    return type(v).__name__


def _show_number(x):
    """The engine's showNumber: `2.0` for an integral float below 1e16, else JS's String(x)."""
    if x == x and x not in (float('inf'), float('-inf')) and float(x).is_integer() and abs(x) < 1e16:
        return '%.1f' % x
    return _js_string(x)


def _js_string(x):
    """JS's String(x) of a double (what the engine's template strings print)."""
    x = float(x)
    if x != x:
        return 'NaN'
    if x == float('inf'):
        return 'Infinity'
    if x == float('-inf'):
        return '-Infinity'
    if x == 0:
        return '0'
    if x.is_integer() and abs(x) < 1e21:
        return str(int(x))
    r = repr(x)
    mantissa, _, exp = r.partition('e')
    if exp:
        ex = int(exp)
        if -7 < ex < 21:
            # JS writes these in plain decimal
            return _plain_decimal(x)
        if mantissa.endswith('.0'):
            mantissa = mantissa[:-2]
        return mantissa + 'e' + ('+' if ex > 0 else '-') + str(abs(ex))
    return r


def _plain_decimal(x):
    from decimal import Decimal
    return format(Decimal(repr(x)), 'f')


# ---- Value ----------------------------------------------------------------------------------

# Op codes as in src/engine/value.ts.
_LEAF, _CONST, _ADD, _ADDK, _SUB, _SUBK, _RSUBK, _MUL, _MULK, _DIV, _DIVK, _RDIVK, \
    _POW, _POWK, _RPOWK, _NEG, _TANH, _RELU, _EXP, _LOG, _SIGMOID, _SQRT, _SIN, _COS, \
    _ABS = range(25)

_OP_NAMES = {
    _LEAF: '', _CONST: '', _ADD: '+', _ADDK: '+', _SUB: '-', _SUBK: '-', _RSUBK: '-',
    _MUL: '*', _MULK: '*', _DIV: '/', _DIVK: '/', _RDIVK: '/', _POW: '**', _POWK: '**',
    _RPOWK: '**', _NEG: 'neg', _TANH: 'tanh', _RELU: 'ReLU', _EXP: 'exp', _LOG: 'log',
    _SIGMOID: 'sigmoid', _SQRT: 'sqrt', _SIN: 'sin', _COS: 'cos', _ABS: 'abs',
}


def _scalar(v):
    """A number operand of a Value op as a float; None when it is not a number."""
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, int):
        return float(v)
    if isinstance(v, float):
        return v
    return None


def _float_attr(owner, name, v):
    if isinstance(v, (bool, int)):
        return float(v)
    if isinstance(v, float):
        return v
    if isinstance(v, Value):
        raise TypeError('%s.%s must be a number, not a Value (use x.data to get its number)'
                        % (owner, name))
    raise TypeError("%s.%s must be a number, not '%s'" % (owner, name, _type_name(v)))


def _exp(x):
    try:
        return _math.exp(x)
    except OverflowError:
        return float('inf')


def _pow(x, y):
    """JS's x ** y for the engine's finite, checked operands."""
    try:
        return x ** y
    except OverflowError:
        return float('inf') if x > 0 or float(y).is_integer() and int(y) % 2 == 0 else float('-inf')
    except ZeroDivisionError:
        return float('inf')


def _checked_pow(x, y):
    if x == 0 and y < 0:
        raise ZeroDivisionError('0.0 cannot be raised to a negative power')
    if x < 0 and not float(y).is_integer():
        raise ValueError('a negative number (%s) cannot be raised to a fractional power (%s)'
                         % (_show_number(x), _show_number(y)))
    r = _pow(x, y)
    if _math.isfinite(x) and _math.isfinite(y) and not _math.isfinite(r):
        raise OverflowError("(34, 'Numerical result out of range')")
    return r


def _sigmoid_of(x):
    if x >= 0:
        return 1 / (1 + _exp(-x))
    z = _exp(x)
    return z / (1 + z)


class Value:
    __slots__ = ('_d', '_g', '_lbl', '_code', '_a', '_b', '_mark', '_slot')

    def __init__(self, *args, **kw):
        (data, label), _ = _bind('Value', ['data', 'label'], 1, args, kw)
        if isinstance(data, Value):
            raise TypeError('Value() needs a number, not a Value (it already is one)')
        x = _scalar(data)
        if x is None:
            raise TypeError("Value() needs a number, not '%s'" % _type_name(data))
        if label is not None and not isinstance(label, str):
            raise TypeError("Value(): label must be a str, not '%s'" % _type_name(label))
        self._d = x
        self._g = 0.0
        self._lbl = label or ''
        self._code = _LEAF
        self._a = None
        self._b = None
        self._mark = 0
        self._slot = 0

    @staticmethod
    def _node(code, data, a, b):
        v = Value.__new__(Value)
        v._d = data
        v._g = 0.0
        v._lbl = ''
        v._code = code
        v._a = a
        v._b = b
        v._mark = 0
        v._slot = 0
        return v

    # attributes
    @property
    def data(self):
        return self._d

    @data.setter
    def data(self, v):
        self._d = _float_attr('Value', 'data', v)

    @property
    def grad(self):
        return self._g

    @grad.setter
    def grad(self, v):
        self._g = _float_attr('Value', 'grad', v)

    @property
    def label(self):
        return self._lbl

    @label.setter
    def label(self, v):
        if not isinstance(v, str):
            raise TypeError("Value.label must be a str, not '%s'" % _type_name(v))
        self._lbl = v

    @property
    def op(self):
        if self._code == _POWK:
            return '**' + _js_string(self._b)
        return _OP_NAMES[self._code]

    @property
    def _op(self):
        return self.op

    @property
    def inputs(self):
        self._materialize()
        if self._a is None:
            return []
        return [self._a, self._b] if isinstance(self._b, Value) else [self._a]

    @property
    def _prev(self):
        return set(self.inputs)

    def _materialize(self):
        b = self._b
        if not isinstance(b, float) or self._code == _POWK:
            return
        c = Value._node(_CONST, b, None, None)
        code = self._code
        if code == _ADDK:
            self._code, self._b = _ADD, c
        elif code == _SUBK:
            self._code, self._b = _SUB, c
        elif code == _MULK:
            self._code, self._b = _MUL, c
        elif code == _DIVK:
            self._code, self._b = _DIV, c
        elif code in (_RSUBK, _RDIVK, _RPOWK):
            x = self._a
            self._code = {_RSUBK: _SUB, _RDIVK: _DIV, _RPOWK: _POW}[code]
            self._a, self._b = c, x

    # arithmetic
    def _bin(self, op, other):
        o = other if isinstance(other, Value) else _scalar(other)
        if o is None:
            return NotImplemented
        a = self
        if op == '+':
            if isinstance(o, Value):
                return Value._node(_ADD, a._d + o._d, a, o)
            return Value._node(_ADDK, a._d + o, a, o)
        if op == '-':
            if isinstance(o, Value):
                return Value._node(_SUB, a._d - o._d, a, o)
            return Value._node(_SUBK, a._d - o, a, o)
        if op == '*':
            if isinstance(o, Value):
                return Value._node(_MUL, a._d * o._d, a, o)
            return Value._node(_MULK, a._d * o, a, o)
        if op == '/':
            if isinstance(o, Value):
                if o._d == 0:
                    raise ZeroDivisionError('float division by zero')
                return Value._node(_DIV, a._d / o._d, a, o)
            if o == 0:
                raise ZeroDivisionError('float division by zero')
            return Value._node(_DIVK, a._d / o, a, o)
        if op == '**':
            if isinstance(o, Value):
                return Value._node(_POW, _checked_pow(a._d, o._d), a, o)
            return Value._node(_POWK, _checked_pow(a._d, o), a, o)
        raise AssertionError(op)

    def __add__(self, o):
        return self._bin('+', o)

    def __sub__(self, o):
        return self._bin('-', o)

    def __mul__(self, o):
        return self._bin('*', o)

    def __truediv__(self, o):
        return self._bin('/', o)

    def __pow__(self, o):
        return self._bin('**', o)

    def __radd__(self, o):
        k = _scalar(o)
        if k is None:
            return NotImplemented
        return Value._node(_ADDK, self._d + k, self, k)

    def __rmul__(self, o):
        k = _scalar(o)
        if k is None:
            return NotImplemented
        return Value._node(_MULK, self._d * k, self, k)

    def __rsub__(self, o):
        k = _scalar(o)
        if k is None:
            return NotImplemented
        return Value._node(_RSUBK, k - self._d, self, k)

    def __rtruediv__(self, o):
        k = _scalar(o)
        if k is None:
            return NotImplemented
        if self._d == 0:
            raise ZeroDivisionError('float division by zero')
        return Value._node(_RDIVK, k / self._d, self, k)

    def __rpow__(self, o):
        k = _scalar(o)
        if k is None:
            return NotImplemented
        return Value._node(_RPOWK, _checked_pow(k, self._d), self, k)

    def __neg__(self):
        return Value._node(_NEG, -self._d, self, None)

    def __pos__(self):
        return self

    def __abs__(self):
        return self.abs()

    # functions
    def _check_no_args(self, name, args):
        if args:
            raise TypeError('Value.%s() takes no arguments (%d given)' % (name, len(args)))

    def tanh(self, *args):
        self._check_no_args('tanh', args)
        return Value._node(_TANH, _math.tanh(self._d), self, None)

    def relu(self, *args):
        self._check_no_args('relu', args)
        return Value._node(_RELU, 0.0 if self._d < 0 else self._d, self, None)

    def exp(self, *args):
        self._check_no_args('exp', args)
        return Value._node(_EXP, _num_exp(self._d), self, None)

    def log(self, *args):
        self._check_no_args('log', args)
        if not self._d > 0:
            raise ValueError('log() needs a positive number, got %s (math domain error)'
                             % _show_number(self._d))
        return Value._node(_LOG, _math.log(self._d), self, None)

    def sigmoid(self, *args):
        self._check_no_args('sigmoid', args)
        return Value._node(_SIGMOID, _sigmoid_of(self._d), self, None)

    def sqrt(self, *args):
        self._check_no_args('sqrt', args)
        if self._d < 0:
            raise ValueError('sqrt() needs a number ≥ 0, got %s (math domain error)'
                             % _show_number(self._d))
        return Value._node(_SQRT, _math.sqrt(self._d), self, None)

    def sin(self, *args):
        self._check_no_args('sin', args)
        return Value._node(_SIN, _math.sin(self._d), self, None)

    def cos(self, *args):
        self._check_no_args('cos', args)
        return Value._node(_COS, _math.cos(self._d), self, None)

    def abs(self, *args):
        self._check_no_args('abs', args)
        return Value._node(_ABS, abs(self._d), self, None)

    def backward(self, *args):
        self._check_no_args('backward', args)
        _backward(self)

    # comparisons by data
    def _cmp_other(self, o):
        if isinstance(o, Value):
            return o._d
        if isinstance(o, (bool, int, float)):
            return o
        return None

    def __eq__(self, o):
        x = self._cmp_other(o)
        if x is None:
            return NotImplemented
        return self._d == x

    def __ne__(self, o):
        x = self._cmp_other(o)
        if x is None:
            return NotImplemented
        return self._d != x

    def __lt__(self, o):
        x = self._cmp_other(o)
        if x is None:
            return NotImplemented
        return self._d < x

    def __le__(self, o):
        x = self._cmp_other(o)
        if x is None:
            return NotImplemented
        return self._d <= x

    def __gt__(self, o):
        x = self._cmp_other(o)
        if x is None:
            return NotImplemented
        return self._d > x

    def __ge__(self, o):
        x = self._cmp_other(o)
        if x is None:
            return NotImplemented
        return self._d >= x

    __hash__ = object.__hash__

    def __float__(self):
        return self._d

    def __repr__(self):
        return 'Value(data=%r, grad=%r)' % (self._d, self._g)


# ---- backward (src/engine/backward.ts) --------------------------------------------------------

_pass = [0]


def _topological_order(root):
    _pass[0] += 1
    enter = _pass[0] * 2
    done = enter + 1
    order = []
    stack = [root]
    while stack:
        v = stack[-1]
        if v._mark < enter:
            v._mark = enter
            b = v._b
            if isinstance(b, Value) and b._mark < enter:
                stack.append(b)
            a = v._a
            if a is not None and a._mark < enter:
                stack.append(a)
        else:
            stack.pop()
            if v._mark == enter:
                v._mark = done
                v._slot = len(order)
                order.append(v)
    return order


def _propagate(n, g, adj):
    code = n._code
    a = n._a
    if code in (_LEAF, _CONST):
        return
    if code in (_ADD, _ADDK):
        adj[a._slot] += g
        if code == _ADD:
            adj[n._b._slot] += g
    elif code in (_SUB, _SUBK, _RSUBK):
        if code == _RSUBK:
            adj[a._slot] -= g
            return
        adj[a._slot] += g
        if code == _SUB:
            adj[n._b._slot] -= g
    elif code in (_MUL, _MULK):
        if code == _MULK:
            adj[a._slot] += n._b * g
            return
        b = n._b
        adj[a._slot] += b._d * g
        adj[b._slot] += a._d * g
    elif code in (_DIV, _DIVK, _RDIVK):
        if code == _DIV:
            b = n._b
            adj[a._slot] += _js_div(g, b._d)
            adj[b._slot] -= _js_div(g * a._d, b._d * b._d)
        elif code == _DIVK:
            adj[a._slot] += _js_div(g, n._b)
        else:
            adj[a._slot] -= _js_div(g * n._b, a._d * a._d)
    elif code in (_POW, _POWK, _RPOWK):
        if code == _POWK:
            k = n._b
            adj[a._slot] += k * _pow(a._d, k - 1) * g
        elif code == _POW:
            b = n._b
            adj[a._slot] += b._d * _pow(a._d, b._d - 1) * g
            adj[b._slot] += _pow_exponent_grad(a._d, n._d) * g
        else:
            adj[a._slot] += _pow_exponent_grad(n._b, n._d) * g
    elif code == _NEG:
        adj[a._slot] -= g
    elif code == _TANH:
        t = n._d
        adj[a._slot] += (1 - t * t) * g
    elif code == _RELU:
        adj[a._slot] += g if n._d > 0 else 0
    elif code == _EXP:
        adj[a._slot] += n._d * g
    elif code == _LOG:
        adj[a._slot] += _js_div(g, a._d)
    elif code == _SIGMOID:
        s = n._d
        adj[a._slot] += s * (1 - s) * g
    elif code == _SQRT:
        adj[a._slot] += _js_div(0.5, n._d) * g
    elif code == _SIN:
        adj[a._slot] += _math.cos(a._d) * g
    elif code == _COS:
        adj[a._slot] -= _math.sin(a._d) * g
    elif code == _ABS:
        adj[a._slot] += (1 if a._d > 0 else -1 if a._d < 0 else 0) * g


def _js_div(x, y):
    if y == 0:
        if x == 0 or x != x:
            return float('nan')
        neg = (x < 0) != (_math.copysign(1, y) < 0)
        return float('-inf') if neg else float('inf')
    return x / y


def _pow_exponent_grad(base, out):
    return 0 if out == 0 else out * _js_log(base)


def _js_log(x):
    if x > 0:
        return _math.log(x)
    if x == 0:
        return float('-inf')
    return float('nan')


def _backward(root):
    nodes = _topological_order(root)
    n = len(nodes)
    adj = [0.0] * n
    adj[n - 1] = 1.0
    for i in range(n - 1, -1, -1):
        v = nodes[i]
        g = adj[i]
        v._g += g
        _propagate(v, g, adj)


def backward(*args, **kw):
    if kw:
        raise TypeError('backward() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError('backward() takes exactly one argument (%d given)' % len(args))
    v = args[0]
    if not isinstance(v, Value):
        raise TypeError("backward() needs a Value, not '%s'" % _type_name(v))
    _backward(v)


def _zero_grad_of(v):
    if isinstance(v, Value):
        v._g = 0.0
    elif isinstance(v, (Neuron, Layer, MLP)):
        v.zero_grad()
    elif isinstance(v, (list, tuple)):
        for x in v:
            _zero_grad_of(x)
    else:
        raise TypeError("zero_grad() needs a module, a Value or a list of Values, not '%s'"
                        % _type_name(v))


def zero_grad(*args, **kw):
    if kw:
        raise TypeError('zero_grad() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError('zero_grad() takes exactly one argument (%d given)' % len(args))
    _zero_grad_of(args[0])


# ---- neural networks (src/engine/nn.ts) -------------------------------------------------------

_ACTIVATIONS = ('tanh', 'relu', 'sigmoid', 'linear')
_ACT_NAMES = {'tanh': 'Tanh', 'relu': 'ReLU', 'sigmoid': 'Sigmoid', 'linear': 'Linear'}


def _activation(fname, what, v, dflt):
    if v is None:
        return dflt
    if isinstance(v, str) and v in _ACTIVATIONS:
        return v
    raise ValueError('%s(): unknown %s %r: choose one of "tanh", "relu", "sigmoid", "linear"'
                     % (fname, what, v))


def _size(fname, what, v):
    if isinstance(v, float):
        raise TypeError('%s(): %s must be a whole number, not a float (%r)' % (fname, what, v))
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, int):
        return v
    raise TypeError('%s(): %s must be an integer, not %s' % (fname, what, _type_name(v)))


def _check_size(what, n):
    if n < 1:
        raise ValueError('%s must be a whole number ≥ 1, got %s' % (what, n))


def _check_inputs(module, expected, x):
    if len(x) != expected:
        raise ValueError('%s expects %d input%s, got a list of %d'
                         % (module, expected, '' if expected == 1 else 's', len(x)))


def _module_input(x):
    if not isinstance(x, (list, tuple)):
        if isinstance(x, (Value, float)) or (isinstance(x, int) and not isinstance(x, bool)):
            shown = repr(x.data if isinstance(x, Value) else x)
            raise TypeError('a module takes a list of inputs, e.g. model([%s]), not a single %s'
                            % (shown, _type_name(x)))
        raise TypeError("'%s' object is not iterable" % _type_name(x))
    out = []
    for v in x:
        if isinstance(v, (Value, float)):
            out.append(v)
        elif isinstance(v, bool):
            out.append(1.0 if v else 0.0)
        elif isinstance(v, int):
            out.append(float(v))
        else:
            raise TypeError("a module's inputs must be numbers or Values, not '%s'"
                            % _type_name(v))
    return out


def _activate(act, v):
    if act == 'tanh':
        return v.tanh()
    if act == 'relu':
        return v.relu()
    if act == 'sigmoid':
        return v.sigmoid()
    return v


def _module_call(m, args, kw):
    if kw or len(args) != 1:
        raise TypeError('%s.__call__() takes exactly one argument: the list of inputs'
                        % _type_name(m))
    return m._call(_module_input(args[0]))


class _Module:
    def parameters(self, *args):
        if args:
            raise TypeError('%s.parameters() takes no arguments (%d given)'
                            % (_type_name(self), len(args)))
        return self._parameters()

    def zero_grad(self, *args):
        if args:
            raise TypeError('%s.zero_grad() takes no arguments (%d given)'
                            % (_type_name(self), len(args)))
        for p in self._parameters():
            p._g = 0.0

    def __call__(self, *args, **kw):
        return _module_call(self, args, kw)


def _new_neuron(nin, act):
    n = Neuron.__new__(Neuron)
    _check_size('a neuron’s number of inputs', nin)
    n.nin = nin
    n.act = act
    n.w = [Value(_rng.uniform(-1, 1)) for _ in range(nin)]
    n.b = Value(0)
    return n


class Neuron(_Module):
    def __init__(self, nin, act=None):
        n = _new_neuron(_size('Neuron', 'nin', nin), _activation('Neuron', 'act', act, 'tanh'))
        self.__dict__.update(n.__dict__)

    def _call(self, x):
        _check_inputs('this neuron', self.nin, x)
        s = self.b
        for wi, xi in zip(self.w, x):
            s = s + wi * xi
        return _activate(self.act, s)

    def _parameters(self):
        return self.w + [self.b]

    def __repr__(self):
        return '%sNeuron(%d)' % (_ACT_NAMES[self.act], self.nin)


def _new_layer(nin, nout, act):
    _check_size('a layer’s number of inputs', nin)
    _check_size('a layer’s number of outputs', nout)
    l = Layer.__new__(Layer)
    l.nin = nin
    l.nout = nout
    l.act = act
    l.neurons = [_new_neuron(nin, act) for _ in range(nout)]
    return l


class Layer(_Module):
    def __init__(self, nin, nout, act=None):
        l = _new_layer(_size('Layer', 'nin', nin), _size('Layer', 'nout', nout),
                       _activation('Layer', 'act', act, 'tanh'))
        self.__dict__.update(l.__dict__)

    def _call(self, x):
        _check_inputs('this layer', self.nin, x)
        outs = [n._call(x) for n in self.neurons]
        return outs[0] if len(outs) == 1 else outs

    def _parameters(self):
        return [p for n in self.neurons for p in n._parameters()]

    def __repr__(self):
        return 'Layer of [%s]' % ', '.join(repr(n) for n in self.neurons)


class MLP(_Module):
    def __init__(self, nin, nouts, act=None, out=None):
        if not isinstance(nouts, (list, tuple)):
            raise TypeError("MLP(): the layer sizes must be a list, e.g. MLP(2, [16, 16, 1]), "
                            "not '%s'" % _type_name(nouts))
        hidden = _activation('MLP', 'act', act, 'tanh')
        nin = _size('MLP', 'nin', nin)
        sizes = [_size('MLP', 'layer size', k) for k in nouts]
        last = _activation('MLP', 'out', out, hidden)
        _check_size('an MLP’s number of inputs', nin)
        if not sizes:
            raise ValueError('an MLP needs at least one layer size, e.g. MLP(2, [16, 1])')
        self.sizes = [nin] + sizes
        self.nin = nin
        self.layers = [
            _new_layer(self.sizes[i], sizes[i], last if i == len(sizes) - 1 else hidden)
            for i in range(len(sizes))
        ]

    def _call(self, x):
        _check_inputs('this MLP', self.nin, x)
        h = self.layers[0]._call(x)
        for layer in self.layers[1:]:
            h = layer._call([h] if isinstance(h, Value) else h)
        return h

    def _parameters(self):
        return [p for l in self.layers for p in l._parameters()]

    def __repr__(self):
        return 'MLP of [%s]' % ', '.join(repr(l) for l in self.layers)


# ---- losses (src/engine/losses.ts) ------------------------------------------------------------

def _nested(fname, v):
    if isinstance(v, (float, Value)):
        return v
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, int):
        return float(v)
    if isinstance(v, (list, tuple)):
        return [_nested(fname, x) for x in v]
    raise TypeError("%s() needs numbers, Values or lists of them, not '%s'"
                    % (fname, _type_name(v)))


def _flatten(x, into):
    if isinstance(x, list):
        for item in x:
            _flatten(item, into)
    else:
        into.append(x)
    return into


def _pairs(loss, pred, target):
    p = _flatten(pred, [])
    t = _flatten(target, [])
    if len(p) != len(t):
        raise ValueError('%s: got %d prediction%s but %d target%s'
                         % (loss, len(p), '' if len(p) == 1 else 's', len(t),
                            '' if len(t) == 1 else 's'))
    if not p:
        raise ValueError('%s: there are no predictions' % loss)
    return p, t


def _as_value(x):
    return x if isinstance(x, Value) else Value(x)


def _minus(a, b):
    if isinstance(a, Value):
        return a - b
    if isinstance(b, Value):
        return b.__rsub__(a)
    return Value(a - b)


def _times(a, b):
    if isinstance(a, Value):
        return a * b
    if isinstance(b, Value):
        return b * a
    return Value(a * b)


def _sum_values(terms):
    s = terms[0]
    for t in terms[1:]:
        s = s + t
    return s


def _bind(fname, names, required, args, kw):
    n = len(names)
    if len(args) > n:
        if required == n:
            raise TypeError('%s() takes exactly %s (%d given)' % (
                fname, 'one argument' if n == 1 else '%d arguments' % n, len(args)))
        raise TypeError('%s() takes at most %d argument%s (%d given)'
                        % (fname, n, '' if n == 1 else 's', len(args)))
    out = list(args) + [None] * (n - len(args))
    given = [True] * len(args) + [False] * (n - len(args))
    for k, v in kw.items():
        if k not in names:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (fname, k))
        i = names.index(k)
        if i < len(args):
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (fname, k, i + 1))
        out[i] = v
        given[i] = True
    for i in range(required):
        if not given[i]:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (fname, names[i], i + 1))
    return out, given


def sse(*args, **kw):
    (p, t), _ = _bind('sse', ['pred', 'target'], 2, args, kw)
    p, t = _pairs('sse', _nested('sse', p), _nested('sse', t))
    return _sum_values([_minus(pi, t[i]) ** 2 for i, pi in enumerate(p)])


def mse(*args, **kw):
    (p, t), _ = _bind('mse', ['pred', 'target'], 2, args, kw)
    p, t = _pairs('mse', _nested('mse', p), _nested('mse', t))
    total = _sum_values([_minus(pi, t[i]) ** 2 for i, pi in enumerate(p)])
    return total if len(p) == 1 else total / len(p)


def _negate(x):
    return -x


def hinge(*args, **kw):
    (s, y), _ = _bind('hinge', ['scores', 'labels'], 2, args, kw)
    s, y = _pairs('hinge', _nested('hinge', s), _nested('hinge', y))
    terms = [(_times(_negate(y[i]), si) + 1).relu() for i, si in enumerate(s)]
    return _sum_values(terms) * (1.0 / len(terms))


def bce(*args, **kw):
    (p, t), _ = _bind('bce', ['prob', 'target'], 2, args, kw)
    p, t = _pairs('bce', _nested('bce', p), _nested('bce', t))
    terms = []
    for i, pi in enumerate(p):
        pv = _as_value(pi)
        if not (0 < pv.data < 1):
            raise ValueError('bce: a probability must be strictly between 0 and 1, got %s '
                             '(a saturated sigmoid? try a smaller learning rate)'
                             % _show_number(pv.data))
        ti = t[i]
        log_p = pv.log()
        log_1mp = pv.__rsub__(1).log()
        other = 1 - ti if not isinstance(ti, Value) else ti.__rsub__(1)
        terms.append(-(_times(ti, log_p) + _times(other, log_1mp)))
    total = _sum_values(terms)
    return total if len(terms) == 1 else total / len(terms)


def _max_data(xs):
    m = float('-inf')
    for x in xs:
        m = max(m, x.data if isinstance(x, Value) else x)
    return m


def _scalars(fname, v):
    if not isinstance(v, (list, tuple)):
        raise TypeError("%s() needs a list of numbers or Values, not '%s'"
                        % (fname, _type_name(v)))
    return _module_input(v)


def _softmax(logits):
    if not logits:
        raise ValueError('softmax of an empty list')
    m = _max_data(logits)
    exps = [(_as_value(x) - m).exp() for x in logits]
    total = _sum_values(exps)
    return [e_ / total for e_ in exps]


def softmax(*args, **kw):
    if kw:
        raise TypeError('softmax() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError('softmax() takes exactly one argument (%d given)' % len(args))
    return _softmax(_scalars('softmax', args[0]))


def _cross_entropy(logits, index):
    if not logits:
        raise ValueError('cross_entropy of an empty list')
    if not (float(index).is_integer() and 0 <= index < len(logits)):
        raise IndexError('cross_entropy: class index %s is out of range for %d logits'
                         % (_js_string(index), len(logits)))
    m = _max_data(logits)
    shifted = [_as_value(x) - m for x in logits]
    lse = _sum_values([z.exp() for z in shifted]).log()
    return lse - shifted[int(index)]


def _int_arg(fname, what, v):
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, int):
        return v
    raise TypeError('%s(): %s must be an integer, not %s' % (fname, what, _type_name(v)))


def cross_entropy(*args, **kw):
    (logits, index), _ = _bind('cross_entropy', ['logits', 'index'], 2, args, kw)
    return _cross_entropy(_scalars('cross_entropy', logits),
                          _int_arg('cross_entropy', 'index', index))


# ---- optimizers (src/engine/optim.ts) ---------------------------------------------------------

def _real_arg(fname, v):
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, (int, float)):
        return float(v)
    raise TypeError("%s() needs a number or a Value, not '%s'" % (fname, _type_name(v)))


def _check_rate(name, x, low, high):
    if not (low <= x <= high):
        raise ValueError('%s must be between %s and %s, got %s'
                         % (name, _show_number(low), _show_number(high), _show_number(x)))


def _parameter_list(fname, v):
    if isinstance(v, _Module):
        return v._parameters()
    if not isinstance(v, (list, tuple)):
        raise TypeError("%s() needs a list of Values (e.g. model.parameters()), not '%s'"
                        % (fname, _type_name(v)))
    for p in v:
        if not isinstance(p, Value):
            raise TypeError("%s() needs a list of Values, but it holds a '%s'"
                            % (fname, _type_name(p)))
    return list(v)


class _Optimizer:
    @property
    def lr(self):
        return self._lr

    @lr.setter
    def lr(self, v):
        self._lr = _float_attr(_type_name(self), 'lr', v)

    @property
    def params(self):
        return list(self._params)

    def zero_grad(self, *args):
        if args:
            raise TypeError('%s.zero_grad() takes no arguments (%d given)'
                            % (_type_name(self), len(args)))
        for p in self._params:
            p._g = 0.0


class SGD(_Optimizer):
    def __init__(self, *args, **kw):
        (params, lr, momentum), given = _bind('SGD', ['params', 'lr', 'momentum'], 1, args, kw)
        self._params = _parameter_list('SGD', params)
        self._lr = _real_arg('SGD', lr) if given[1] else 0.01
        self._momentum = _real_arg('SGD', momentum) if given[2] else 0.0
        _check_rate('momentum', self._momentum, 0, 1)
        self._velocity = [0.0] * len(self._params)
        self._steps = 0

    @property
    def momentum(self):
        return self._momentum

    def step(self, *args):
        if args:
            raise TypeError('SGD.step() takes no arguments (%d given)' % len(args))
        lr, mom, vel = self._lr, self._momentum, self._velocity
        if mom == 0:
            for p in self._params:
                p._d -= lr * p._g
            return
        for i, p in enumerate(self._params):
            vel[i] = p._g if self._steps == 0 else mom * vel[i] + p._g
            p._d -= lr * vel[i]
        self._steps += 1

    def __repr__(self):
        return 'SGD(lr=%r, momentum=%r)' % (self._lr, self._momentum)


class Adam(_Optimizer):
    def __init__(self, *args, **kw):
        (params, lr, betas, eps), given = _bind('Adam', ['params', 'lr', 'betas', 'eps'], 1,
                                                args, kw)
        b1, b2 = 0.9, 0.999
        if given[2]:
            if not isinstance(betas, (list, tuple)) or len(betas) != 2:
                raise TypeError('Adam(): betas must be a pair, e.g. (0.9, 0.999)')
            b1 = _real_arg('Adam', betas[0])
            b2 = _real_arg('Adam', betas[1])
        self._params = _parameter_list('Adam', params)
        self._lr = _real_arg('Adam', lr) if given[1] else 0.001
        self.beta1, self.beta2 = b1, b2
        self._eps = _real_arg('Adam', eps) if given[3] else 1e-8
        _check_rate('beta1', b1, 0, 1)
        _check_rate('beta2', b2, 0, 1)
        self._m = [0.0] * len(self._params)
        self._v = [0.0] * len(self._params)
        self._t = 0

    @property
    def betas(self):
        return (self.beta1, self.beta2)

    @property
    def eps(self):
        return self._eps

    def step(self, *args):
        if args:
            raise TypeError('Adam.step() takes no arguments (%d given)' % len(args))
        b1, b2, eps, m, v = self.beta1, self.beta2, self._eps, self._m, self._v
        self._t += 1
        bias1 = 1 - b1 ** self._t
        bias2 = 1 - b2 ** self._t
        step_size = self._lr / bias1
        bias2_sqrt = _math.sqrt(bias2)
        for i, p in enumerate(self._params):
            g = p._g
            m[i] = m[i] * b1 + (1 - b1) * g
            v[i] = v[i] * b2 + (1 - b2) * g * g
            denom = _math.sqrt(v[i]) / bias2_sqrt + eps
            p._d += (-step_size * m[i]) / denom

    def __repr__(self):
        return 'Adam(lr=%r, betas=(%r, %r), eps=%r)' % (self._lr, self.beta1, self.beta2,
                                                       self._eps)


# ---- train (src/engine/train.ts, src/lang/builtins/autograd.ts) ---------------------------------

_LOSS_NAMES = ('mse', 'sse', 'hinge', 'bce', 'cross_entropy')


def _class_index(t):
    x = t.data if isinstance(t, Value) else t
    if not isinstance(x, float) or not x.is_integer():
        raise ValueError('cross_entropy needs class indices (0, 1, 2, …) as targets')
    return x


def _loss_function(name):
    if name == 'mse':
        return lambda p, t: mse(p, t)
    if name == 'sse':
        return lambda p, t: sse(p, t)
    if name == 'hinge':
        return lambda p, t: hinge(p, t)
    if name == 'bce':
        return lambda p, t: bce(p, t)

    def ce(p, t):
        terms = [_cross_entropy([lg] if isinstance(lg, Value) else lg, _class_index(t[i]))
                 for i, lg in enumerate(p)]
        total = _sum_values(terms)
        return total if len(terms) == 1 else total / len(terms)
    return ce


def _check_count(name, x):
    if x < 1:
        shown = str(int(x)) if x == int(x) else _show_number(x)
        raise ValueError('%s must be a whole number ≥ 1, got %s' % (name, shown))


def _prediction(v):
    if isinstance(v, Value):
        return v
    if isinstance(v, list) and all(isinstance(x, Value) for x in v):
        return v
    raise TypeError("train(): the model must return a Value or a list of Values, not '%s'"
                    % _type_name(v))


def train(*args, **kw):
    (model, xs_arg, ys_arg, loss_arg, opt, steps_arg, lr_arg, batch_arg, every_arg), given = \
        _bind('train', ['model', 'xs', 'ys', 'loss', 'optimizer', 'steps', 'lr', 'batch',
                        'every'], 3, args, kw)
    m = model
    if isinstance(m, _Module):
        def forward(x):
            return m._call(x)
    else:
        def forward(x):
            return _prediction(m(list(x)))
    xs = [_module_input([row]) if isinstance(row, (int, float, Value)) else _module_input(row)
          for row in xs_arg]
    ys = [_nested('train', y) for y in ys_arg]
    lossv = loss_arg if given[3] and loss_arg is not None else 'mse'
    if isinstance(lossv, str):
        if lossv not in _LOSS_NAMES:
            raise ValueError('train(): unknown loss %r: choose one of "mse", "sse", "hinge", '
                             '"bce", "cross_entropy", or pass a function' % lossv)
        loss_of = _loss_function(lossv)
    else:
        def loss_of(preds, targets):
            r = lossv(list(preds), list(targets))
            if not isinstance(r, Value):
                raise TypeError("train(): the loss function must return a Value, not '%s'"
                                % _type_name(r))
            return r
    lr = _real_arg('train', lr_arg) if given[6] else 0.05
    if isinstance(opt, _Optimizer):
        optimizer = opt
    else:
        if not isinstance(m, _Module):
            raise TypeError('train(): when the model is a function, pass an optimizer made with '
                            'its parameters, e.g. optimizer=SGD(params, lr=0.1)')
        if opt is None or opt == 'sgd':
            optimizer = SGD(m._parameters(), lr)
        elif opt == 'adam':
            optimizer = Adam(m._parameters(), lr)
        else:
            raise ValueError('train(): unknown optimizer %r: use "sgd", "adam" or an optimizer '
                             'object' % (opt,))
    steps = _size('train', 'steps', steps_arg) if given[5] else 100
    batch = None if batch_arg is None else _size('train', 'batch', batch_arg)
    every = _size('train', 'every', every_arg) if given[8] else 1
    _check_count('steps', steps)
    _check_count('every', every)
    if len(xs) != len(ys):
        raise ValueError('train: got %d inputs but %d targets; they must pair up'
                         % (len(xs), len(ys)))
    if not xs:
        raise ValueError('train: there is no data')
    if batch is not None:
        _check_count('batch', batch)
    everything = list(range(len(xs)))
    losses = []
    for step in range(steps):
        idx = everything if batch is None or batch >= len(everything) else \
            _rng.sample(everything, batch)
        preds = [forward(xs[i]) for i in idx]
        loss = loss_of(preds, [ys[i] for i in idx])
        optimizer.zero_grad()
        _backward(loss)
        optimizer.step()
        losses.append(loss.data)
    return losses


# ---- randomness and datasets (src/lang/builtins/randomness.ts, src/engine/datasets/) ------------

def seed(*args, **kw):
    if kw:
        raise TypeError('seed() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError('seed() takes exactly one argument (%d given)' % len(args))
    n = args[0]
    if isinstance(n, bool):
        _rng.seed(int(n))
    elif isinstance(n, (int, float, str)):
        _rng.seed(n)
    else:
        raise TypeError("seed() needs an int, not '%s'" % _type_name(n))


def random(*args, **kw):
    if kw:
        raise TypeError('random() takes no keyword arguments')
    if args:
        raise TypeError('random() takes no arguments (%d given)' % len(args))
    return _rng.random()


def uniform(*args, **kw):
    (a, b), _ = _bind('uniform', ['a', 'b'], 2, args, kw)
    return _rng.uniform(_real_arg('uniform', a), _real_arg('uniform', b))


def gauss(*args, **kw):
    (mu, sigma), given = _bind('gauss', ['mu', 'sigma'], 0, args, kw)
    return _rng.gauss(_real_arg('gauss', mu) if given[0] else 0.0,
                      _real_arg('gauss', sigma) if given[1] else 1.0)


def randint(*args, **kw):
    (a, b), _ = _bind('randint', ['a', 'b'], 2, args, kw)
    lo = _int_arg('randint', 'a', a)
    hi = _int_arg('randint', 'b', b)
    if hi < lo:
        raise ValueError('empty range in randrange(%d, %d)' % (lo, hi + 1))
    return _rng.randint(lo, hi)


def shuffle(*args, **kw):
    if kw:
        raise TypeError('shuffle() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError('shuffle() takes exactly one argument (%d given)' % len(args))
    _rng.shuffle(args[0])


def choice(*args, **kw):
    if kw:
        raise TypeError('choice() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError('choice() takes exactly one argument (%d given)' % len(args))
    return _rng.choice(args[0])


def sample(*args, **kw):
    (population, k), _ = _bind('sample', ['population', 'k'], 2, args, kw)
    if not isinstance(population, (list, tuple)):
        raise TypeError("sample() needs a list, not '%s'" % _type_name(population))
    count = _int_arg('sample', 'k', k)
    if count < 0 or count > len(population):
        raise ValueError('Sample larger than population or is negative')
    return _rng.sample(list(population), count)


def _count_arg(fname, what, v, dflt, given):
    if not given:
        return dflt
    if isinstance(v, float):
        raise TypeError('%s(): %s must be a whole number, not a float (%r)' % (fname, what, v))
    return _int_arg(fname, what, v)


MAX_POINTS = 100000


def _check_whole(fn, name, value, lo, hi, meaning=''):
    if not (float(value).is_integer() and lo <= value <= hi):
        raise ValueError('%s: %s must be a whole number from %d to %d%s, got %s'
                         % (fn, name, lo, hi, meaning, _js_string(value)))


def _check_noise(fn, noise):
    if not (0 <= noise < float('inf')):
        raise ValueError('%s: noise must be a number of at least 0 (the spread of the random '
                         'jitter added to each coordinate), got %s' % (fn, _js_string(noise)))


def _linspace(a, b, n, endpoint=True):
    _check_whole('linspace', 'n', n, 0, MAX_POINTS)
    div = n - 1 if endpoint else n
    delta = b - a
    ys = [0.0] * n
    if div > 0:
        step = delta / div
        if step == 0:
            for i in range(n):
                ys[i] = (i / div) * delta + a
        else:
            for i in range(n):
                ys[i] = i * step + a
    else:
        for i in range(n):
            ys[i] = i * delta + a
    if endpoint and n > 1:
        ys[n - 1] = b
    return ys


def linspace(*args, **kw):
    (a, b, n), given = _bind('linspace', ['start', 'stop', 'num'], 2, args, kw)
    count = 50 if not given[2] else _real_arg('linspace', n)
    if isinstance(n, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return _linspace(_real_arg('linspace', a), _real_arg('linspace', b), int(count))


def _shuffled(points, labels):
    order = list(range(len(points)))
    _rng.shuffle(order)
    return [points[i] for i in order], [labels[i] for i in order]


def _add_noise(xs, noise):
    for point in xs:
        for d in range(len(point)):
            point[d] += _rng.gauss(0, noise)


def _split_evenly(n, k):
    counts = [n // k] * k
    for i in range(n % k):
        counts[i] += 1
    return counts


def _class_label(j, k):
    if k != 2:
        return j
    return -1 if j == 0 else 1


def moons(*args, **kw):
    (n, noise), given = _bind('moons', ['n', 'noise'], 0, args, kw)
    n = _count_arg('moons', 'n', n, 100, given[0])
    noise = _real_arg('moons', noise) if given[1] else 0.1
    _check_whole('moons', 'n', n, 1, MAX_POINTS, ' (how many points)')
    _check_noise('moons', noise)
    n_out = n // 2
    n_in = n - n_out
    points, labels = [], []
    for t in _linspace(0, _math.pi, n_out):
        points.append([_math.cos(t), _math.sin(t)])
        labels.append(-1)
    for t in _linspace(0, _math.pi, n_in):
        points.append([1 - _math.cos(t), 1 - _math.sin(t) - 0.5])
        labels.append(1)
    xs, ys = _shuffled(points, labels)
    _add_noise(xs, noise)
    return (xs, ys)


def circles(*args, **kw):
    (n, noise, factor), given = _bind('circles', ['n', 'noise', 'factor'], 0, args, kw)
    n = _count_arg('circles', 'n', n, 100, given[0])
    noise = _real_arg('circles', noise) if given[1] else 0.1
    factor = _real_arg('circles', factor) if given[2] else 0.5
    _check_whole('circles', 'n', n, 1, MAX_POINTS, ' (how many points)')
    _check_noise('circles', noise)
    if not (0 <= factor < 1):
        raise ValueError("circles: factor must be at least 0 and less than 1 (the inner "
                         "circle's radius as a fraction of the outer one's), got %s"
                         % _js_string(factor))
    n_out = n // 2
    n_in = n - n_out
    points, labels = [], []
    for t in _linspace(0, 2 * _math.pi, n_out, False):
        points.append([_math.cos(t), _math.sin(t)])
        labels.append(-1)
    for t in _linspace(0, 2 * _math.pi, n_in, False):
        points.append([_math.cos(t) * factor, _math.sin(t) * factor])
        labels.append(1)
    xs, ys = _shuffled(points, labels)
    _add_noise(xs, noise)
    return (xs, ys)


def blobs(*args, **kw):
    (n, centers), given = _bind('blobs', ['n', 'centers'], 0, args, kw)
    n = _count_arg('blobs', 'n', n, 100, given[0])
    centers = _count_arg('blobs', 'centers', centers, 2, given[1])
    _check_whole('blobs', 'n', n, 1, MAX_POINTS, ' (how many points)')
    _check_whole('blobs', 'centers', centers, 1, n, ' (at most one cluster per point)')
    middles = [[_rng.uniform(-10, 10), _rng.uniform(-10, 10)] for _ in range(centers)]
    points, labels = [], []
    for j, count in enumerate(_split_evenly(n, centers)):
        cx, cy = middles[j]
        for _ in range(count):
            points.append([_rng.gauss(cx, 1.0), _rng.gauss(cy, 1.0)])
            labels.append(_class_label(j, centers))
    xs, ys = _shuffled(points, labels)
    return (xs, ys)


def xor(*args, **kw):
    (n,), given = _bind('xor', ['n'], 0, args, kw)
    n = _count_arg('xor', 'n', n, 100, given[0])
    _check_whole('xor', 'n', n, 1, MAX_POINTS, ' (how many points)')
    xs, ys = [], []
    for _ in range(n):
        x = _rng.uniform(-1, 1)
        y = _rng.uniform(-1, 1)
        xs.append([x, y])
        ys.append(1 if x * y > 0 else -1)
    return (xs, ys)


def spiral(*args, **kw):
    (n, classes), given = _bind('spiral', ['n', 'classes'], 0, args, kw)
    n = _count_arg('spiral', 'n', n, 100, given[0])
    classes = _count_arg('spiral', 'classes', classes, 2, given[1])
    _check_whole('spiral', 'n', n, 1, MAX_POINTS, ' (how many points)')
    _check_whole('spiral', 'classes', classes, 1, n, ' (at most one arm per point)')
    xs, ys = [], []
    for j, m in enumerate(_split_evenly(n, classes)):
        radii = _linspace(0, 1, m)
        angles = _linspace(j * 4, (j + 1) * 4, m)
        for i in range(m):
            t = angles[i] + _rng.gauss(0, 0.2)
            xs.append([radii[i] * _math.sin(t), radii[i] * _math.cos(t)])
            ys.append(_class_label(j, classes))
    return (xs, ys)


# ---- math (src/lang/builtins/math.ts) ----------------------------------------------------------

def _unary(name, on_value, on_number):
    def f(*args, **kw):
        if kw:
            raise TypeError('%s() takes no keyword arguments' % name)
        if len(args) != 1:
            raise TypeError('%s() takes exactly one argument (%d given)' % (name, len(args)))
        x = args[0]
        if isinstance(x, Value):
            return on_value(x)
        return on_number(_real_arg(name, x))
    f.__name__ = name
    return f


def _domain_error():
    raise ValueError('math domain error')


def _num_exp(x):
    r = _exp(x)
    if r == float('inf') and _math.isfinite(x):
        raise OverflowError('math range error')
    return r


def _num_sqrt(x):
    if x < 0:
        _domain_error()
    return _math.sqrt(x)


def _num_trig(fn):
    def f(x):
        if _math.isinf(x):
            _domain_error()
        return fn(x)
    return f


tanh = _unary('tanh', lambda v: v.tanh(), _math.tanh)
relu = _unary('relu', lambda v: v.relu(), lambda x: 0.0 if x < 0 else x)
sigmoid = _unary('sigmoid', lambda v: v.sigmoid(), _sigmoid_of)
exp = _unary('exp', lambda v: v.exp(), _num_exp)
sqrt = _unary('sqrt', lambda v: v.sqrt(), _num_sqrt)
sin = _unary('sin', lambda v: v.sin(), _num_trig(_math.sin))
cos = _unary('cos', lambda v: v.cos(), _num_trig(_math.cos))


def _rounding(name, fn):
    def f(*args, **kw):
        if kw:
            raise TypeError('%s() takes no keyword arguments' % name)
        if len(args) != 1:
            raise TypeError('%s() takes exactly one argument (%d given)' % (name, len(args)))
        x = args[0]
        if isinstance(x, Value):
            x = x.data
        return fn(x)
    return f


floor = _rounding('floor', _math.floor)
ceil = _rounding('ceil', _math.ceil)


def _natural_log(x):
    if not x > 0:
        if x != x:
            return x
        _domain_error()
    return _math.log(x)


def log(*args, **kw):
    second = args[1] if len(args) > 1 else None
    if 'name' in kw or isinstance(second, str):
        return _curve_log(*args, **kw)
    (x, base), given = _bind('log', ['x', 'base'], 1, args, kw)
    if isinstance(x, Value):
        if given[1]:
            raise TypeError('log() of a Value takes no base')
        return x.log()
    lx = _natural_log(_real_arg('log', x))
    if not given[1]:
        return lx
    lb = _natural_log(_real_arg('log', base))
    if lb == 0:
        raise ZeroDivisionError('float division by zero')
    return lx / lb


def _shown_number(fname, v):
    if isinstance(v, (bool, int, float)):
        return float(v)
    if isinstance(v, Value):
        return v.data
    raise TypeError("%s() needs numbers or Values, not '%s'" % (fname, _type_name(v)))


def _curve_log(*args, **kw):
    """`log(value, name="loss")`: a point of a loss curve (nothing to print)."""
    (value, name), given = _bind('log', ['value', 'name'], 1, args, kw)
    if given[1] and not isinstance(name, str):
        raise TypeError("log(): name must be a str, not '%s'" % _type_name(name))
    _shown_number('log', value)


def draw(*args, **kw):
    if kw:
        raise TypeError('draw() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError('draw() takes exactly one argument (%d given)' % len(args))
    if not isinstance(args[0], Value):
        raise TypeError("draw() needs a Value, not '%s'" % _type_name(args[0]))


def plot(*args, **kw):
    (a, b, name), given = _bind('plot', ['xs', 'ys', 'name'], 1, args, kw)
    if given[2] and not isinstance(name, str):
        raise TypeError("plot(): name must be a str, not '%s'" % _type_name(name))
    if b is None:
        [_shown_number('plot', x) for x in a]
    else:
        xs = [_shown_number('plot', x) for x in a]
        ys = [_shown_number('plot', x) for x in b]
        if len(xs) != len(ys):
            raise ValueError('plot(): got %d xs but %d ys; they must pair up' % (len(xs), len(ys)))


def boundary(*args, **kw):
    (model, xs, ys), _ = _bind('boundary', ['model', 'xs', 'ys'], 3, args, kw)
    rows = [[_shown_number('boundary', x) for x in row] for row in xs]
    labels = [_shown_number('boundary', y) for y in ys]
    if not rows:
        raise ValueError('boundary(): there are no points to draw')
    if len(rows) != len(labels):
        raise ValueError('boundary(): got %d points but %d labels' % (len(rows), len(labels)))
    for r in rows:
        if len(r) != 2:
            raise ValueError('boundary() draws 2-D data: each point needs 2 coordinates, got %d'
                             % len(r))


# ---- sum: CPython 3.11's (exact ints, floats added left to right), on every CPython -------------

_builtin_sum = sum


def sum(*args, **kw):  # noqa: A001 - the language's sum
    for k in kw:
        if k != 'start':
            raise TypeError("'%s' is an invalid keyword argument for sum()" % k)
    if not args:
        raise TypeError('sum() takes at least 1 positional argument (0 given)')
    if len(args) > 2:
        raise TypeError('sum() takes at most 2 arguments (%d given)' % len(args))
    if len(args) == 2 and 'start' in kw:
        raise TypeError("argument for sum() given by name ('start') and position (2)")
    iterable = args[0]
    start = args[1] if len(args) == 2 else kw.get('start', 0)
    if isinstance(start, str):
        raise TypeError("sum() can't sum strings [use ''.join(seq) instead]")
    it = iter(iterable)
    result = start
    if type(result) is int:
        for item in it:
            if type(item) in (int, bool):
                result += item
                continue
            result = result + item
            break
        else:
            return result
    if type(result) is float:
        f = result
        for item in it:
            if type(item) is float:
                f += item
                continue
            if type(item) in (int, bool) and -2 ** 63 <= item < 2 ** 63:
                f += float(item)
                continue
            result = f + item
            break
        else:
            return f
    for item in it:
        result = result + item
    return result


# ---- What an exported program calls for the language's rules that Python lacks -------------


def label(v, name):
    """`name = expr` names an unlabelled Value after its variable (what `draw` and `.label`
    show)."""
    if isinstance(v, Value) and v._lbl == '':
        v._lbl = name


def show(v):
    """A cell's last expression is shown, as a notebook shows a cell's result."""
    if v is not None:
        print(repr(v))


def log_point(*args, **kw):
    """`log(value, name="loss")` written as a statement: a point of a loss curve."""
    return _curve_log(*args, **kw)
