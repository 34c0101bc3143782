# A failed method lookup (o.missing(), [].no_such(1), a chained call over two lines) is marked
# under the attribute alone, as CPython 3.11 places it, and AttributeError's name and obj.
import traceback
class M:
    def ok(self):
        return self.missing_helper()
m = M()
try:
    m.missing_method()
except AttributeError as e:
    print(traceback.format_exc())
    print(e.name, e.obj is m)
try:
    m.ok()
except AttributeError:
    print(traceback.format_exc())
try:
    [].no_such(1)
except AttributeError:
    print(traceback.format_exc())
try:
    x = m.attr_read
except AttributeError as e:
    print(traceback.format_exc())
try:
    (m
      .multi_line())
except AttributeError:
    print(traceback.format_exc())
