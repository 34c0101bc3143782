# A fluent, one-call-per-line pipeline: when a method call's attribute sits on a later line
# than its receiver, CPython 3.11 reports the call at the attribute's name on that line.
class Pipeline:
    def __init__(self, values):
        self.values = list(values)

    def scale(self, k):
        return Pipeline(v * k for v in self.values)

    def shift(self, b):
        return Pipeline(v + b for v in self.values)

    def pick(self, i):
        return self.values[i]


p = (Pipeline([0.5, -1.0, 2.0])
     .scale(2.0)
     .shift(0.25))
print(p.values)
first = (p
         .pick(0))
print(first)
last = (p
        .shift(1.0)
        .pick(3, 4))
