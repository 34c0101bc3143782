# e.__traceback__: tb_lineno, tb_next and tb_frame.f_code's co_name and co_filename along the frames
# an exception went through; raise from, raise e and a bare raise in a handler; with_traceback;
# sys.exc_info()[2]; a generator's, a lambda's and a method's frames.
import sys
def f(x):
    return 1 / x
def g(xs):
    total = f(xs[0]) + 1
    return total
try:
    g([0])
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb is not None, type(tb).__name__)
    while tb is not None:
        print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_filename)
        tb = tb.tb_next
    print(sys.exc_info()[2] is e.__traceback__)

def h():
    try:
        g([0])
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e

try:
    h()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    c = e.__cause__.__traceback__
    names = []
    while c:
        names.append((c.tb_frame.f_code.co_name, c.tb_lineno))
        c = c.tb_next
    print(names)

def reraiser():
    try:
        f(0)
    except ZeroDivisionError as e:
        raise e

def bare():
    try:
        f(0)
    except ZeroDivisionError:
        raise

for fn in (reraiser, bare):
    try:
        fn()
    except ZeroDivisionError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(fn.__name__, names)

e = ValueError("x")
print(e.__traceback__)
try:
    raise e
except ValueError as err:
    t = err.__traceback__
    print(t.tb_lineno, t.tb_next)
e2 = KeyError("k").with_traceback(t)
print(e2.__traceback__ is t)
try:
    raise e2
except KeyError as err:
    tb = err.__traceback__
    print([x for x in (tb.tb_lineno, tb.tb_next.tb_lineno)], tb.tb_next is t)
try:
    ValueError().with_traceback(5)
except TypeError as err:
    print("TypeError:", err)

def gen():
    yield 1
    raise RuntimeError("in gen")
try:
    for v in gen():
        pass
except RuntimeError as err:
    tb = err.__traceback__
    print(tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
lam = lambda: 1 / 0
try:
    lam()
except ZeroDivisionError as err:
    print(err.__traceback__.tb_next.tb_frame.f_code.co_name)
class K:
    def m(self):
        return {}["missing"]
try:
    K().m()
except KeyError as err:
    print(err.__traceback__.tb_next.tb_frame.f_code.co_name, err.__traceback__.tb_next.tb_lineno)
