from math import exp, log, tanh, sqrt, pi
from math import *

x = 0.75
print(exp(x), log(x), tanh(x), sqrt(x), pi)
print(cos(pi), floor(2.5), e)


def sigmoid(z):
    return 1 / (1 + exp(-z))


print([round(sigmoid(z), 6) for z in [-2, 0, 2]])
