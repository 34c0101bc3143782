import assert from 'node:assert/strict';
import {
  describeLine,
  scopeMatches,
  scopesOf,
  tokenize,
  type ScopedToken,
} from './grammar-harness';

/** Asserts that every token covering `needle` carries a scope matching `selector`. */
function expectScope(
  doc: ScopedToken[][],
  line: number,
  needle: string,
  selector: string,
  occurrence = 0,
): void {
  const found = scopesOf(doc, line, needle, occurrence);
  for (const scopes of found) {
    assert.ok(
      scopes.some((s) => scopeMatches(s, selector)),
      `"${needle}" on line ${line} lacks ${selector}:\n${describeLine(doc[line])}`,
    );
  }
}

/** Asserts that no token covering `needle` carries a scope matching `selector`. */
function expectNoScope(
  doc: ScopedToken[][],
  line: number,
  needle: string,
  selector: string,
  occurrence = 0,
): void {
  const found = scopesOf(doc, line, needle, occurrence);
  for (const scopes of found) {
    assert.ok(
      !scopes.some((s) => scopeMatches(s, selector)),
      `"${needle}" on line ${line} unexpectedly has ${selector}:\n${describeLine(doc[line])}`,
    );
  }
}

/** Asserts that `needle` is exactly one token (not glued to its neighbours). */
function expectWholeToken(doc: ScopedToken[][], line: number, needle: string): void {
  assert.ok(
    doc[line].some((t) => t.text === needle),
    `"${needle}" is not a token of its own:\n${describeLine(doc[line])}`,
  );
}

