import json

with open("config.json") as f:
    cfg = json.load(f)
print(cfg["model"], cfg["layers"], cfg["lr"] * 2)
with open("config.json") as f:
    same = json.loads(f.read())
print(same == cfg, sorted(cfg))
