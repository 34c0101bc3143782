total = 0
print("a syntax error stops the whole file before it runs")
total = count and limit = 10
