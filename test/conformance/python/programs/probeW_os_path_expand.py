# A training script finds its data under the home folder and a variable it sets itself:
# os.path.expanduser and os.path.expandvars read os.environ when they run; a variable that
# is not set stays as written, and the path constants are posixpath's.
import os
import os.path

os.environ["HOME"] = "/home/trainer/"
os.environ["PROBEW_DATA_ROOT"] = "/data/corpora"
os.environ["PROBEW_RUN"] = "run-7"
for p in ["~", "~/names.txt", "~/", "~trainer/x", "data/~/x", "x~", ""]:
    print(repr(p), "->", repr(os.path.expanduser(p)))
for p in [
    "$PROBEW_DATA_ROOT/names.txt",
    "${PROBEW_DATA_ROOT}/${PROBEW_RUN}/ckpt",
    "$PROBEW_NOT_SET_ANYWHERE/x",
    "${PROBEW_NOT_SET_ANYWHERE}",
    "$$PROBEW_RUN",
    "cost: 5$",
    "${unclosed",
    "no vars",
]:
    print(repr(p), "->", repr(os.path.expandvars(p)))
os.environ["HOME"] = "/"
print(os.path.expanduser("~/cache"), os.path.expanduser("~"))
print(os.path.join(os.path.expanduser("~"), os.path.expandvars("$PROBEW_RUN.log")))
print(os.curdir, os.pardir, os.extsep, os.pathsep, os.altsep, os.devnull, os.path.pathsep, os.path.altsep, os.path.devnull, os.path.curdir)
print(os.path.normcase("A/B.TXT"), os.path.splitext("model" + os.extsep + "json"))
try:
    os.path.expanduser(5)
except TypeError as e:
    print("TypeError:", e)
