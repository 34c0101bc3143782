def counter(name):
    try:
        i = 0
        while True:
            i += 1
            yield i
    finally:
        print(name, "finally")


g = counter("created")
g.close()
print("closed before start, again:", g.close())
try:
    next(g)
except StopIteration:
    print("StopIteration after close")

g = counter("twice")
next(g)
g.close()
g.close()


def stubborn():
    ignored = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if ignored:
                raise
            ignored = True
            print("ignoring GeneratorExit")


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", repr(e))
            yield "after " + str(e)
        except Exception:
            print("never for GeneratorExit")


c = catcher()
print(next(c))
print(c.throw(ValueError("bad")))
print(next(c))
print(c.throw(ValueError, "typed"))
print(next(c))
print(c.throw(ValueError, ("tup",)))
c.close()
print("catcher closed")


def plain():
    yield 1
    yield 2


p = plain()
next(p)
try:
    p.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(p, "exhausted"))

p = plain()
try:
    p.throw(IndexError("early"))
except IndexError as e:
    print("not started:", e)
print(next(p, "done at once"))


def returns():
    try:
        yield 1
    except ValueError:
        return "returned value"


r = returns()
next(r)
try:
    r.throw(ValueError)
except StopIteration as e:
    print("StopIteration", e.value)

for args in [(), (ValueError(), 1), (3,)]:
    try:
        plain().throw(*args)
    except TypeError as e:
        print("TypeError:", e)


def inner():
    try:
        yield "a"
        yield "b"
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    finally:
        print("inner finally")


def outer():
    try:
        result = yield from inner()
        print("inner returned", result)
    finally:
        print("outer finally")


o = outer()
print(next(o))
print(o.throw(ValueError("via outer")))
o.close()
print("---")
o = outer()
next(o)
o.close()


def failing_cleanup():
    try:
        yield 1
    finally:
        raise KeyError("from finally")


f = failing_cleanup()
next(f)
try:
    f.close()
except KeyError as e:
    print("close raised", e)
