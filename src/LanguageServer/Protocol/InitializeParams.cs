using System.Text.Json;

namespace CodeIntel.LanguageServer.Protocol;

/// <summary>The parts of LSP's InitializeParams the server reads. Capabilities are kept raw and asked as needed.</summary>
internal sealed record InitializeParams(
    int? ProcessId = null,
    string? RootUri = null,
    IReadOnlyList<WorkspaceFolderItem>? WorkspaceFolders = null,
    JsonElement Capabilities = default,
    ServerInitializationOptions? InitializationOptions = null,
    string? Trace = null);
