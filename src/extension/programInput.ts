// A program's input() in the editor: the line it waits for is asked in an input box titled
// with its file, the prompt it printed shown; Escape gives it no input (EOFError, as a program
// whose input has ended). The box closes by itself when the run ends or is stopped first.
import * as vscode from 'vscode';
import { basename } from 'node:path';

export function askProgramInput(
  uri: vscode.Uri,
): (prompt: string, cancel: AbortSignal) => Promise<string | undefined> {
  return async (prompt, cancel) => {
    const source = new vscode.CancellationTokenSource();
    const onAbort = () => source.cancel();
    cancel.addEventListener('abort', onAbort);
    try {
      return await vscode.window.showInputBox(
        {
          title: `${basename(uri.path)}: input()`,
          prompt: prompt.trim() === '' ? 'The program waits for a line of input' : prompt,
          placeHolder: 'Enter sends the line; Escape gives the program no input (EOFError)',
          ignoreFocusOut: true,
        },
        source.token,
      );
    } finally {
      cancel.removeEventListener('abort', onAbort);
      source.dispose();
    }
  };
}
