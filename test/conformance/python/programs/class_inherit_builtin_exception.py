class TrainingError(RuntimeError):
    def __init__(self, step, msg):
        super().__init__(f"step {step}: {msg}")
        self.step = step


try:
    raise TrainingError(3, "loss is nan")
except RuntimeError as e:
    print(type(e).__name__, e.step, e, e.args)
print(issubclass(TrainingError, Exception), TrainingError.__mro__[1].__name__)
