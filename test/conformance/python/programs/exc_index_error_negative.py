xs = [10, 20, 30]
for i in [2, -3, 3, -4]:
    try:
        print(i, xs[i])
    except IndexError as e:
        print(i, "IndexError:", e)
t = (1,)
try:
    t[1]
except IndexError as e:
    print(e)
try:
    xs[1] = xs[7]
except IndexError as e:
    print(e)
