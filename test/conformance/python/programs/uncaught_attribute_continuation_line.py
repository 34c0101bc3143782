# A backslash-continued attribute read on None (an optimizer step that returned nothing):
# CPython 3.11 reports it at the attribute's name on the continuation line.
class SGD:
    def __init__(self, lr):
        self.lr = lr

    def step(self):
        self.lr *= 0.9


opt = SGD(0.1)
state = opt.step()
print(opt.lr)
lr = state \
    .lr
