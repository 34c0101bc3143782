// input([prompt]): writes the prompt to sys.stdout as it is now, then reads a line from
// sys.stdin as it is now (the program's input, or whatever the program put there, such as an
// io.StringIO), without its line end; EOFError at the end of the input, as CPython.

import { callMethod } from '../runtime/attributes';
import { str } from '../runtime/repr';
import { fail, typeError } from '../runtime/state';
import { readLine } from '../runtime/methods/fileMethods';
import { PyFile, type PyValue } from '../runtime/values';
import type { BuiltinContext } from './context';
import { defineAll } from './core';

export function inputBuiltins(ctx: BuiltinContext, into: Map<string, PyValue>): void {
  defineAll(into, [
    [
      'input',
      (args, kw) => {
        if (kw !== null && kw.size > 0) throw typeError('input() takes no keyword arguments');
        if (args.length > 1) {
          throw typeError(`input expected at most 1 argument, got ${args.length}`);
        }
        // sys.stdin as the program has it now (None is a value here), else the input itself.
        const current = ctx.programStream?.('stdin');
        const stdin = current === undefined ? ctx.stdin() : current;
        const stdout = ctx.programStream?.('stdout');
        if (stdin === null) throw fail('RuntimeError', 'input(): lost sys.stdin');
        if (stdout === null) throw fail('RuntimeError', 'input(): lost sys.stdout');
        const prompt = args.length === 1 ? str(args[0]) : '';
        if (prompt !== '') {
          if (stdout === undefined) ctx.host.print(prompt);
          else callMethod(stdout, 'write', [prompt], null);
        }
        const line = readFrom(stdin, prompt);
        if (line === '') throw fail('EOFError', 'EOF when reading a line');
        return line.endsWith('\n') ? line.slice(0, -1) : line;
      },
    ],
  ]);
}

function readFrom(stdin: PyValue, prompt: string): string {
  if (stdin instanceof PyFile && stdin.more !== null) return readLine(stdin, -1, prompt);
  const line = callMethod(stdin, 'readline', [], null);
  if (typeof line !== 'string') {
    throw typeError('object.readline() returned non-string');
  }
  return line;
}
