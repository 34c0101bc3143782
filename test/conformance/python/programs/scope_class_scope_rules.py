y = 1


class A:
    y = 2
    z = y + 1

    def get(self):
        return y


print(A.z, A().get())
