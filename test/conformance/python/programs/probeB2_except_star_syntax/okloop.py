def f():
    try:
        pass
    except* ValueError:
        for i in range(2):
            break
        def g():
            return 1
    return 2
print(f())
