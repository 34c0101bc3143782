class A:
    pass


class B(A):
    pass


print(A == A, A is A, A != B, B.__mro__[1] is A, type(B()) == B)
kinds = {A: "a", B: "b"}
print(kinds[type(B())], kinds[A])
print(sorted([B.__name__, A.__name__]))
