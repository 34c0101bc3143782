import helpers
from helpers import square, GREETING as hello

print(helpers.square(4), square(5), hello, helpers.__name__)
print(helpers.counter())
print(helpers.counter())
