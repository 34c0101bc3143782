import math, random
class V:
    def __init__(self, d):
        self.data = d
v = V(1.5)
def f(*a): pass
try:
    f"{v:.4f}"
except Exception as e:
    print('f"{v:.4f}"', type(e).__name__, e)
try:
    "%d" % "x"
except Exception as e:
    print('"%d" % "x"', type(e).__name__, e)
try:
    [1, 2] + (3,)
except Exception as e:
    print('[1, 2] + (3,)', type(e).__name__, e)
try:
    {}.x
except Exception as e:
    print('{}.x', type(e).__name__, e)
try:
    len(5)
except Exception as e:
    print('len(5)', type(e).__name__, e)
try:
    int("3.5")
except Exception as e:
    print('int("3.5")', type(e).__name__, e)
try:
    "a" < 1
except Exception as e:
    print('"a" < 1', type(e).__name__, e)
try:
    sum(["a", "b"])
except Exception as e:
    print('sum(["a", "b"])', type(e).__name__, e)
try:
    max([])
except Exception as e:
    print('max([])', type(e).__name__, e)
try:
    [].pop()
except Exception as e:
    print('[].pop()', type(e).__name__, e)
try:
    {1: 2}[3]
except Exception as e:
    print('{1: 2}[3]', type(e).__name__, e)
try:
    (1, 2)[5]
except Exception as e:
    print('(1, 2)[5]', type(e).__name__, e)
try:
    next(iter([]))
except Exception as e:
    print('next(iter([]))', type(e).__name__, e)
try:
    "abc".index("z")
except Exception as e:
    print('"abc".index("z")', type(e).__name__, e)
try:
    float("abc")
except Exception as e:
    print('float("abc")', type(e).__name__, e)
try:
    list(5)
except Exception as e:
    print('list(5)', type(e).__name__, e)
try:
    abs("x")
except Exception as e:
    print('abs("x")', type(e).__name__, e)
try:
    round("x")
except Exception as e:
    print('round("x")', type(e).__name__, e)
try:
    1 / 0
except Exception as e:
    print('1 / 0', type(e).__name__, e)
try:
    1 // 0
except Exception as e:
    print('1 // 0', type(e).__name__, e)
try:
    1 % 0
except Exception as e:
    print('1 % 0', type(e).__name__, e)
try:
    1.0 / 0
except Exception as e:
    print('1.0 / 0', type(e).__name__, e)
try:
    math.sqrt(-1)
except Exception as e:
    print('math.sqrt(-1)', type(e).__name__, e)
try:
    math.log(0)
except Exception as e:
    print('math.log(0)', type(e).__name__, e)
try:
    math.exp(1000)
except Exception as e:
    print('math.exp(1000)', type(e).__name__, e)
try:
    "x" * 1.5
except Exception as e:
    print('"x" * 1.5', type(e).__name__, e)
try:
    v()
except Exception as e:
    print('v()', type(e).__name__, e)
try:
    v[0]
except Exception as e:
    print('v[0]', type(e).__name__, e)
try:
    v + 1
except Exception as e:
    print('v + 1', type(e).__name__, e)
try:
    -v
except Exception as e:
    print('-v', type(e).__name__, e)
try:
    iter(v)
except Exception as e:
    print('iter(v)', type(e).__name__, e)
try:
    hash([])
except Exception as e:
    print('hash([])', type(e).__name__, e)
try:
    dict([1])
except Exception as e:
    print('dict([1])', type(e).__name__, e)
try:
    int(None)
except Exception as e:
    print('int(None)', type(e).__name__, e)
try:
    set([[1]])
except Exception as e:
    print('set([[1]])', type(e).__name__, e)
try:
    "{}".format()
except Exception as e:
    print('"{}".format()', type(e).__name__, e)
try:
    "{0} {2}".format(1, 2)
except Exception as e:
    print('"{0} {2}".format(1, 2)', type(e).__name__, e)
try:
    divmod(1, 0)
except Exception as e:
    print('divmod(1, 0)', type(e).__name__, e)
