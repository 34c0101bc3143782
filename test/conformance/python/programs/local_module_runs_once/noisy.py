print("noisy module body runs, __name__ =", __name__)
value = 42
loads = 1
