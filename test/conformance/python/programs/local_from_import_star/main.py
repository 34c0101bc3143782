from consts import *
from consts import _private

print(ALPHA, BETA, scaled(2), _private)
try:
    print(_hidden)
except NameError as e:
    print("NameError:", e)
