// The `tgrad` debug type: a launch configuration names a .tgrad file (and optionally one
// cell), and the debug adapter (kernel/debug/debugAdapter.ts) runs it inline in the
// extension host against the document's own session, so the names a debugged cell binds
// stay, and its output, inline values and errors show as a run's do.
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { TgradDebugAdapter, type DebugTarget } from '../../kernel/debug/debugAdapter';
import type { CodeCell } from '../cellModel';
import type { Ctx } from '../ctx';
import { isTgrad } from '../documentCells';
import { notebookTarget, type NotebookLaunch, type NotebookRunner } from './notebookDebugging';

export const DEBUG_TYPE = 'tgrad';

/** A `tgrad` launch configuration, as package.json's configurationAttributes describe it. */
interface TgradLaunch extends vscode.DebugConfiguration, NotebookLaunch {
  program?: string;
  /**
   * The code cell's index (0-based among code cells; among all cells for a notebook);
   * absent: every code cell in order.
   */
  cell?: number;
  stopOnEntry?: boolean;
}

/** Starts debugging the document: one cell, or the whole file. */
export async function startDebugging(
  document: vscode.TextDocument,
  cell: CodeCell | undefined,
): Promise<boolean> {
  const config: TgradLaunch = {
    type: DEBUG_TYPE,
    request: 'launch',
    name: cell === undefined ? 'ToyGrad: Debug File' : `ToyGrad: Debug Cell ${cell.index + 1}`,
    program: document.uri.fsPath,
  };
  if (cell !== undefined) config.cell = cell.index;
  return vscode.debug.startDebugging(vscode.workspace.getWorkspaceFolder(document.uri), config);
}

export function registerDebugging(ctx: Ctx, runners: readonly NotebookRunner[]): void {
  ctx.own(
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, {
      // F5 with no launch.json, or a configuration without a program: the active .tgrad file.
      resolveDebugConfiguration(_folder, config: TgradLaunch) {
        if (config.program === undefined || config.program === '') {
          const editor = vscode.window.activeTextEditor;
          if (editor === undefined || !isTgrad(editor.document)) {
            void vscode.window.showInformationMessage('ToyGrad: open a .tgrad file to debug it.');
            return undefined;
          }
          config.program = editor.document.uri.fsPath;
        }
        config.type = DEBUG_TYPE;
        config.request = 'launch';
        config.name ??= 'ToyGrad: Debug File';
        return config;
      },
    }),
    vscode.debug.registerDebugAdapterDescriptorFactory(DEBUG_TYPE, {
      createDebugAdapterDescriptor: async (session) => {
        const target = await targetFor(ctx, runners, session.configuration as TgradLaunch);
        return new vscode.DebugAdapterInlineImplementation(new TgradDebugAdapter(target));
      },
    }),
  );
}

async function targetFor(
  ctx: Ctx,
  runners: readonly NotebookRunner[],
  config: TgradLaunch,
): Promise<DebugTarget> {
  const { notebook } = config;
  if (notebook !== undefined) return notebookTarget(ctx, runners, { ...config, notebook });
  const uri = vscode.Uri.file(config.program ?? '');
  const document = ctx.document(uri) ?? (await vscode.workspace.openTextDocument(uri));
  const session = ctx.sessions.getOrCreate(document.uri);
  return {
    file: document.uri.fsPath,
    folder: dirname(document.uri.fsPath),
    channel: () => session.debugChannel(),
    run: async (stopOnEntry) => {
      const cells = ctx.cells.get(document);
      const toRun =
        config.cell === undefined ? cells : cells.filter((c) => c.index === config.cell);
      if (toRun.length === 0) return 'error';
      const outcome = await session.runSequence(toRun, cells, stopOnEntry);
      return outcome?.status ?? 'stopped';
    },
    stop: () => session.stop(),
  };
}
