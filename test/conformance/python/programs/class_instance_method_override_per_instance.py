class Greeter:
    def greet(self):
        return "hello"


g = Greeter()
h = Greeter()
g.greet = lambda: "overridden on the instance"
print(g.greet(), h.greet(), Greeter.greet(g))
