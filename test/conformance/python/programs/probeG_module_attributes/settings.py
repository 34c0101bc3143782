# A module of settings, some of them not chosen yet.
best_loss = None
checkpoint = None
learning_rate = 0.05
