"""Runs one Python program under CPython as `tgrad run` runs a `.py` file: `python3 run_program.py MAIN`.

The working directory is the program's folder: it is `sys.path[0]` (its local modules and
packages) and the base of relative `open()` paths. On an uncaught exception, stdout is flushed
and stderr gets `FILE:LINE:COL: Kind: message`, FILE relative to the program's folder: the
innermost frame that runs a file of the program (not of the standard library), as tgrad
reports it. Line and column come from CPython's traceback positions (reference/run.py).
An uncaught SystemExit (sys.exit) is CPython's own: its message and exit status, after a
line EXIT_MARKER on stderr.
"""

import os
import re
import runpy
import sys
import traceback

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'reference'))
from run import char_column, last_line_of_display  # noqa: E402


# The line run_program writes on stderr when the program raised SystemExit uncaught.
EXIT_MARKER = '<run_program: SystemExit>'


def inside(folder, filename):
    # Code made at run time (a dataclass's __init__, __setattr__) runs in '<string>': no file.
    path = os.path.abspath(filename)
    return path.startswith(folder + os.sep) and os.path.isfile(path)


def file_lines(folder, rel):
    with open(os.path.join(folder, rel), encoding='utf-8') as fh:
        return fh.read().split('\n')


def report(folder, e):
    kind = type(e).__name__
    if isinstance(e, SyntaxError):
        rel = os.path.relpath(os.path.abspath(e.filename or ''), folder)
        return '%s:%d:%d: %s: %s' % (rel, e.lineno or 0, e.offset or 1, kind, e.msg)
    # A group's display ends with its tree of sub-exceptions: its own line is the first of
    # format_exception_only (the notes follow it).
    if isinstance(e, BaseExceptionGroup):
        shown = traceback.format_exception_only(type(e), e)[0].rstrip('\n')
    else:
        shown = last_line_of_display(e)
    # A class defined in a module shows as `module.Kind: message`.
    m = re.match(r'^(?:[\w.]+\.)?%s(?:: (.*))?$' % re.escape(kind), shown, re.S)
    message = (m.group(1) or '') if m else shown
    frames = [f for f in traceback.extract_tb(e.__traceback__) if inside(folder, f.filename)]
    if not frames:
        return '?:0:0: %s: %s' % (kind, message)
    f = frames[-1]
    rel = os.path.relpath(os.path.abspath(f.filename), folder)
    col = char_column(file_lines(folder, rel), f.lineno, f.colno)
    return '%s:%d:%d: %s: %s' % (rel, f.lineno, col, kind, message)


def main():
    main_file = sys.argv[1]
    folder = os.getcwd()
    sys.argv = [main_file]
    sys.path[0] = folder
    # The frames of this runner and runpy do not count against the program's 1000.
    sys.setrecursionlimit(1000 + len(traceback.extract_stack()) + 4)
    try:
        # By its absolute path, as `python3 FILE` names the script (__file__, co_filename).
        runpy.run_path(os.path.join(folder, main_file), run_name='__main__')
    except SystemExit:
        # The program ended itself: CPython prints what it prints and exits with its status;
        # the marker before it tells generate-expected that this was an exit, not an end.
        sys.stdout.flush()
        print(EXIT_MARKER, file=sys.stderr, flush=True)
        raise
    except Exception as e:  # noqa: BLE001 - every error of the program is reported
        sys.stdout.flush()
        print(report(folder, e), file=sys.stderr)
        sys.exit(1)


if __name__ == '__main__':
    main()
