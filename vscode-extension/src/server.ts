import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { ServerOptions, TransportKind } from 'vscode-languageclient/node';

/** How to start the server: the configured dll, else the one bundled in the extension; undefined (and a visible error) when neither exists. */
export function serverOptions(context: vscode.ExtensionContext, output: vscode.OutputChannel): ServerOptions | undefined {
  const config = vscode.workspace.getConfiguration('codeIntel');
  const configured = config.get<string>('server.path', '').trim();
  const bundled = context.asAbsolutePath(path.join('server', 'CodeIntel.LanguageServer.dll'));
  const dll = configured || bundled;
  if (!fs.existsSync(dll)) {
    const message = configured
      ? `CodeIntel: the language server ${configured} (codeIntel.server.path) does not exist. Build it with 'dotnet build src/LanguageServer' and point the setting at CodeIntel.LanguageServer.dll.`
      : `CodeIntel: no language server is bundled with this build of the extension. Set codeIntel.server.path to CodeIntel.LanguageServer.dll (built by 'dotnet build src/LanguageServer').`;
    output.appendLine(message);
    void vscode.window.showErrorMessage(message);
    return undefined;
  }
  const dotnet = config.get<string>('server.dotnetPath', 'dotnet') || 'dotnet';
  const run = { command: dotnet, args: [dll], transport: TransportKind.stdio };
  return { run, debug: run };
}

/** The codeIntel.* settings the server reads once, at initialize. */
export function initializationOptions(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('codeIntel');
  const text = (key: string) => config.get<string>(key, '').trim() || undefined;
  return {
    modelDirectory: text('model.directory'),
    exitLayer: config.get<number | null>('model.exitLayer', null) ?? undefined,
    qdrantUrl: text('qdrant.url'),
    indexDirectory: text('index.directory'),
  };
}
