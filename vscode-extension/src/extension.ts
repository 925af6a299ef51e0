import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions } from 'vscode-languageclient/node';
import { serverOptions, initializationOptions } from './server';
import { registerSearch } from './search';
import { registerTranslate } from './translate';
import { IndexStatusBar } from './status';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('CodeIntel');
  const server = serverOptions(context, output);
  const statusBar = new IndexStatusBar();
  context.subscriptions.push(output, statusBar);
  if (!server) {
    statusBar.showError('server not found (set codeIntel.server.path)');
    return;
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file' }],
    outputChannel: output,
    initializationOptions: initializationOptions(),
  };
  client = new LanguageClient('codeIntel', 'CodeIntel', server, clientOptions);
  client.onNotification('codeIntel/indexStatus', (params) => statusBar.update(params));
  registerSearch(context, () => client);
  registerTranslate(context, () => client);
  context.subscriptions.push(
    vscode.commands.registerCommand('codeIntel.restartServer', () => client?.restart()),
  );
  await vscode.commands.executeCommand('setContext', 'codeIntel.pythonSources', ['csharp', 'cpp', 'java', 'javascript', 'php']);
  await client.start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
