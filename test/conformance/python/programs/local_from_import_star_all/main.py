from api import *

print(public_a(), public_b)
try:
    print(internal)
except NameError as e:
    print("NameError:", e)
