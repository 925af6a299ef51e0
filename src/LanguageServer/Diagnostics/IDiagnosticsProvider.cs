using CodeIntel.LanguageServer.Protocol;

namespace CodeIntel.LanguageServer.Diagnostics;

/// <summary>
/// The seam the analyzers plug into: given a document as the editor has it, the findings to show. Called on open,
/// after edits settle, and on save; a provider that throws is reported once and skipped for that document.
/// </summary>
internal interface IDiagnosticsProvider
{
    /// <summary>Shown as the diagnostic's source (e.g. <c>codeintel</c>).</summary>
    string Name { get; }

    /// <summary>Whether this provider analyses documents of this LSP language id (<c>csharp</c>, <c>cpp</c>, ...).</summary>
    bool Handles(string languageId);

    Task<IReadOnlyList<Diagnostic>> AnalyzeAsync(DocumentSnapshot document, CancellationToken cancellationToken = default);
}
