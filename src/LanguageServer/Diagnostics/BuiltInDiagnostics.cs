namespace CodeIntel.LanguageServer.Diagnostics;

/// <summary>
/// The diagnostics providers the server runs: the one place analyzers are registered when they land (none yet,
/// so no diagnostics are published).
/// </summary>
internal static class BuiltInDiagnostics
{
    public static IReadOnlyList<IDiagnosticsProvider> Create() => [];
}
