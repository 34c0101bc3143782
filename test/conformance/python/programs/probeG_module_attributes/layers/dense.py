size = 4
activation = None
