// The runnable examples of a markdown reference: a ```python fence followed (blank lines
// between allowed) by a line `Output:` and a ```text fence with exactly what `tgrad run`
// prints for it. An HTML comment `<!-- tgrad run OPTIONS -->` right above the python fence
// gives the CLI options the output was made with (--cell, --max-nodes, --max-seconds).
// Layout mistakes (an Output block after no example, an example left without one) are
// errors rather than silently skipped examples, so the reference cannot drift unchecked.

export interface DocExample {
  /** The program, with its final newline. */
  code: string;
  /** What the CLI prints for it, stdout and stderr as one stream, final newline included. */
  expected: string;
  /** Options after `tgrad run FILE`, e.g. ['--max-nodes', '1000']. */
  options: string[];
  /** 1-based line of the ```python fence in the markdown. */
  line: number;
}

export class DocLayoutError extends Error {}

const OPTIONS = /^<!--\s*tgrad run(.*?)-->$/;

function fenceBody(lines: string[], open: number): { body: string; close: number } {
  for (let i = open + 1; i < lines.length; i++) {
    if (lines[i] === '```') {
      const body = lines.slice(open + 1, i);
      return { body: body.length === 0 ? '' : `${body.join('\n')}\n`, close: i };
    }
  }
  throw new DocLayoutError(`line ${open + 1}: this fence is never closed`);
}

function nextNonBlank(lines: string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i].trim() === '') i++;
  return i;
}

function optionsAbove(lines: string[], fence: number): string[] {
  let i = fence - 1;
  while (i >= 0 && lines[i].trim() === '') i--;
  const m = i >= 0 ? OPTIONS.exec(lines[i].trim()) : null;
  if (m === null) return [];
  return m[1].trim() === '' ? [] : m[1].trim().split(/\s+/);
}

/** Every example of the markdown, in order. Throws DocLayoutError on a malformed layout. */
export function extractExamples(markdown: string): DocExample[] {
  const lines = markdown.split(/\r?\n/);
  const examples: DocExample[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.startsWith('```') && line !== '```python') {
      // Any other fence (text, sh, an Output block's): skip it whole, so that a ```python
      // inside it is not taken for an example.
      const { close } = fenceBody(lines, i);
      i = close + 1;
      continue;
    }
    if (line.trim() === 'Output:') {
      throw new DocLayoutError(`line ${i + 1}: 'Output:' does not follow a python example`);
    }
    if (line !== '```python') {
      i++;
      continue;
    }
    const { body: code, close } = fenceBody(lines, i);
    const label = nextNonBlank(lines, close + 1);
    if (label >= lines.length || lines[label].trim() !== 'Output:') {
      throw new DocLayoutError(
        `line ${i + 1}: this python example has no 'Output:' block after it`,
      );
    }
    const fence = nextNonBlank(lines, label + 1);
    if (fence >= lines.length || lines[fence] !== '```text') {
      throw new DocLayoutError(`line ${label + 1}: 'Output:' must be followed by a text fence`);
    }
    const { body: expected, close: end } = fenceBody(lines, fence);
    examples.push({ code, expected, options: optionsAbove(lines, i), line: i + 1 });
    i = end + 1;
  }
  return examples;
}
