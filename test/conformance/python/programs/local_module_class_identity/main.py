from engine import Value
import engine
import model

v = model.make(3.0)
print(type(v) is Value, isinstance(v, engine.Value), v.data, model.Value is Value)
