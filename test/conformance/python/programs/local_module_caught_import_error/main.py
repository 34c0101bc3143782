try:
    import optional_dep
except ModuleNotFoundError as e:
    print("fallback:", e.name)
    optional_dep = None
import present
print(present.OK, optional_dep)
