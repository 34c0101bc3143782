# Python 3.10's parenthesized context managers, as a training script's no_grad/timer pair
# uses them: several items in parentheses over several lines, a trailing comma, and the
# forms where the parenthesis is an expression instead (`with (cm) as x:`).
from contextlib import contextmanager

log = []


@contextmanager
def scope(name):
    log.append(f"enter {name}")
    try:
        yield name.upper()
    finally:
        log.append(f"exit {name}")


class NoGrad:
    enabled = True

    def __enter__(self):
        self.prev, NoGrad.enabled = NoGrad.enabled, False
        return self

    def __exit__(self, *exc):
        NoGrad.enabled = self.prev
        return False


with (
    NoGrad() as ng,
    scope("eval") as label,
):
    print(label, NoGrad.enabled, type(ng).__name__)
print(NoGrad.enabled)
with (scope("a") as a, scope("b") as b,):
    print(a + b)
with (scope("c")) as c:
    print(c)
with (scope("d"), scope("e")):
    print("two managers")
with (scope("f") if NoGrad.enabled else scope("g")) as h, scope("i"):
    print(h)
print(log)
