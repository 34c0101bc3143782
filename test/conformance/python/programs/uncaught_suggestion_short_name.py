# CPython 3.11's "Did you mean" has no bound from the wrong name's length: reading the
# property's backing field `_v` that was never set offers the property `v`.
class Value:
    def __init__(self, data):
        self.data = data

    @property
    def v(self):
        return self.data


val = Value(2.0)
print(val.v)
print(val._v)