describe('tgrad TextMate grammar', () => {
  describe('cells', () => {
    it('scopes a code cell marker and its title', async () => {
      const doc = await tokenize('# %% Train the MLP\nx = 1\n#%%\n');
      expectScope(doc, 0, '# %%', 'meta.cell-marker.tgrad');
      expectScope(doc, 0, '# %%', 'keyword.other.cell-marker.tgrad');
      expectScope(doc, 0, 'Train the MLP', 'entity.name.section.cell.tgrad');
      expectNoScope(doc, 0, 'Train the MLP', 'comment');
      expectWholeToken(doc, 0, 'Train the MLP');
      expectScope(doc, 2, '#%%', 'keyword.other.cell-marker.tgrad');
      expectNoScope(doc, 1, 'x', 'meta.cell-marker');
    });

    it('scopes a markdown marker, its [markdown] tag, and its comment body', async () => {
      const doc = await tokenize(
        [
          '# %% [markdown] Intro',
          '# # The chain rule',
          '# Multiply local `grad`s along each **path**.',
          '# %%',
          'a = Value(2.0)',
        ].join('\n'),
      );
      expectScope(doc, 0, '# %%', 'keyword.other.cell-marker.tgrad');
      expectScope(doc, 0, '[markdown]', 'support.type.cell-kind.markdown.tgrad');
      expectScope(doc, 0, '[markdown]', 'meta.cell-marker.markdown.tgrad');
      expectNoScope(doc, 0, '[markdown]', 'entity.name.section');
      expectScope(doc, 0, 'Intro', 'entity.name.section.cell.tgrad');
      expectScope(doc, 1, '# The chain rule', 'comment.line.number-sign');
      expectScope(doc, 1, 'The chain rule', 'markup.heading.markdown.tgrad');
      expectScope(doc, 2, 'Multiply', 'comment.line.number-sign');
      expectScope(doc, 2, '`grad`', 'markup.inline.raw.markdown.tgrad');
      expectScope(doc, 2, '**path**', 'markup.bold.markdown.tgrad');
      expectScope(doc, 2, 'Multiply', 'meta.cell.markdown.tgrad');
      // The next marker ends the markdown cell: code after it is code again.
      expectScope(doc, 3, '# %%', 'keyword.other.cell-marker.tgrad');
      expectNoScope(doc, 3, '# %%', 'meta.cell.markdown.tgrad');
      expectScope(doc, 4, 'Value', 'support.class.tgrad');
      expectNoScope(doc, 4, 'Value', 'meta.cell.markdown.tgrad');
    });

    it('accepts the [md] tag and a tag after the title, as the cell reader does', async () => {
      const doc = await tokenize('#%%[md]\n# %% Notes [markdown]\n');
      expectScope(doc, 0, '[md]', 'support.type.cell-kind.markdown.tgrad');
      expectScope(doc, 1, 'Notes', 'entity.name.section.cell.tgrad');
      expectScope(doc, 1, '[markdown]', 'support.type.cell-kind.markdown.tgrad');
    });

    it('does not take a comment that merely contains %% for a cell marker', async () => {
      const doc = await tokenize(
        ['x = 1  # %% not a cell', '    # %% indented', '## %% doubled', 'y = 2 # %%'].join('\n'),
      );
      for (let line = 0; line < doc.length; line++) {
        expectNoScope(doc, line, '%%', 'keyword.other.cell-marker');
        expectNoScope(doc, line, '%%', 'meta.cell-marker');
        expectScope(doc, line, '%%', 'comment.line.number-sign.tgrad');
      }
      expectScope(doc, 0, '1', 'constant.numeric');
    });

    it('ends an unclosed call, string or parameter list at the next cell marker', async () => {
      const doc = await tokenize(
        ['print(foo(1,', 'def f(x,', 's = "abc\\', '# %% Next', 'x = 1'].join('\n'),
      );
      expectScope(doc, 3, '# %%', 'keyword.other.cell-marker.tgrad');
      expectScope(doc, 3, 'Next', 'entity.name.section.cell.tgrad');
      expectNoScope(doc, 3, '# %%', 'meta.function-call');
      expectNoScope(doc, 4, '=', 'meta.function-call');
      expectNoScope(doc, 4, '=', 'meta.function');
      expectNoScope(doc, 4, '=', 'string');
      expectNoScope(doc, 4, '=', 'variable.parameter');
    });
  });

  describe('comments and keywords', () => {
    it('scopes comments', async () => {
      const doc = await tokenize('# the loss\nloss = 0  # start from zero');
      expectScope(doc, 0, '# the loss', 'comment.line.number-sign.tgrad');
      expectScope(doc, 0, '#', 'punctuation.definition.comment.tgrad');
      expectScope(doc, 1, '# start from zero', 'comment.line.number-sign.tgrad');
      expectNoScope(doc, 1, 'loss', 'comment');
    });

    it('scopes control keywords', async () => {
      const source = [
        'for k in range(10):',
        '    if k > 5:',
        '        break',
        '    elif k == 3:',
        '        continue',
        '    else:',
        '        pass',
        'while True:',
        '    return None',
      ].join('\n');
      const doc = await tokenize(source);
      const control: [number, string][] = [
        [0, 'for'],
        [1, 'if'],
        [2, 'break'],
        [3, 'elif'],
        [4, 'continue'],
        [5, 'else'],
        [6, 'pass'],
        [7, 'while'],
        [8, 'return'],
      ];
      for (const [line, word] of control) {
        expectScope(doc, line, word, 'keyword.control.flow.tgrad');
        expectWholeToken(doc, line, word);
      }
      expectScope(doc, 7, 'True', 'constant.language.tgrad');
      expectScope(doc, 8, 'None', 'constant.language.tgrad');
    });

    it('scopes word operators, lambda, def and the constants', async () => {
      const doc = await tokenize(
        [
          'ok = a and not b or c in xs and d is not None',
          'f = lambda x, k=2: x * k',
          'def g(): return False',
        ].join('\n'),
      );
      for (const word of ['and', 'not', 'or', 'in', 'is']) {
        expectScope(doc, 0, word, 'keyword.operator.logical.tgrad');
        expectScope(doc, 0, word, 'keyword.operator.wordlike');
      }
      expectScope(doc, 0, 'None', 'constant.language.tgrad');
      expectScope(doc, 1, 'lambda', 'storage.type.function.lambda.tgrad');
      expectScope(doc, 1, 'x', 'variable.parameter.function.lambda.tgrad');
      expectScope(doc, 1, 'k', 'variable.parameter.function.lambda.tgrad');
      expectScope(doc, 1, '2', 'constant.numeric');
      expectScope(doc, 2, 'def', 'storage.type.function.tgrad');
      expectScope(doc, 2, 'return', 'keyword.control.flow.tgrad');
      expectScope(doc, 2, 'False', 'constant.language.tgrad');
    });

    it('scopes the Python words that are not in the language as invalid', async () => {
      const doc = await tokenize(
        [
          'import math',
          'from math import tanh',
          'class Net:',
          'try:',
          'except ValueError:',
          'global step',
        ].join('\n'),
      );
      expectScope(doc, 0, 'import', 'invalid.illegal');
      expectScope(doc, 1, 'from', 'invalid.illegal');
      expectScope(doc, 1, 'import', 'invalid.illegal');
      expectScope(doc, 2, 'class', 'invalid.illegal');
      expectScope(doc, 3, 'try', 'invalid.illegal');
      expectScope(doc, 4, 'except', 'invalid.illegal');
      expectScope(doc, 5, 'global', 'invalid.illegal');
      // ...but only as whole words: names that contain them are ordinary names.
      const names = ['classes', 'important', 'fromage', 'tryout', 'excepted', 'globals'];
      const line = await tokenize(names.join(' + '));
      for (const name of names) expectNoScope(line, 0, name, 'invalid');
    });
  });

  describe('literals', () => {
    it('scopes integers, floats, exponents and leading-dot floats as single tokens', async () => {
      const doc = await tokenize('x = 1e-3 + .5 - 3. * 2.5E+10 + 42 // 1_000 + -0.5');
      for (const n of ['1e-3', '.5', '3.', '2.5E+10', '0.5']) {
        expectScope(doc, 0, n, 'constant.numeric.float.tgrad');
        expectWholeToken(doc, 0, n);
      }
      for (const n of ['42', '1_000']) {
        expectScope(doc, 0, n, 'constant.numeric.integer');
        expectWholeToken(doc, 0, n);
      }
      expectScope(doc, 0, '-', 'keyword.operator.arithmetic.tgrad', 1);
      expectScope(doc, 0, '-', 'keyword.operator.arithmetic.tgrad', 2);
      expectScope(doc, 0, '//', 'keyword.operator.arithmetic.tgrad');
    });

    it('does not take digits inside names, or attribute access, for numbers', async () => {
      const doc = await tokenize('x1 = xs[0].data + e');
      expectNoScope(doc, 0, 'x1', 'constant.numeric');
      expectScope(doc, 0, '0', 'constant.numeric.integer');
      expectScope(doc, 0, 'data', 'support.variable.property.tgrad');
      expectNoScope(doc, 0, '.data', 'constant.numeric');
    });

    it('scopes strings and their escapes', async () => {
      const doc = await tokenize(`s = "a\\n\\"b\\"" + 'it\\'s' + "\\x41\\u00e9"`);
      expectScope(doc, 0, '"a', 'string.quoted.double.tgrad');
      expectScope(doc, 0, '\\n', 'constant.character.escape.tgrad');
      expectScope(doc, 0, '\\"', 'constant.character.escape.tgrad');
      expectScope(doc, 0, "'it", 'string.quoted.single.tgrad');
      expectScope(doc, 0, "\\'", 'constant.character.escape.tgrad');
      expectScope(doc, 0, '\\x41', 'constant.character.escape.tgrad');
      expectScope(doc, 0, '\\u00e9', 'constant.character.escape.tgrad');
      expectScope(doc, 0, '+', 'keyword.operator.arithmetic.tgrad');
      expectNoScope(doc, 0, '+', 'string');
    });

    it('ends an unclosed string at the end of its line', async () => {
      const doc = await tokenize('s = "oops\nt = 1');
      expectScope(doc, 0, 'oops', 'string.quoted.double.tgrad');
      expectNoScope(doc, 1, 't', 'string');
      expectScope(doc, 1, '1', 'constant.numeric');
    });

    it('scopes an f-string, its replacement fields as embedded code, and format specs', async () => {
      const doc = await tokenize('print(f"{loss.data:.4f} step {k}")');
      expectScope(doc, 0, 'f', 'storage.type.string.tgrad', 0);
      expectScope(doc, 0, 'f"', 'string.interpolated.double.tgrad');
      expectScope(doc, 0, ' step ', 'string.interpolated.double.tgrad');
      expectNoScope(doc, 0, ' step ', 'meta.embedded');
      expectScope(doc, 0, '{', 'punctuation.section.embedded.begin.tgrad');
      expectScope(doc, 0, 'loss.data', 'meta.embedded.expression.tgrad');
      expectScope(doc, 0, 'data', 'support.variable.property.tgrad');
      expectScope(doc, 0, ':', 'punctuation.separator.format-spec.tgrad');
      expectScope(doc, 0, '.4f', 'meta.format-spec.tgrad');
      expectScope(doc, 0, '.4f', 'storage.type.format.tgrad');
      expectNoScope(doc, 0, '.4f', 'constant.numeric');
      expectScope(doc, 0, 'k', 'meta.embedded.expression.tgrad');
      expectNoScope(doc, 0, 'k', 'meta.format-spec');
      expectScope(doc, 0, '}', 'punctuation.section.embedded.end.tgrad', 1);
      expectScope(doc, 0, 'print', 'support.function.builtin.tgrad');
    });

    it('keeps slice and dict colons inside a field out of the format spec', async () => {
      const doc = await tokenize(
        `s = f'{xs[1:-1]} {d["lr"]:>8} {v!r:^6} {{x}} {xs[i:j]:.2e}' + f"{ {'a': 1}['a'] }"`,
      );
      expectScope(doc, 0, '1:-1', 'meta.embedded.expression.tgrad');
      expectNoScope(doc, 0, '1:-1', 'meta.format-spec');
      expectScope(doc, 0, '"lr"', 'string.quoted.double.tgrad');
      expectScope(doc, 0, '>8', 'storage.type.format.tgrad');
      expectScope(doc, 0, '!r', 'storage.type.format.conversion.tgrad');
      expectScope(doc, 0, '^6', 'storage.type.format.tgrad');
      expectScope(doc, 0, '{{', 'constant.character.escape.brace.tgrad');
      expectScope(doc, 0, 'x', 'string.interpolated.single.tgrad', 1);
      expectNoScope(doc, 0, 'i:j', 'meta.format-spec');
      expectScope(doc, 0, '.2e', 'storage.type.format.tgrad');
      expectNoScope(doc, 0, "'a': 1", 'meta.format-spec');
      expectScope(doc, 0, "'a'", 'string.quoted.single.tgrad');
    });
  });

  describe('definitions, calls and names', () => {
    it('scopes def f(x): with the name as a function and x as a parameter', async () => {
      const doc = await tokenize('def f(x):\n    return x');
      expectScope(doc, 0, 'def', 'storage.type.function.tgrad');
      expectScope(doc, 0, 'f', 'entity.name.function.tgrad', 1);
      expectWholeToken(doc, 0, 'f');
      expectScope(doc, 0, 'x', 'variable.parameter.function.tgrad');
      expectScope(doc, 0, '(', 'punctuation.definition.parameters.begin.tgrad');
      expectScope(doc, 0, ':', 'punctuation.section.function.begin.tgrad');
      expectNoScope(doc, 1, 'x', 'variable.parameter');
    });

    it('scopes parameter defaults as code and only the names as parameters', async () => {
      const doc = await tokenize(
        'def step(model, lr=base * 2, act="tanh", sizes=[4, 4], f=g(a, b)):',
      );
      for (const p of ['model', 'lr', 'act', 'sizes']) {
        expectScope(doc, 0, p, 'variable.parameter.function.tgrad');
      }
      expectScope(doc, 0, 'f', 'variable.parameter.function.tgrad', 1);
      expectNoScope(doc, 0, 'base', 'variable.parameter');
      expectScope(doc, 0, '"tanh"', 'string.quoted.double.tgrad');
      expectScope(doc, 0, '4', 'constant.numeric');
      expectNoScope(doc, 0, 'b)', 'variable.parameter');
      expectScope(doc, 0, 'g', 'entity.name.function.call.tgrad');
    });

    it('scopes calls, keyword arguments and method calls', async () => {
      const doc = await tokenize('y = forward(model, x, act="relu")\nloss.backward()\nm.fit(x)');
      expectScope(doc, 0, 'forward', 'entity.name.function.call.tgrad');
      expectScope(doc, 0, 'act', 'variable.parameter.function-call.tgrad');
      expectScope(doc, 0, '=', 'keyword.operator.assignment.tgrad', 1);
      expectNoScope(doc, 0, 'model', 'variable.parameter');
      expectScope(doc, 1, 'backward', 'support.function.method.tgrad');
      expectScope(doc, 1, '.', 'punctuation.accessor.tgrad');
      expectScope(doc, 2, 'fit', 'entity.name.function.method.tgrad');
    });

    it('does not take == in call arguments for a keyword argument', async () => {
      const doc = await tokenize('print(a == b, c <= d)');
      expectNoScope(doc, 0, 'a', 'variable.parameter');
      expectScope(doc, 0, '==', 'keyword.operator.comparison.tgrad');
      expectScope(doc, 0, '<=', 'keyword.operator.comparison.tgrad');
    });

    it('scopes every builtin function of the language, called or not', async () => {
      const builtins = [
        'print', 'len', 'range', 'zip', 'enumerate', 'sorted', 'reversed', 'list', 'float',
        'int', 'str', 'map', 'any', 'all', 'min', 'max', 'sum', 'abs', 'round', 'floor', 'ceil',
        'linspace', 'seed', 'random', 'uniform', 'gauss', 'shuffle', 'choice', 'tanh', 'relu',
        'exp', 'log', 'sigmoid', 'sqrt', 'sin', 'cos', 'backward', 'zero_grad', 'draw', 'plot',
        'boundary', 'train', 'moons', 'circles', 'blobs', 'xor', 'spiral', 'mse', 'sse', 'hinge',
        'bce', 'cross_entropy', 'softmax',
      ]; // prettier-ignore
      const doc = await tokenize(builtins.map((b) => `r = ${b}(x) + fn(${b})`).join('\n'));
      builtins.forEach((b, line) => {
        expectScope(doc, line, b, 'support.function.builtin.tgrad', 0);
        expectScope(doc, line, b, 'support.function.builtin.tgrad', 1);
        expectWholeToken(doc, line, b);
      });
    });

    it('scopes the classes and the constants pi and e', async () => {
      const classes = ['Value', 'Neuron', 'Layer', 'MLP', 'SGD', 'Adam'];
      const doc = await tokenize(classes.map((c) => `m = ${c}(2)`).join('\n') + '\nz = pi * e');
      classes.forEach((c, line) => expectScope(doc, line, c, 'support.class.tgrad'));
      expectScope(doc, classes.length, 'pi', 'support.constant.tgrad');
      expectScope(doc, classes.length, 'e', 'support.constant.tgrad');
    });

    it('keeps builtins, classes and constants as such only as whole, free names', async () => {
      const doc = await tokenize('v.exp() + v.log + printed + Values + pie + sigma + x.e');
      expectNoScope(doc, 0, 'exp', 'support.function.builtin');
      expectScope(doc, 0, 'exp', 'support.function.method.tgrad');
      expectNoScope(doc, 0, 'log', 'support.function.builtin');
      expectNoScope(doc, 0, 'printed', 'support.function');
      expectNoScope(doc, 0, 'Values', 'support.class');
      expectNoScope(doc, 0, 'pie', 'support.constant');
      expectNoScope(doc, 0, 'x.e', 'support.constant');
    });

    it('scopes the Value attributes .data, .grad, .label', async () => {
      const doc = await tokenize(
        'p.data += -lr * p.grad\nprint(a.label, a.op, a.inputs, m.weights)',
      );
      expectScope(doc, 0, 'data', 'support.variable.property.tgrad');
      expectScope(doc, 0, 'grad', 'support.variable.property.tgrad');
      expectScope(doc, 0, '+=', 'keyword.operator.assignment.augmented.tgrad');
      for (const attr of ['label', 'op', 'inputs']) {
        expectScope(doc, 1, attr, 'support.variable.property.tgrad');
      }
      expectScope(doc, 1, 'weights', 'variable.other.property.tgrad');
    });
  });
});
