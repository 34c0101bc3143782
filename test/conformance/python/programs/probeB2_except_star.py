# except* (PEP 654): which part each clause takes, what is raised again at the end (the rest,
# a bare raise, a new raise grouped with the rest), naked exceptions, the clause type checks
# and the exception they see as their context, and except* in a generator.
def show(eg):
    return f"{type(eg).__name__}({eg.message!r}, {list(eg.exceptions)!r})"

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    print("value:", show(e))
except* TypeError as e:
    print("type:", show(e))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print("value:", show(e))
except ExceptionGroup as rest:
    print("rest:", repr(rest))

try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked:", repr(e), type(e).__name__, repr(e.exceptions[0]), e.message == "")

try:
    try:
        raise KeyError("naked")
    except* ValueError as e:
        print("not reached")
except KeyError as k:
    print("naked passes through:", repr(k))

try:
    raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
except* (ValueError, OSError) as e:
    print("tuple:", show(e))

# a clause runs once however many parts match; a clause that matches nothing is skipped
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* TypeError:
    print("not reached")
except* ValueError:
    print("value clause")
else:
    print("no else")
finally:
    print("finally")

# nothing raised: else runs
try:
    pass
except* ValueError:
    print("no")
else:
    print("else runs")

# raising inside an except* block: new exception plus the rest grouped
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")
except ExceptionGroup as g:
    print("raised:", repr(g), repr(g.exceptions[0].__context__))

# a bare raise in except* re-raises the matched part, merged back with the rest in the original
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as g:
    print("reraise:", repr(g))

# raise e of the matched group: counts as a new raise
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
except ExceptionGroup as g:
    print("raise e:", repr(g))

# only one raise, no rest: that exception itself
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("only")
except KeyError as k:
    print("only:", repr(k))
except ExceptionGroup as g:
    print("group:", repr(g))

# nested groups: matching keeps the structure
try:
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)])])
except* ValueError as e:
    print("nested value:", repr(e))
except* TypeError as e:
    print("nested type:", repr(e))

# `as` name is unbound after the clause
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as e:
    pass
try:
    e
except NameError as n:
    print(n)

# sys.exc_info inside except*
import sys
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    print(repr(sys.exc_info()[1]))

# two raises in two clauses
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k1")
    except* TypeError:
        raise IndexError("i2")
except ExceptionGroup as g:
    print("two raises:", repr(g))

# matching with a BaseExceptionGroup
try:
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as e:
        print("base value:", repr(e))
except BaseExceptionGroup as g:
    print("base rest:", repr(g))

# except* in a function, return after try
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("in f")
    return "done"
print(f())
# handler order: each sees what the earlier did not take
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* Exception as e:
    print("all:", repr(e))
except* ValueError as e:
    print("never")
def run(f):
    try:
        f()
    except BaseException as g:
        print(repr(g), g.__traceback__.tb_next.tb_lineno if g.__traceback__.tb_next else None, repr(g.__context__))
def b():
    eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    eg.add_note("noted")
    try:
        raise eg
    except* ValueError:
        raise
def b2():
    eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    try:
        raise eg
    except* ValueError:
        raise
    except* TypeError:
        pass
run(b)
run(b2)
def c():
    eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    try:
        raise eg
    except* ValueError:
        pass
run(c)
def d():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        raise RuntimeError("x") from None
run(d)
def e():
    orig = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    try:
        raise orig
    except* ValueError:
        raise
    except* TypeError:
        raise
def e2():
    orig = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    try:
        raise orig
    except* TypeError:
        raise
try:
    e()
except ExceptionGroup as g:
    print(repr(g))
try:
    e2()
except ExceptionGroup as g:
    print(repr(g))
def f():
    try:
        raise ValueError(1)
    except* ValueError:
        raise TypeError(2)
run(f)
def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        try:
            raise KeyError(1)
        except KeyError:
            pass
        print("inner handled")
run(g)
# finally after except*
def h():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("h value")
    finally:
        print("h finally")
run(h)
# an except* type that is an ExceptionGroup subclass
for t in (ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup)):
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* t:
            pass
    except TypeError as te:
        print("TypeError:", te, repr(te.__context__))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* 42:
        pass
except TypeError as te:
    print("TypeError:", te, repr(te.__context__))
# a matching that raises is not done when nothing is raised
try:
    pass
except* ExceptionGroup:
    pass
def t(name, cls):
    print("eval", name)
    return cls
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError(1)
    except* ExceptionGroup:
        pass
except BaseException as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError(1)
    except* 3:
        pass
except BaseException as e:
    print(repr(e), repr(e.__context__))
try:
    pass
except* t("d", ValueError):
    pass
else:
    print("else, no check")
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* 3:
        pass
except BaseException as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* 3:
        pass
except BaseException as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError
    except* TypeError:
        raise IndexError
except BaseException as e:
    print(repr(e), repr(e.exceptions[1].__context__))
import sys
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print(repr(sys.exc_info()[1]))
    except* TypeError:
        print(repr(sys.exc_info()[1]))
        raise
except BaseException as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        yield 1
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield repr(e)
    except* TypeError as e:
        yield repr(e)
        raise KeyError("k")
try:
    for x in g():
        print(x)
except ExceptionGroup as eg:
    print(repr(eg))
except KeyError as k:
    print("key", repr(k), repr(k.__context__))
# every clause's type is evaluated and checked, even after nothing is left to match
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* t("a", ValueError):
        print("a ran")
    except* t("b", TypeError):
        print("b ran")
    except* t("c", ExceptionGroup):
        print("c ran")
except TypeError as te:
    print("TypeError:", te)
print("end")
