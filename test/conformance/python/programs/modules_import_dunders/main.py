# What the import system gives a module: its dunders in CPython's order, its spec and loader.
import os

import engine
import engine_pkg
import engine_pkg.ops
import plain_ns
import plain_ns.m

for m in (engine, engine_pkg, engine_pkg.ops, plain_ns, plain_ns.m):
    spec = m.__spec__
    print(m.__name__, list(vars(m))[:11])
    print(" spec:", spec.name, repr(spec.parent), spec.has_location, spec.loader_state)
    print(" loader:", type(m.__loader__).__name__, type(m.__loader__).__module__)
    locations = spec.submodule_search_locations
    print(" package:", locations is not None and [os.path.basename(p) for p in locations])
    if spec.origin is not None:
        print(" origin:", os.path.basename(spec.origin), spec.origin == m.__file__)
        print(" cached:", m.__cached__ == spec.cached, os.path.basename(m.__cached__))
        print(" cache folder:", os.path.basename(os.path.dirname(m.__cached__)))
        print(" loader name:", m.__loader__.name, m.__loader__.path == m.__file__)
print(engine.__doc__, engine.scale(3), engine_pkg.add(1, 2))
print(engine.__builtins__ is engine_pkg.__builtins__, type(engine.__builtins__).__name__)
print(engine.__builtins__["len"]("abc"), "print" in engine.__builtins__)
print(repr(plain_ns.__spec__).startswith("ModuleSpec(name='plain_ns', loader=<"))
print(repr(engine.__spec__).startswith("ModuleSpec(name='engine', loader=<_frozen_importlib_external.SourceFileLoader object at 0x"))
print(sorted(n for n in dir(engine) if n.startswith("__")))
