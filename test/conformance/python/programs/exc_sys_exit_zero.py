# %%
import sys

total = 0
for i in range(5):
    total += i
print("total", total)
if total > 5:
    # Status 0: a successful end, with nothing printed; the rest of the file never runs.
    sys.exit(0)
print("not reached")

# %%
print("nor is this cell")
