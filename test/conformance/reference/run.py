"""Runs a .tgrad program under CPython, as the tgrad CLI runs it: `python3 run.py FILE`.

The program runs cell by cell (so a syntax error in a later cell comes after the output of the
earlier ones), with the tgrad built-ins of python/toygrad_builtins.py (the module exported programs import)
in scope, and with the language's rules that Python does not have, through that module's
`label`, `log_point` and `show` (the exporter rewrites the program's text to call them):
- an assignment `name = expr` (also `a, b = ...` and `name += ...`) that binds a Value
  whose label is empty gives it the label `name`;
- `log(...)` written as a statement is the loss-curve log, not the logarithm;
- a cell's last statement, when it is an expression whose value is not None, prints the
  value's repr (a notebook's cell result).
Markdown cells are not run. On an error, stderr gets `FILE:LINE:COL: Kind: message` (the
innermost line of the program being executed, as the CLI reports it) and the exit status is 1.
"""

import ast
import io
import os
import re
import sys
import traceback
import warnings

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..',
                                'python'))
import toygrad_builtins as tgrad_ref  # noqa: E402

MARKER = re.compile(r'^#\s*%%')
MARKDOWN = re.compile(r'^#\s*%%.*\[markdown\]')


def split_cells(text):
    """[(first_line, source, is_markdown)] for each cell, lines counted in the file (1-based)."""
    lines = text.split('\n')
    cells = []
    start = 0
    markdown = False
    body_start = 0
    for i, line in enumerate(lines):
        if MARKER.match(line):
            if i > start or start > 0:
                cells.append((body_start + 1, lines[body_start:i], markdown))
            markdown = bool(MARKDOWN.match(line))
            start = i
            body_start = i + 1
    cells.append((body_start + 1, lines[body_start:], markdown))
    return [(first, '\n'.join(body), md) for first, body, md in cells
            if not md and any(l.strip() and not l.strip().startswith('#') for l in body)]


def target_names(t):
    if isinstance(t, ast.Name):
        return [t.id]
    if isinstance(t, (ast.Tuple, ast.List)):
        return [n for e in t.elts for n in target_names(e)]
    if isinstance(t, ast.Starred):
        return target_names(t.value)
    return []


class Transform(ast.NodeTransformer):
    def __init__(self):
        self.depth = 0

    def label_calls(self, names, node):
        return [ast.copy_location(ast.Expr(ast.Call(
            ast.Name('__tg_label__', ast.Load()),
            [ast.Name(n, ast.Load()), ast.Constant(n)], [])), node) for n in names]

    def visit_Assign(self, node):
        self.generic_visit(node)
        names = [n for t in node.targets for n in target_names(t)]
        return [node] + self.label_calls(names, node)

    def visit_AugAssign(self, node):
        self.generic_visit(node)
        return [node] + self.label_calls(target_names(node.target), node)

    def visit_Expr(self, node):
        self.generic_visit(node)
        call = node.value
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == 'log':
            call.func = ast.copy_location(ast.Call(ast.Name('__tg_log_statement__', ast.Load()),
                                                   [call.func], []), call.func)
        return node


def log_statement(f):
    return tgrad_ref.log_point if f is tgrad_ref.log else f


def compile_cell(first_line, source, path):
    tree = ast.parse('\n' * (first_line - 1) + source, path)
    body = tree.body
    last_is_expr = bool(body) and isinstance(body[-1], ast.Expr)
    tree = Transform().visit(tree)
    if last_is_expr:
        # The transform keeps an expression statement as the last one.
        last = tree.body[-1]
        last.value = ast.copy_location(
            ast.Call(ast.Name('__tg_show__', ast.Load()), [last.value], []), last.value)
    ast.fix_missing_locations(tree)
    return compile(tree, path, 'exec')


def char_column(path_lines, line, byte_col):
    """A 0-based UTF-8 byte offset in a line, as a 1-based character column."""
    if line < 1 or line > len(path_lines) or byte_col is None:
        return 1
    raw = path_lines[line - 1].encode('utf-8')[:byte_col]
    return len(raw.decode('utf-8', errors='ignore')) + 1


def last_line_of_display(e):
    """The last line of the traceback CPython prints, with its "Did you mean" suggestions
    (3.11 adds them when it displays the error, not in the traceback module)."""
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        sys.__excepthook__(type(e), e, e.__traceback__)
        text = sys.stderr.getvalue()
    finally:
        sys.stderr = saved
    return text.rstrip('\n').split('\n')[-1]


def report(path, lines, e):
    kind = type(e).__name__
    if isinstance(e, SyntaxError) and not isinstance(e, (IndentationError,)) or \
            isinstance(e, IndentationError):
        line, col, msg = e.lineno or 0, e.offset or 1, e.msg
        return '%s:%d:%d: %s: %s' % (path, line, col, kind, msg)
    msg = last_line_of_display(e)
    msg = msg[len(kind) + 2:] if msg.startswith(kind + ': ') else ''
    frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == path]
    if frames:
        f = frames[-1]
        line = f.lineno
        col = char_column(lines, line, f.colno)
    else:
        line, col = 0, 0
    if msg == '':
        # A bare StopIteration or AssertionError: Python prints the kind alone.
        return '%s:%d:%d: %s' % (path, line, col, kind)
    return '%s:%d:%d: %s: %s' % (path, line, col, kind, msg)


def main():
    path = sys.argv[1]
    warnings.simplefilter('ignore')
    with open(path, encoding='utf-8') as fh:
        text = fh.read()
    lines = text.split('\n')
    env = {name: getattr(tgrad_ref, name) for name in tgrad_ref.__all__}
    env.update(__tg_label__=tgrad_ref.label, __tg_log_statement__=log_statement,
               __tg_show__=tgrad_ref.show,
               __name__='__main__')
    # Python's frames above the program count against its recursion limit; give the program
    # CPython's own 1000 frames, its module's frame among them (999 nested calls).
    sys.setrecursionlimit(1000 + len(traceback.extract_stack()) + 1)
    for first_line, source, _ in split_cells(text):
        try:
            code = compile_cell(first_line, source, path)
            exec(code, env)
        except Exception as e:  # noqa: BLE001 - every error of the program is reported
            sys.stdout.flush()
            print(report(path, lines, e), file=sys.stderr)
            sys.exit(1)
        sys.stdout.flush()


if __name__ == '__main__':
    main()
