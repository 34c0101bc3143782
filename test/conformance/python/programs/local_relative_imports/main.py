from pkg.engine import Value
from pkg.nn import Neuron
import pkg

n = Neuron([0.5, -1.0], 0.25)
out = n([2.0, 1.0])
print(out.data, isinstance(out, Value), pkg.NAME)
