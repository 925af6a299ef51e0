using System.Text.Json;

namespace CodeIntel.LanguageServer.Hosting;

/// <summary>What the client declared in <c>initialize</c>; the server uses a feature only when the client has it.</summary>
internal sealed class ClientCapabilities(JsonElement capabilities)
{
    public static ClientCapabilities None { get; } = new(default);

    /// <summary>The client shows server-initiated progress (<c>window/workDoneProgress/create</c>).</summary>
    public bool WorkDoneProgress => IsTrue("window", "workDoneProgress");

    /// <summary>The client lets the server register file watchers (<c>client/registerCapability</c>).</summary>
    public bool WatchedFilesRegistration => IsTrue("workspace", "didChangeWatchedFiles", "dynamicRegistration");

    /// <summary>The client takes CodeAction literals; otherwise code actions are sent as plain Commands.</summary>
    public bool CodeActionLiterals => Get("textDocument", "codeAction", "codeActionLiteralSupport") is { ValueKind: JsonValueKind.Object };

    /// <summary>The client takes workspace folders and their change notifications.</summary>
    public bool WorkspaceFolders => IsTrue("workspace", "workspaceFolders");

    public bool PublishDiagnostics => Get("textDocument", "publishDiagnostics") is { ValueKind: JsonValueKind.Object };

    private bool IsTrue(params string[] path) => Get(path) is { ValueKind: JsonValueKind.True };

    private JsonElement? Get(params string[] path)
    {
        if (capabilities.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var node = capabilities;
        foreach (var name in path)
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out node))
            {
                return null;
            }
        }
        return node;
    }
}
