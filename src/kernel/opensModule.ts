// Which cell holds a file's first statement: CPython takes a string that statement is as the
// module's docstring (`__doc__`, what `argparse.ArgumentParser(description=__doc__)` shows).
// Cell markers and markdown cells are comments to Python, so the cell that opens the module
// is the first whose code is more than comments and blank lines.

/** True when `before` (the code of the cells above a cell, in file order) holds no statement. */
export function opensModule(before: readonly string[]): boolean {
  return before.every((code) =>
    code.split('\n').every((line) => {
      const t = line.trim();
      return t === '' || t.startsWith('#');
    }),
  );
}
