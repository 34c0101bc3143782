# An exception object raised a second time (`raise err` after catching it, or later from a
# variable) keeps its first traceback: the error's position is where it first went wrong.


def parse_row(row):
    fields = row.split(",")
    return int(fields[2])


def load(rows):
    problem = None
    for r in rows:
        try:
            print("row", parse_row(r))
        except (IndexError, ValueError) as err:
            print("bad row:", type(err).__name__, err)
            problem = err
    if problem is not None:
        print("re-raising the last problem")
        raise problem


try:
    load(["a,b,3", "x,y", "p,q,4"])
except IndexError as e:
    print("caught again:", repr(e))

saved = None
for text in ["12", "1.5"]:
    try:
        print(int(text))
    except ValueError as e:
        saved = e
print("after the loop")
raise saved
