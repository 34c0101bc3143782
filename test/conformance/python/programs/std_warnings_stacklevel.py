# A tiny optimizer library warns its callers with stacklevel=2/3, as library code does: the
# recorded warning names the caller's line (and `sys`, line 1, past the outermost frame; the
# expected output is made through runpy, whose frames a module-level stacklevel=2 would name).
import os
import warnings


def check_lr(lr):
    if lr > 1:
        warnings.warn(f"learning rate {lr} looks too large", stacklevel=2)
    return lr


class SGD:
    def __init__(self, params, lr):
        self.params = params
        self.lr = check_lr(lr)

    def step(self):
        self._legacy_step()

    def _legacy_step(self):
        warnings.warn("SGD.step() will change", FutureWarning, stacklevel=3)
        for p in self.params:
            p[0] -= self.lr * p[1]


def batches(n):
    for i in range(n):
        if i == 1:
            warnings.warn("batch 1 is short", RuntimeWarning, stacklevel=2)
        yield i


def show(log):
    for w in log:
        where = os.path.basename(w.filename)
        print(f"{where}:{w.lineno}: {w.category.__name__}: {w.message}")
    log.clear()


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    params = [[0.5, 0.1], [-1.0, 0.2]]
    opt = SGD(params, lr=3)
    opt.step()
    print(params)
    check_lr(0.1)
    check_lr(10)
    show(log)
    for b in batches(3):
        pass
    warnings.warn("far out", UserWarning, stacklevel=50)
    print(list(map(check_lr, [4])))
    show(log)
    try:
        warnings.warn("typed", stacklevel="2")
    except TypeError as e:
        print("TypeError:", e)
