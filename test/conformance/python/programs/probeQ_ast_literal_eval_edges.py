"""ast.literal_eval on the values a command line or a config line gives, and what it refuses."""
from ast import literal_eval
import ast
for s in ["32", "-3.5e-4", "'x'", "(0.9, 0.95)", "[1, [2, 3]]", "{'a': 1, 2: (3,)}", "{1, 2}", "set()", "True", "None",
          "  42", "b'ab'", "...", "+5", "-(-5)", "abc", "1 + 2", "f'x'", "[x for x in y]", "a b", "x = 1", "{[1]: 2}",
          "'gpt2-medium'", "1_000", "0x1f", "\"multi\\nline\"", "[1,\n 2]", "-True", "(1)", "()", "{**a}", "len('x')", "nan", "1e500"]:
    try:
        v = literal_eval(s)
        print(repr(s), '->', repr(v), type(v).__name__)
    except (ValueError, SyntaxError, TypeError) as e:
        print(repr(s), '!!', type(e).__name__, str(e).split(' at ')[0])
print(ast.literal_eval("{'lr': 6e-4, 'betas': (0.9, 0.95)}")['betas'][1])
