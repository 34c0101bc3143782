class GradError(Exception):
    def __init__(self, name):
        super().__init__(name)
        self.name = name

    def __str__(self):
        return f"no gradient for {self.name!r}"


print("before")
raise GradError("w1")
