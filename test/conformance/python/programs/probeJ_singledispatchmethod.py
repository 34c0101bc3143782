# functools.singledispatchmethod: a method choosing its body by the type of its first
# argument after self, registered in the class body; also over a classmethod.
from functools import singledispatchmethod


class Renderer:
    def __init__(self, indent):
        self.indent = indent

    @singledispatchmethod
    def render(self, value):
        return " " * self.indent + f"? {value!r}"

    @render.register(int)
    @render.register(float)
    def _(self, value):
        return " " * self.indent + f"number {value:g}"

    @render.register(list)
    def _(self, value):
        return "\n".join(self.render(v) for v in value)

    @singledispatchmethod
    @classmethod
    def build(cls, spec):
        return cls(0)

    @build.register(int)
    @classmethod
    def _(cls, spec):
        return cls(spec)


r = Renderer(2)
print(r.render(3))
print(r.render([1.5, "x", [True, None]]))
print(Renderer.build(4).render("deep"), Renderer.build("none").indent)
print(r.render.__name__, Renderer.render(r, 7))
try:
    r.render()
except IndexError as e:
    print("IndexError:", e)
