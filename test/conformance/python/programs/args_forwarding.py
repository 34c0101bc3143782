def inner(a, b, c=0, *, scale=1):
    return (a + b + c) * scale


def wrapper(*args, **kwargs):
    print("args", args, "kwargs", kwargs)
    return inner(*args, **kwargs)


print(wrapper(1, 2))
print(wrapper(1, 2, 3, scale=10))
print(wrapper(b=1, a=2))
