learning_rate = 0.1
steps = 3
for i in range(steps):
    print(i * learnin_rate)
