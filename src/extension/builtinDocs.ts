// Hovers on built-in names (`train`, `moons`, `MLP`, `Value`, …), read from the one place
// they are documented: the "Built-ins at a glance" table of docs/language.md (shipped with
// the extension), whose rows give each built-in's signature(s) and what it gives. Nothing
// here is a copy of the docs, so a change there is a change in the hover.

export interface BuiltinDoc {
  name: string;
  /** Every signature the table gives for the name, e.g. `log(x)` and `log(value, name="loss")`. */
  signatures: string[];
  /** What each signature gives (the table's second column), in the same order. */
  gives: string[];
}

const TABLE_MARK = '<!-- builtins table -->';

/** The names the table documents, each with its signatures and one line each. */
export function parseBuiltinTable(markdown: string): Map<string, BuiltinDoc> {
  const docs = new Map<string, BuiltinDoc>();
  const at = markdown.indexOf(TABLE_MARK);
  if (at < 0) return docs;
  const lines = markdown.slice(at + TABLE_MARK.length).split('\n');
  let inTable = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line.startsWith('|')) {
      if (inTable) break;
      continue;
    }
    inTable = true;
    const cells = splitRow(line);
    if (cells.length < 2 || /^-+$/.test(cells[0].replace(/[:\s]/g, '')) || cells[0] === 'Built-in')
      continue;
    const gives = cells[1];
    for (const signature of codeSpans(cells[0])) {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(signature)?.[0];
      if (name === undefined) continue;
      const doc = docs.get(name) ?? { name, signatures: [], gives: [] };
      doc.signatures.push(signature);
      doc.gives.push(gives);
      docs.set(name, doc);
    }
  }
  return docs;
}

/** A table row's cells, with `\|` kept inside a cell. */
function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 1; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && line[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += c;
    }
  }
  return cells;
}

function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
}

/** The hover's markdown: the signatures as code, then what each gives. */
export function builtinHoverMarkdown(doc: BuiltinDoc): string {
  const distinct = [...new Set(doc.signatures)];
  const rows = distinct.map((signature) => {
    const gives = doc.gives[doc.signatures.indexOf(signature)];
    return `${signature}  # → ${stripMarkdown(gives)}`;
  });
  return [
    '```tgrad\n' + rows.join('\n') + '\n```',
    `built-in · see *Built-ins at a glance* in docs/language.md`,
  ].join('\n\n');
}

function stripMarkdown(text: string): string {
  return text.replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]*)\*\*/g, '$1');
}
