# A program indented with tabs, as some tutorials write Python: CPython reads it, so does
# ToyGrad in a .py file (a .tgrad file keeps its spaces-only rule).
from helper import scale


class Neuron:
	def __init__(self, weights, bias):
		self.weights = weights
		self.bias = bias

	def activate(self, inputs):
		total = self.bias
		for w, x in zip(self.weights, inputs):
			if w > 0:
				total += w * x
			else:
			    total -= abs(w) * x
		return total


n = Neuron([0.5, -0.25, 2.0], 0.1)
for row in [[1, 2, 3], [0.5, 0.5, 0.5]]:
	print(round(n.activate(row), 6), scale(row, 2))
