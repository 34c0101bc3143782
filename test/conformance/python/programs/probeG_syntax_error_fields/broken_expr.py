weights = [0.5, -0.25]
bias = 0.1 +* 2
