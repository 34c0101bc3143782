import documented

print(documented.__doc__.strip())
print(documented.f.__doc__, documented.f())
