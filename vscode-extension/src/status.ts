import * as vscode from 'vscode';

interface FolderStatus {
  folder: string;
  state: string;
  files: number;
  chunks: number;
  chunksEmbedded: number;
  pendingEmbeddings: number;
  message?: string;
}

/** The status bar item: index state and progress across folders; a click opens Search Code. */
export class IndexStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('codeIntel.index', vscode.StatusBarAlignment.Left, 10);

  constructor() {
    this.item.name = 'CodeIntel index';
    this.item.command = 'codeIntel.search';
    this.item.text = '$(sync~spin) CodeIntel: starting';
    this.item.show();
  }

  update(params: { folders: FolderStatus[] }): void {
    const folders = params.folders ?? [];
    const chunks = folders.reduce((n, f) => n + f.chunks, 0);
    const pending = folders.reduce((n, f) => n + f.pendingEmbeddings, 0);
    const failed = folders.find((f) => f.state === 'failed');
    if (failed) {
      this.showError(failed.message ?? 'indexing failed');
    } else if (folders.some((f) => f.state === 'queued' || f.state === 'indexing')) {
      this.item.text = '$(sync~spin) CodeIntel: indexing files';
    } else if (folders.some((f) => f.state === 'embedding')) {
      this.item.text = `$(sync~spin) CodeIntel: embedding (${pending} left)`;
    } else if (folders.some((f) => f.state === 'cancelled')) {
      this.item.text = `$(debug-pause) CodeIntel: indexing paused (${chunks} chunks)`;
    } else {
      this.item.text = `$(search) CodeIntel: ${chunks} chunks`;
    }
    this.item.tooltip = folders.map((f) => `${f.folder}: ${f.state}, ${f.files} files, ${f.chunks} chunks, ${f.chunksEmbedded} embedded${f.message ? ` (${f.message})` : ''}`).join('\n');
  }

  showError(message: string): void {
    this.item.text = '$(error) CodeIntel';
    this.item.tooltip = message;
  }

  dispose(): void {
    this.item.dispose();
  }
}
