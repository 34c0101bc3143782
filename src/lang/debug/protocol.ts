// The debugger's requests and answers in plain data, shaped like the Debug Adapter
// Protocol's bodies so that the adapter passes them on as they are. Shared by the language
// (which answers them), the worker (which carries them) and the adapter.

export type ResumeAction = 'continue' | 'next' | 'stepIn' | 'stepOut' | 'stop';

export type ExceptionFilter = 'uncaught' | 'raised';

export interface SourceBreakpoint {
  line: number;
  /** An expression: stop only where it is true. */
  condition?: string;
  /** `5`, `>= 5`, `> 5`, `== 5` or `% 5`: stop when the hit count satisfies it. */
  hitCondition?: string;
  /** Print this text (with `{expression}` parts filled in) instead of stopping. */
  logMessage?: string;
}

export type StopReason = 'breakpoint' | 'step' | 'pause' | 'exception' | 'entry';

export interface StopInfo {
  reason: StopReason;
  /** For an exception: `ZeroDivisionError: division by zero`. */
  text?: string;
  line: number;
  /** Relative to the notebook's folder; undefined for the notebook. */
  file?: string;
}

export interface StackFrameInfo {
  id: number;
  name: string;
  line: number;
  file?: string;
}

export interface ScopeInfo {
  name: string;
  variablesReference: number;
  presentationHint?: 'locals';
  expensive: false;
}

export interface VariableInfo {
  name: string;
  value: string;
  type?: string;
  variablesReference: number;
  indexedVariables?: number;
  namedVariables?: number;
  /** The expression that reads it from the frame, for "Copy as Expression" and watches. */
  evaluateName?: string;
}

export interface EvaluateInfo {
  result: string;
  type?: string;
  variablesReference: number;
  indexedVariables?: number;
  namedVariables?: number;
}

/** What the paused program answers: the call stack, scopes, variables and evaluation. */
export type InspectRequest =
  | { what: 'stackTrace' }
  | { what: 'scopes'; frameId: number }
  | { what: 'variables'; variablesReference: number; start?: number; count?: number }
  | {
      what: 'evaluate';
      expression: string;
      frameId?: number;
      /** The Debug Console: statements run too (`x = 3`), changing the paused frame. */
      statements?: boolean;
    };

export type InspectAnswer =
  | { what: 'stackTrace'; frames: StackFrameInfo[] }
  | { what: 'scopes'; scopes: ScopeInfo[] }
  | { what: 'variables'; variables: VariableInfo[] }
  | {
      what: 'evaluate';
      result: EvaluateInfo;
      /** Statements ran: the Variables view should read the frame again. */
      changed?: boolean;
    };
