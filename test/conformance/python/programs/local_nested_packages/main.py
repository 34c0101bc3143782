from a.b.c import deep
import a.b
import a

print(deep(), a.b.LEVEL, a.LEVEL)
from a.b import c as cmod
print(cmod.deep is deep)
