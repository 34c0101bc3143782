import sys

config = {"epochs": 3}
print("reading the config")
if "lr" not in config:
    sys.exit("error: the config has no learning rate 'lr'")
print("not reached")
