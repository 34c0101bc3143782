try:
    pass
except *ValueError as e:
    pass
except*(TypeError, KeyError):
    pass
print("ok")
