import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';

interface Hit {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  symbol: string;
  kind: string;
  language: string;
  snippet: string;
  score: number;
}

interface Answer {
  results: Hit[];
  notes: string[];
}

interface HitItem extends vscode.QuickPickItem {
  hit: Hit;
}

/** "CodeIntel: Search Code": a quick pick that queries the server as you type (each keystroke cancels the previous query) and opens the chosen location. */
export function registerSearch(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  context.subscriptions.push(vscode.commands.registerCommand('codeIntel.search', () => {
    const lsp = client();
    if (!lsp) {
      void vscode.window.showErrorMessage('CodeIntel: the language server is not running.');
      return;
    }
    const pick = vscode.window.createQuickPick<HitItem>();
    pick.title = 'CodeIntel: Search Code';
    pick.placeholder = 'Describe what the code does, or name it';
    pick.matchOnDescription = false;
    pick.matchOnDetail = false;
    let pending: vscode.CancellationTokenSource | undefined;
    pick.onDidChangeValue(async (query) => {
      pending?.cancel();
      if (!query.trim()) {
        pick.items = [];
        return;
      }
      const cancellation = new vscode.CancellationTokenSource();
      pending = cancellation;
      pick.busy = true;
      const config = vscode.workspace.getConfiguration('codeIntel');
      try {
        const answer = await lsp.sendRequest<Answer>('codeIntel/search', {
          query,
          k: config.get<number>('search.maxResults', 20),
          mode: config.get<string>('search.mode', 'hybrid'),
        }, cancellation.token);
        if (cancellation.token.isCancellationRequested) {
          return;
        }
        // Items are already ranked by the server; alwaysShow keeps VS Code's fuzzy filter from hiding them.
        pick.items = answer.results.map((hit) => ({
          label: `$(symbol-${hit.kind === 'class' ? 'class' : 'method'}) ${hit.symbol}`,
          description: `${vscode.workspace.asRelativePath(vscode.Uri.parse(hit.uri))}:${hit.range.start.line + 1}`,
          detail: hit.snippet.split('\n').map((l) => l.trim()).filter((l) => l).slice(0, 2).join('  '),
          alwaysShow: true,
          hit,
        }));
        pick.placeholder = answer.notes.length ? answer.notes[0] : 'Describe what the code does, or name it';
      } catch (error) {
        if (!cancellation.token.isCancellationRequested) {
          void vscode.window.showErrorMessage(`CodeIntel: search failed: ${(error as Error).message}`);
        }
      } finally {
        if (pending === cancellation) {
          pick.busy = false;
        }
      }
    });
    pick.onDidAccept(async () => {
      const chosen = pick.selectedItems[0];
      pick.hide();
      if (chosen) {
        const start = new vscode.Position(chosen.hit.range.start.line, chosen.hit.range.start.character);
        const editor = await vscode.window.showTextDocument(vscode.Uri.parse(chosen.hit.uri));
        editor.selection = new vscode.Selection(start, start);
        editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenter);
      }
    });
    pick.onDidHide(() => {
      pending?.cancel();
      pick.dispose();
    });
    pick.show();
  }));
}
