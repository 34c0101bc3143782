try:
    [1, 2, 3][10]
except:
    print("bare except caught it")
try:
    raise Exception("base")
except BaseException as e:
    print("BaseException caught", e)
