counter = 0
history = []


def bump(by=1):
    global counter
    counter += by
    history.append(counter)


def reset():
    global counter, history
    counter = 0
    history = []


bump()
bump(5)
print(counter, history)
reset()
bump(2)
print(counter, history)
