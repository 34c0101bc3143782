# What goes to sys.stderr is not standard output: a script's progress and warnings written
# there stay out of what it prints.
import sys

print("step 1")
print("warning: slow", file=sys.stderr)
sys.stderr.write("progress 50%\n")
print("step", 2, sep=" ", end="\n", file=sys.stdout)
sys.stdout.write("step 3\n")
print("done", file=sys.stderr, flush=True)
print("last")
