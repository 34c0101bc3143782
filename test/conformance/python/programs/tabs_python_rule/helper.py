def scale(xs, k):
	out = []
	for x in xs:
		out.append(x * k)
	return out
