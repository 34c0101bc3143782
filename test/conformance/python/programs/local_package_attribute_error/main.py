import pkg.mod

print(pkg.mod.VALUE)
print(pkg.mod.MISSING)
