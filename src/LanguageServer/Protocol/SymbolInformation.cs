namespace CodeIntel.LanguageServer.Protocol;

/// <summary>LSP SymbolInformation; <see cref="Kind"/> is LSP's SymbolKind number.</summary>
internal sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName = null);
