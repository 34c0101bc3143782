import first

print(first.from_second(), first.NAME)
