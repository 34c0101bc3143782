results = []
for x in [1, 0, 2]:
    try:
        y = 6 / x
    except ZeroDivisionError:
        results.append("err")
    else:
        results.append(y)
print(results)
