# A data loader that reads inline data in several CSV flavours: csv.Dialect subclasses and
# the excel / excel_tab / unix_dialect classes, register_dialect (from a class, a name or
# keywords), get_dialect's objects, unregister_dialect, and `dialect=` given by keyword.
import csv
import io


class Semicolons(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


SEMI = "sepal; petal; label\n5.1; 1.4; setosa\n6.3; 4.9; \"virginica; maybe\"\n"
TABS = "x\ty\n1\t2\n"
PIPES = "a|b\\|c|d\n"

csv.register_dialect("semi", Semicolons)
print(csv.list_dialects())
rows = list(csv.reader(io.StringIO(SEMI), dialect="semi"))
header, data = rows[0], rows[1:]
print(header)
for row in data:
    print([float(v) if v[0].isdigit() else v for v in row])

print(list(csv.reader(io.StringIO(TABS), dialect=csv.excel_tab)))
print(list(csv.reader(io.StringIO(SEMI), Semicolons))[1])
print(list(csv.reader(io.StringIO(SEMI), Semicolons()))[2])
print(list(csv.DictReader(io.StringIO(SEMI), dialect="semi"))[0])

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_NONE, escapechar="\\")
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, d.escapechar, d.doublequote, d.skipinitialspace)
print(repr(d.lineterminator), d.quoting, d.strict, type(d).__name__)
print(list(csv.reader([PIPES], "pipes")))

out = io.StringIO()
csv.writer(out, dialect="unix").writerow(["acc", 0.5, None])
csv.writer(out, dialect=csv.excel, delimiter="/").writerow(["a/b", 2])
writer = csv.DictWriter(out, ["name", "score"], dialect="semi")
writer.writeheader()
writer.writerow({"name": "x;y", "score": 0.75})
print(repr(out.getvalue()))

csv.register_dialect("semi-comma", "semi", delimiter=",")
print(csv.get_dialect("semi-comma").delimiter, csv.get_dialect("semi-comma").skipinitialspace)
csv.unregister_dialect("semi-comma")
print(csv.list_dialects())

print(csv.excel.delimiter, repr(csv.excel.lineterminator), csv.unix_dialect.quoting)
print(csv.excel_tab.__mro__[1].__name__, csv.Dialect.delimiter, issubclass(csv.excel, csv.Dialect))

for f, args in [(csv.get_dialect, ("nope",)), (csv.unregister_dialect, ("nope",)), (csv.reader, ([], "nope"))]:
    try:
        f(*args)
    except csv.Error as e:
        print("csv.Error:", e)
for kwargs in [{"delimiter": "ab"}, {"quoting": "x"}]:
    try:
        csv.register_dialect("bad", **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    csv.register_dialect(5)
except TypeError as e:
    print("TypeError:", e)
