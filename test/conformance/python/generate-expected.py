#!/usr/bin/env python3
"""Regenerates test/conformance/python/expected/ from CPython: `python3 generate-expected.py [NAME ...]`.

A program is `programs/NAME.py`, or a folder `programs/NAME/` whose `main.py` is the program
(beside it: its local modules, packages and data files, and `stdin.txt`, its standard input;
a program without one reads the end of its input at once). Each runs under CPython 3.11 through
run_program.py, in its folder. Its stdout becomes expected/NAME.out (the folder's
absolute path, as a traceback shows it, written `<folder>/`); when it fails, the error
line becomes expected/NAME.err: `FILE:LINE:COL: Kind: message`, FILE relative to the folder.
When it ends itself with an uncaught SystemExit (sys.exit), expected/NAME.exit holds the exit
status on its first line, then what CPython printed on stderr for the code (`str(code)` and a
newline for a code that is neither None nor an int; nothing else).

Each program runs twice, with different hash seeds; outputs that differ (set order of strings
or objects) stop the generation, since tgrad could not match them. A program whose last
statement is an expression other than a call of print or of a function without a valued
return is refused: tgrad would show its value as
the cell's result, CPython shows nothing. So is a `log(...)` statement (tgrad's loss curve).
A program whose main file has the line `# conformance: python 3.12` runs under CPython 3.12
(none does now: the language follows python3, CPython 3.11, down to sum() of floats). A program over two seconds (ENGINE_ programs: ten) is reported as slow.
"""

import ast
import glob
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, 'programs')
EXPECTED = os.path.join(HERE, 'expected')
RUNNER = os.path.join(HERE, 'run_program.py')
# run_program.py's line before what CPython prints for an uncaught SystemExit.
EXIT_MARKER = '<run_program: SystemExit>'
HASH_SEEDS = ('0', '4242')
# What stands for the program's folder (with its separator) in an expected output.
FOLDER_MARK = '<folder>/'
# A program that depends on a CPython 3.12 behaviour says so with this line, and a comment
# above it with the reason.
PY312 = re.compile(r'^#\s*conformance:\s*python 3\.12\s*$', re.M)


def python312():
    found = sorted(glob.glob(os.path.expanduser('~/.pyenv/versions/3.12.*/bin/python3')))
    exe = os.environ.get('PYTHON3_12') or (found[-1] if found else shutil.which('python3.12'))
    if not exe:
        sys.exit('generate-expected: no CPython 3.12 found (set $PYTHON3_12)')
    return exe


def all_programs():
    """[(name, folder, main file)] in name order."""
    out = []
    for entry in sorted(os.listdir(PROGRAMS)):
        path = os.path.join(PROGRAMS, entry)
        if entry.startswith('.') or entry == '__pycache__':
            continue
        if entry.endswith('.py') and os.path.isfile(path):
            out.append((entry[:-3], PROGRAMS, entry))
        elif os.path.isfile(os.path.join(path, 'main.py')):
            out.append((entry, path, 'main.py'))
        else:
            sys.exit('generate-expected: %s is neither NAME.py nor NAME/main.py' % entry)
    return out


def ends_program(func):
    """sys.exit, exit and quit never return: a call of one shows no value."""
    if isinstance(func, ast.Name):
        return func.id in ('exit', 'quit')
    return isinstance(func, ast.Attribute) and func.attr == 'exit' and \
        isinstance(func.value, ast.Name) and func.value.id == 'sys'


