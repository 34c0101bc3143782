import calc

print(calc.safe_div(6, 3))
print(calc.safe_div(1, 0))
