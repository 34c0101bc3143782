def make_acc():
    total = 0
    count = 0

    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count

    return add


acc = make_acc()
print(acc(10), acc(20), acc(0))
other = make_acc()
print(other(1), acc(10))
