class A:
    pass


class B(A):
    pass


class C:
    pass


for obj in [A(), B(), C(), 3, "s", 2.5, [1]]:
    print(type(obj).__name__, isinstance(obj, (A, C)), isinstance(obj, (int, float)),
          isinstance(obj, (str, list)))
print(isinstance(True, int), issubclass(bool, int), issubclass(B, (C, A)))
print(type(B()) is B, type(B()) is A, B().__class__.__name__)
