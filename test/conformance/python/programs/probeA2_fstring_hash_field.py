# A '#' in an f-string's field is refused by Python 3.11 before the program runs; the error
# is placed at the token after the f-string.
total = 3
label = f"total={total#comment}" + "!"
print(label)
