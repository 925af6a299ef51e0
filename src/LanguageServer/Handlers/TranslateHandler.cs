using System.Text.Json;
using CodeIntel.LanguageServer.Documents;
using CodeIntel.LanguageServer.Hosting;
using CodeIntel.LanguageServer.Protocol;
using CodeIntel.LanguageServer.Translation;
using CodeIntel.Translation;

namespace CodeIntel.LanguageServer.Handlers;

/// <summary>
/// <c>codeIntel/translate</c>: translates a selection, a document (the editor's text when open, else the file,
/// which must be inside the workspace) or given text into the target language. No translator for the pair is a
/// RequestFailed error carrying the router's explanation, never an empty or made-up result.
/// </summary>
internal sealed class TranslateHandler(ServerContext context)
{
    public const string Method = "codeIntel/translate";
    private const int MaxSourceChars = 1_000_000;

    public async Task<TranslateAnswer> HandleAsync(JsonElement parameters, CancellationToken cancellationToken)
    {
        context.Session.RequireRunning(Method);
        var request = context.Read<TranslateParams>(parameters, Method);
        var target = TranslationTarget.FromId(request.Target)
            ?? throw LspErrors.Invalid($"'{Method}': target '{request.Target}' is not one of {string.Join(", ", TranslationTarget.All.Select(t => t.Id))}.");
        var (source, path, languageId, firstLine) = await SourceOfAsync(request, cancellationToken).ConfigureAwait(false);
        if (source.Length > MaxSourceChars)
        {
            throw LspErrors.Invalid($"'{Method}': the source is {source.Length:N0} characters; select at most {MaxSourceChars:N0}.");
        }
        if (string.IsNullOrWhiteSpace(source))
        {
            throw LspErrors.Invalid($"'{Method}': there is nothing to translate (the selection or document is empty).");
        }
        var language = TranslationActions.LanguageOf(request.LanguageId ?? languageId, path);
        TranslationResult result;
        try
        {
            result = await context.Translator.TranslateAsync(new TranslationRequest(source, target, language, path), cancellationToken).ConfigureAwait(false);
        }
        catch (TranslationUnavailableException e)
        {
            throw LspErrors.Failed(e.Message);
        }
        var warnings = result.Warnings
            .Select(w => new TranslateWarning(w.Message, new LspRange(
                new Position(firstLine + w.Start.Line, w.Start.Column), new Position(firstLine + w.End.Line, w.End.Column))))
            .ToList();
        return new TranslateAnswer(result.Text, target.Id, target.Name, target.Extension, result.SourceLanguage.Id, result.Translator, warnings);
    }

    private async Task<(string Source, string? Path, string? LanguageId, int FirstLine)> SourceOfAsync(TranslateParams request, CancellationToken cancellationToken)
    {
        if (request.Uri is null)
        {
            return request.Text is { } text
                ? (text, null, null, 0)
                : throw LspErrors.Invalid($"'{Method}': give either text or the uri of a document.");
        }
        var (_, path) = context.Folders.Resolve(request.Uri);
        var firstLine = request.Range is { IsEmpty: false } range ? range.Start.Line : 0;
        if (request.Text is { } given)
        {
            return (given, path, null, firstLine);
        }
        if (context.Documents.Get(request.Uri) is { } open)
        {
            return (open.Slice(request.Range), path, open.LanguageId, firstLine);
        }
        if (!File.Exists(path))
        {
            throw LspErrors.Invalid($"'{Method}': {path} does not exist; save it or send its text.");
        }
        var content = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return (OpenDocument.Slice(content, request.Range), path, null, firstLine);
    }
}
