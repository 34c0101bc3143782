log = []


def work(x):
    try:
        log.append("start %s" % x)
        return 100 // x
    finally:
        log.append("end %s" % x)


for x in [5, 0]:
    try:
        print(work(x))
    except ZeroDivisionError:
        print("div by zero")
print(log)
