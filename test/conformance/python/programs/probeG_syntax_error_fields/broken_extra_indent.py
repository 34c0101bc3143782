rate = 0.01
    steps = 3
