print("main starts")
import noisy
import noisy
from noisy import value
import noisy as again
print(value, again is noisy, noisy.loads)
