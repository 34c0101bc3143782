e1 = ValueError()
e2 = ValueError("one")
e3 = ValueError("a", 2)
e4 = KeyError("key")
for e in [e1, e2, e3, e4]:
    print(repr(str(e)), e.args, repr(e))
print(str(Exception("x")), Exception("x", "y"))
