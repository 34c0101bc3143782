// CSS selectors of VS Code 1.100's workbench that the driver relies on, all seen working in
// code-server (E2E.md). One place to fix when a VS Code upgrade moves them.
export const selectors = {
  workbench: '.monaco-workbench',
  statusBar: '[id="workbench.parts.statusbar"]',
  /** The panel below the editors (Problems, Output, Terminal…). */
  panel: '[id="workbench.parts.panel"]',
  explorerRow: '.explorer-folders-view .monaco-list-row',
  explorerRowName: '.label-name',
  activeTab: '.tabs-container .tab.active',
  editor: '.editor-instance .monaco-editor',
  editorLines: '.editor-instance .monaco-editor .view-lines',
  /** The active editor's sticky-scroll header (the cell line scrolled past stays on top). */
  stickyScroll: '.editor-instance .monaco-editor .sticky-widget',
  editorToken: '.editor-instance .monaco-editor .view-lines .view-line span span',
  languageMode: '[id="status.editor.mode"]',
  /** A button of the active editor's title bar, by its label (`aria-label` starts with it). */
  editorTitleAction: '.editor-actions .action-label',
  codeLens: '.codelens-decoration a',
  hover: '.monaco-hover:not(.hidden) .rendered-markdown',
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget input',
  quickInputRow: '.quick-input-widget .monaco-list-row',
  quickInputRowLabel: '.quick-input-list-label .label-name',
  notification: '.notification-toast',
  // The notebook editor: a code cell's row, and the kernel picker in its toolbar.
  notebookCell: '.notebookOverlay .monaco-list-row.code-cell-row',
  notebookKernelPicker: '.notebook-toolbar-container .kernel-action-view-item',
} as const;
