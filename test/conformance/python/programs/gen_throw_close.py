def worker():
    try:
        while True:
            x = yield
            print("got", x)
    except GeneratorExit:
        print("closing")


w = worker()
next(w)
w.send(1)
w.send(2)
w.close()
print("done")
