class A:
    def m(self, x):
        return x


try:
    A().m()
except TypeError as e:
    print(e)
try:
    A().m(1, 2)
except TypeError as e:
    print(e)
try:
    A(5)
except TypeError as e:
    print(e)
