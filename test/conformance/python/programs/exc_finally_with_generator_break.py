def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator finalized")


for n in numbers():
    if n == 2:
        break
print("after loop")
