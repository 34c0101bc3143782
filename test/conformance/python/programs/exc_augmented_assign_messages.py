# A training loop whose gradient went missing (None) fails at `p.grad += g`: CPython's
# message names the augmented operator (`+=`), and `**` says `** or pow()` in a binary.


class Param:
    def __init__(self, data):
        self.data = data
        self.grad = 0.0


def grads_for(params, broken):
    return [None if broken and i == 1 else 0.5 * i for i in range(len(params))]


params = [Param(1.0), Param(-2.0), Param(0.5)]
for broken in (False, True):
    try:
        for p, g in zip(params, grads_for(params, broken)):
            p.grad += g
        print("accumulated", [p.grad for p in params])
    except TypeError as e:
        print("TypeError:", e)

total = 0
scale = [2.0]


def attempt(label, fn):
    try:
        fn()
    except TypeError as e:
        print(f"{label:<18} {e}")


def aug_name():
    global total
    total += "x"


def aug_item():
    scale[0] **= None


def aug_attr():
    params[0].data //= "2"


def aug_matmul():
    n = 3
    n @= 2


def aug_shift():
    n = 1
    n <<= 1.5


def aug_list():
    xs = [1]
    xs -= [1]


def aug_dict():
    d = {"lr": 0.1}
    d["lr"] |= 1.5


class Box:
    pass


def aug_instance():
    b = Box()
    b += 1


def aug_instance_pow():
    b = Box()
    b **= 2


def binary_pow():
    return 2 ** "x"


def builtin_pow():
    return pow(1.5, None)


def concat():
    s = "loss"
    s += 1


for fn in (aug_name, aug_item, aug_attr, aug_matmul, aug_shift, aug_list, aug_dict,
           aug_instance, aug_instance_pow, binary_pow, builtin_pow, concat):
    attempt(fn.__name__, fn)

params[2].grad -= None
