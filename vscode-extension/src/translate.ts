import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';

interface TranslateArgs {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  target: string;
}

interface TranslateAnswer {
  text: string;
  target: string;
  targetName: string;
  warnings: { message: string }[];
}

/** VS Code language ids of the targets, for the editor the translation opens in. */
const editorLanguage: Record<string, string> = { python: 'python', cpp: 'cpp', cuda: 'cuda-cpp' };

/** The translate commands: from the context menu (the selection, or the whole file) and from the server's code actions. */
export function registerTranslate(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const fromEditor = (target: string) => () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      return;
    }
    const s = editor.selection;
    return translate(client(), {
      uri: editor.document.uri.toString(),
      range: { start: { line: s.start.line, character: s.start.character }, end: { line: s.end.line, character: s.end.character } },
      target,
    });
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('codeIntel.translateToPython', fromEditor('python')),
    vscode.commands.registerCommand('codeIntel.translateToCuda', fromEditor('cuda')),
    vscode.commands.registerCommand('codeIntel.translateToCpp', fromEditor('cpp')),
    vscode.commands.registerCommand('codeIntel.translate', (args: TranslateArgs) => translate(client(), args)),
  );
}

async function translate(lsp: LanguageClient | undefined, args: TranslateArgs): Promise<void> {
  if (!lsp) {
    void vscode.window.showErrorMessage('CodeIntel: the language server is not running.');
    return;
  }
  try {
    const answer = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'CodeIntel: translating' },
      () => lsp.sendRequest<TranslateAnswer>('codeIntel/translate', args));
    const document = await vscode.workspace.openTextDocument({ language: editorLanguage[answer.target] ?? 'plaintext', content: answer.text });
    await vscode.window.showTextDocument(document, vscode.ViewColumn.Beside);
    if (answer.warnings.length > 0) {
      void vscode.window.showWarningMessage(
        `CodeIntel: ${answer.warnings.length} construct(s) not translated to ${answer.targetName}: ${answer.warnings.map((w) => w.message).join('; ')}`);
    }
  } catch (error) {
    void vscode.window.showErrorMessage(`CodeIntel: ${(error as Error).message}`);
  }
}
