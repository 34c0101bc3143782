class Config:
    lr = 0.1

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


c = Config(steps=10, name="run")
print(vars(c))
c.extra = [1, 2]
print(vars(c))
print(c.__dict__ is vars(c), "lr" in vars(c), c.lr)
