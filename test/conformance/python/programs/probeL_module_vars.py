# vars(module) and module.__dict__: the module's names as a live dict (a Lisp's global env
# is often seeded with env.update(vars(math))).
import math
import string

env = {}
env.update(vars(math))
print(env["sqrt"](16.0), env["pi"], env["__name__"])
print(vars(math) is math.__dict__, "floor" in vars(math), len(vars(string)) > 10)
d = vars(math)
d["answer"] = 42
print(math.answer)
math.question = "six by nine"
print(d["question"])
print(sorted(k for k in vars(string) if k.startswith("ascii")))
try:
    vars(3)
except TypeError as e:
    print(e)
