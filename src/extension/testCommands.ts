// Commands only the extension's own tests use (registered in test mode, never contributed):
// what a person sees but the VS Code API cannot read back (decorations, the output
// channel, the status bar, the panel's state), and a way to play the webview's part.
import * as vscode from 'vscode';
import type { PanelState, StepsAnswer, ToPanel } from '../kernel/protocol';
import type { Ctx } from './ctx';
import type { LineMark } from './decorationPlan';
import type { GraphPanels } from './graphPanels';
import type { HoverProvider } from './hoverProvider';
import type { InlineValues } from './inlineValues';
import { asFromPanel } from './panelMessages';
import type { RunOutput } from './runOutput';
import type { StatusBar } from './statusBar';

export interface PanelInspection {
  state: PanelState;
  visible: boolean;
  /** The panel is the workbench's active editor (it has the focus). */
  active: boolean;
  posted: ToPanel['type'][];
  title: string;
  /** The stepper's last answer. */
  steps: StepsAnswer | null;
}

export interface Inspection {
  marks: LineMark[];
  output: string;
  status: string | null;
  /** The command a click on the status bar item runs. */
  statusCommand: string | null;
  busy: boolean;
  started: boolean;
  names: string[];
  panel: PanelInspection | null;
  /** Pictures kept for a notebook session's next Show Panel (it has no panel open). */
  held: boolean;
  /** Time the hover provider took for its latest answers (ms). */
  hoverMillis: number[];
}

export function registerTestCommands(
  ctx: Ctx,
  parts: {
    panels: GraphPanels;
    inline: InlineValues;
    output: RunOutput;
    status: StatusBar;
    hover: HoverProvider;
  },
): void {
  const uriOf = (arg: unknown): vscode.Uri =>
    arg instanceof vscode.Uri ? arg : vscode.Uri.parse(String(arg));
  const panelOf = (uri: vscode.Uri): PanelInspection | null => {
    const gp = parts.panels.get(uri);
    if (gp === undefined) return null;
    return {
      state: gp.state,
      visible: gp.visible,
      active: gp.panel.active,
      posted: [...gp.posted],
      title: gp.panel.title,
      steps: gp.lastSteps,
    };
  };
  ctx.own(
    vscode.commands.registerCommand('toygrad._test.inspect', (arg: unknown): Inspection => {
      const uri = uriOf(arg);
      const session = ctx.sessions.get(uri);
      return {
        marks: parts.inline.marksOf(uri),
        output: parts.output.text,
        status: parts.status.text,
        statusCommand: parts.status.command,
        busy: session?.busy ?? false,
        started: session?.started ?? false,
        names: Object.keys(session?.names ?? {}),
        panel: panelOf(uri),
        held: parts.panels.holds(uri),
        hoverMillis: [...parts.hover.timings],
      };
    }),
    vscode.commands.registerCommand(
      'toygrad._test.panelMessage',
      async (arg: unknown, data: unknown): Promise<PanelInspection | null> => {
        const uri = uriOf(arg);
        const gp = parts.panels.get(uri);
        if (gp === undefined) return null;
        const message = asFromPanel(data);
        if (message === null) throw new Error(`not a panel message: ${JSON.stringify(data)}`);
        await parts.panels.onMessage(gp, message);
        return panelOf(uri);
      },
    ),
  );
}
