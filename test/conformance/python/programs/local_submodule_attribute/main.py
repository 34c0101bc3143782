import pkg

try:
    pkg.sub
except AttributeError as e:
    print("AttributeError:", e)
import pkg.sub
print(pkg.sub.X)