try:
    chr(-1)
except Exception as e:
    print('chr(-1)', type(e).__name__, e)
try:
    ord("ab")
except Exception as e:
    print('ord("ab")', type(e).__name__, e)
try:
    range(1.5)
except Exception as e:
    print('range(1.5)', type(e).__name__, e)
try:
    sorted([1, "a"])
except Exception as e:
    print('sorted([1, "a"])', type(e).__name__, e)
try:
    tuple(1)
except Exception as e:
    print('tuple(1)', type(e).__name__, e)
try:
    " ".join([1])
except Exception as e:
    print('" ".join([1])', type(e).__name__, e)
try:
    getattr(v, "nope")
except Exception as e:
    print('getattr(v, "nope")', type(e).__name__, e)
try:
    V()
except Exception as e:
    print('V()', type(e).__name__, e)
try:
    V(1, 2)
except Exception as e:
    print('V(1, 2)', type(e).__name__, e)
try:
    setattr(1, "x", 2)
except Exception as e:
    print('setattr(1, "x", 2)', type(e).__name__, e)
try:
    min(1)
except Exception as e:
    print('min(1)', type(e).__name__, e)
try:
    [1, 2, 3][1:2:0]
except Exception as e:
    print('[1, 2, 3][1:2:0]', type(e).__name__, e)
try:
    int("")
except Exception as e:
    print('int("")', type(e).__name__, e)
try:
    "abc"[1] = "x"
except Exception as e:
    print('"abc"[1] = "x"', type(e).__name__, e)
try:
    (1,)[0] = 2
except Exception as e:
    print('(1,)[0] = 2', type(e).__name__, e)
try:
    float("1e500")
except Exception as e:
    print('float("1e500")', type(e).__name__, e)
try:
    2 ** 10000 * 1.0
except Exception as e:
    print('2 ** 10000 * 1.0', type(e).__name__, e)
try:
    math.factorial(-1)
except Exception as e:
    print('math.factorial(-1)', type(e).__name__, e)
try:
    list.append()
except Exception as e:
    print('list.append()', type(e).__name__, e)
try:
    "a".join("b", "c")
except Exception as e:
    print('"a".join("b", "c")', type(e).__name__, e)
try:
    zip(1)
except Exception as e:
    print('zip(1)', type(e).__name__, e)
try:
    enumerate(1)
except Exception as e:
    print('enumerate(1)', type(e).__name__, e)
try:
    map(1, [1])
except Exception as e:
    print('map(1, [1])', type(e).__name__, e)
try:
    random.choice([])
except Exception as e:
    print('random.choice([])', type(e).__name__, e)
try:
    random.randint(5, 1)
except Exception as e:
    print('random.randint(5, 1)', type(e).__name__, e)
try:
    x, y = [1, 2, 3]
except Exception as e:
    print('x, y = [1, 2, 3]', type(e).__name__, e)
try:
    a, b, c = [1]
except Exception as e:
    print('a, b, c = [1]', type(e).__name__, e)
try:
    del undefined_thing
except Exception as e:
    print('del undefined_thing', type(e).__name__, e)
try:
    print(sep=1)
except Exception as e:
    print('print(sep=1)', type(e).__name__, e)
try:
    isinstance(1, 1)
except Exception as e:
    print('isinstance(1, 1)', type(e).__name__, e)
try:
    issubclass(1, int)
except Exception as e:
    print('issubclass(1, int)', type(e).__name__, e)
try:
    {**[1]}
except Exception as e:
    print('{**[1]}', type(e).__name__, e)
try:
    len()
except Exception as e:
    print('len()', type(e).__name__, e)
try:
    abs()
except Exception as e:
    print('abs()', type(e).__name__, e)
try:
    pow(2, 3, 0)
except Exception as e:
    print('pow(2, 3, 0)', type(e).__name__, e)
try:
    str.upper(1)
except Exception as e:
    print('str.upper(1)', type(e).__name__, e)
try:
    type("x", 1)
except Exception as e:
    print('type("x", 1)', type(e).__name__, e)