def lint(folder, main):
    with open(os.path.join(folder, main), encoding='utf-8') as fh:
        try:
            tree = ast.parse(fh.read())
        except SyntaxError:
            return None  # it never runs: its SyntaxError is the expectation
    # Functions that can only return None: a call to one shows nothing.
    silent = {'print'} | {d.name for d in tree.body if isinstance(d, ast.FunctionDef) and not any(
        isinstance(r, ast.Return) and r.value is not None for r in ast.walk(d))}
    last = tree.body[-1] if tree.body else None
    if isinstance(last, ast.Expr) and not (isinstance(last.value, ast.Call)
                                           and (isinstance(last.value.func, ast.Name)
                                                and last.value.func.id in silent
                                                or ends_program(last.value.func))):
        return 'its last statement is an expression (tgrad would show its value)'
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and \
                isinstance(node.value.func, ast.Name) and node.value.func.id == 'log':
            return 'a log(...) statement is the loss curve in tgrad'
    return None


# Beside a folder program's main.py: what it reads from its standard input (input(), sys.stdin).
STDIN = 'stdin.txt'


def run(folder, main, hash_seed):
    env = dict(os.environ, PYTHONHASHSEED=hash_seed, PYTHONDONTWRITEBYTECODE='1')
    with open(os.path.join(folder, main), encoding='utf-8') as fh:
        exe = python312() if PY312.search(fh.read()) else sys.executable
    # Its standard input: stdin.txt beside a folder program's main.py, else none (EOF at once).
    stdin_path = os.path.join(folder, STDIN) if main == 'main.py' else None
    stdin = ''
    if stdin_path is not None and os.path.exists(stdin_path):
        with open(stdin_path, encoding='utf-8', newline='') as fh:
            stdin = fh.read()
    # Bytes, decoded here: text mode would turn a progress bar's '\r' into '\n'.
    r = subprocess.run([exe, RUNNER, main], cwd=folder, capture_output=True,
                       timeout=120, env=env, input=stdin.encode('utf-8'))
    # The program's folder as a traceback shows it differs from machine to machine.
    r.stdout = r.stdout.decode('utf-8').replace(folder + os.sep, FOLDER_MARK)
    r.stderr = r.stderr.decode('utf-8')
    error = None
    marker = EXIT_MARKER + '\n'
    if marker in r.stderr:
        # sys.exit: the status, then what CPython printed on stderr for the code, if anything.
        printed = r.stderr.split(marker, 1)[1]
        return r.stdout, None, '%d\n%s' % (r.returncode, printed)
    if r.returncode != 0:
        lines = r.stderr.rstrip('\n').split('\n')
        error = lines[-1]
        if not error or error.startswith('Traceback') or ':' not in error:
            sys.exit('generate-expected: %s: the runner failed:\n%s' % (main, r.stderr))
        # An exception with no message prints its kind alone, as CPython's traceback does.
        if error.endswith(': '):
            error = error[:-2]
    return r.stdout, error, None


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('generate-expected: run it with CPython 3.11')
    wanted = set(sys.argv[1:])
    os.makedirs(EXPECTED, exist_ok=True)
    done = 0
    for name, folder, main_file in all_programs():
        if wanted and name not in wanted:
            continue
        problem = lint(folder, main_file)
        if problem:
            sys.exit('generate-expected: %s: %s' % (name, problem))
        start = time.time()
        first = run(folder, main_file, HASH_SEEDS[0])
        seconds = time.time() - start
        if run(folder, main_file, HASH_SEEDS[1]) != first:
            sys.exit('generate-expected: %s: the output depends on the hash seed' % name)
        if seconds > (10 if name.startswith("engine_") else 2):
            print('generate-expected: %s is slow: %.1f s' % (name, seconds))
        out, error, exit_text = first
        with open(os.path.join(EXPECTED, name + '.out'), 'w', encoding='utf-8') as fh:
            fh.write(out)
        for suffix, text in (('.err', None if error is None else error + '\n'),
                             ('.exit', exit_text)):
            path = os.path.join(EXPECTED, name + suffix)
            if text is None:
                if os.path.exists(path):
                    os.remove(path)
            else:
                with open(path, 'w', encoding='utf-8') as fh:
                    fh.write(text)
        done += 1
    print('generate-expected: %d programs' % done)


if __name__ == '__main__':
    main()
