using CodeIntel.CloneDetection;
using CodeIntel.LanguageServer.Workspace;
using CodeIntel.Parsing.Chunking;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.LanguageServer.Diagnostics;

/// <summary>The diagnostics providers the server runs: the one place analyzers are registered.</summary>
internal static class BuiltInDiagnostics
{
    /// <summary>Clone detection (CI0001, CI0002) against the document's workspace folder.</summary>
    public static IReadOnlyList<IDiagnosticsProvider> Create(
        SourceChunker chunker, LanguageDetector detector, ParserPool parsers, Func<string, WorkspaceFolder?> folderOf, TimeProvider time) =>
    [
        new CloneDiagnosticsProvider(new CloneDetector(new CloneDetectionOptions(), chunker, detector, parsers), folderOf, time),
    ];
}
