def load(path):
    rows = []
    with open(path) as f:
        header = f.readline().strip().split(",")
        for line in f:
            vals = line.strip().split(",")
            rows.append({k: float(v) for k, v in zip(header, vals)})
    return rows
