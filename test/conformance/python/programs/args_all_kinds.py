def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)


print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(a=0, c=1, d=2, z=3))
print(f(*[1, 2, 3], **{"c": 0, "q": 1}))
