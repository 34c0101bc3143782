def f(a, b, *, c):
    return a + b + c


calls = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3, d=4),
    lambda: f(1, 2, c=3, a=1),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(f(1, 2, c=3))
