#!/usr/bin/env python3
"""Regenerates test/conformance/expected/ from CPython: `python3 generate-expected.py [NAME ...]`.

Each programs/NAME.tgrad runs under CPython through reference/run.py (the tgrad built-ins in
Python). Its stdout becomes expected/NAME.out; when it fails, the last line of stderr, less the
file name, becomes expected/NAME.err (`LINE:COL: Kind: message`), as `tgrad run` must report it.

CPython 3.11 is the reference. A program may say, in comment lines of its own, where tgrad
deliberately differs, each with a reason on the comment line above it:

    # conformance: python 3.12          the expectation comes from that CPython version
    # conformance: kind A -> B          tgrad reports the error kind A as B
    # conformance: column N             tgrad reports the error at column N
    # conformance: message OLD => NEW   tgrad's message has NEW where CPython's has OLD
    # conformance: error L:C: Kind: msg the contract's error, where CPython would run on;
                                        stdout is CPython's for the lines above
                                        the top-level statement holding line L

CPython versions are found as $PYTHON3_11 (…), else pythonX.Y on PATH, else under ~/.pyenv.
"""

import glob
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, 'programs')
EXPECTED = os.path.join(HERE, 'expected')
RUNNER = os.path.join(HERE, 'reference', 'run.py')
DIRECTIVE = re.compile(r'^#\s*conformance:\s*(\w+)\s*(.*?)\s*$')
ERROR_LINE = re.compile(r'^(\d+):(\d+): (\w+)(?:: (.*))?$')


_found = {}


def python(version):
    """A CPython X.Y executable: $PYTHONX_Y, else one under ~/.pyenv, else pythonX.Y."""
    if version in _found:
        return _found[version]
    candidates = [os.environ.get('PYTHON' + version.replace('.', '_'))]
    candidates += sorted(glob.glob(os.path.expanduser('~/.pyenv/versions/%s.*/bin/python3'
                                                      % version)), reverse=True)
    candidates += [shutil.which('python' + version)]
    for exe in candidates:
        if not exe:
            continue
        r = subprocess.run([exe, '-c', 'import sys; print("%d.%d" % sys.version_info[:2])'],
                           capture_output=True, text=True)
        if r.returncode == 0 and r.stdout.strip() == version:
            _found[version] = exe
            return exe
    sys.exit('generate-expected: no CPython %s found (set $PYTHON%s)'
             % (version, version.replace('.', '_')))


def directives(source):
    out = []
    for line in source.split('\n'):
        m = DIRECTIVE.match(line)
        if m:
            out.append((m.group(1), m.group(2)))
    return out


def run(version, path, source):
    """CPython's (stdout, error line without the file name, or None) for `source`."""
    tmp = None
    if source is not None:
        tmp = os.path.join(PROGRAMS, '.' + os.path.basename(path))
        with open(tmp, 'w', encoding='utf-8') as fh:
            fh.write(source)
    name = os.path.basename(tmp or path)
    try:
        r = subprocess.run([python(version), RUNNER, name], cwd=PROGRAMS, capture_output=True,
                           text=True, timeout=600)
    finally:
        if tmp:
            os.remove(tmp)
    error = None
    if r.returncode != 0:
        last = r.stderr.rstrip('\n').split('\n')[-1]
        prefix = name + ':'
        if not last.startswith(prefix):
            sys.exit('generate-expected: %s: the runner failed:\n%s' % (path, r.stderr))
        error = last[len(prefix):]
    return r.stdout, error


def expected(path):
    with open(path, encoding='utf-8') as fh:
        source = fh.read()
    ds = directives(source)
    version = '3.11'
    for key, arg in ds:
        if key == 'python':
            version = arg
    contract_error = next((arg for key, arg in ds if key == 'error'), None)
    if contract_error is not None:
        m = ERROR_LINE.match(contract_error)
        if not m:
            sys.exit('generate-expected: %s: malformed error directive' % path)
        # CPython runs the lines above the top-level statement that holds the error.
        lines = source.split('\n')
        top = int(m.group(1)) - 1
        while top > 0 and not re.match(r'[^\s#]', lines[top]):
            top -= 1
        before = '\n'.join(lines[:top]) + '\n'
        out, error = run(version, path, before)
        if error is not None:
            sys.exit('generate-expected: %s: CPython fails above the contract error: %s'
                     % (path, error))
        return out, contract_error
    out, error = run(version, path, None)
    if error is None:
        return out, None
    m = ERROR_LINE.match(error)
    if not m:
        sys.exit('generate-expected: %s: unexpected error line %r' % (path, error))
    line, col, kind, message = m.group(1), m.group(2), m.group(3), m.group(4) or ''
    for key, arg in ds:
        if key == 'kind':
            old, new = [x.strip() for x in arg.split('->')]
            if kind == old:
                kind = new
        elif key == 'column':
            col = arg
        elif key == 'message':
            old, new = [x.strip() for x in arg.split('=>')]
            message = message.replace(old, new)
    if message == '':
        return out, '%s:%s: %s' % (line, col, kind)
    return out, '%s:%s: %s: %s' % (line, col, kind, message)


def main():
    names = sys.argv[1:] or sorted(f[:-len('.tgrad')] for f in os.listdir(PROGRAMS)
                                   if f.endswith('.tgrad'))
    os.makedirs(EXPECTED, exist_ok=True)
    for name in names:
        name = os.path.basename(name).removesuffix('.tgrad')
        out, error = expected(os.path.join(PROGRAMS, name + '.tgrad'))
        with open(os.path.join(EXPECTED, name + '.out'), 'w', encoding='utf-8') as fh:
            fh.write(out)
        err_path = os.path.join(EXPECTED, name + '.err')
        if error is None:
            if os.path.exists(err_path):
                os.remove(err_path)
        else:
            with open(err_path, 'w', encoding='utf-8') as fh:
                fh.write(error + '\n')
    print('generate-expected: %d programs' % len(names))


if __name__ == '__main__':
    main()
