using System.Text.Json;
using CodeIntel.LanguageServer.Hosting;
using CodeIntel.LanguageServer.Protocol;
using CodeIntel.LanguageServer.Translation;

namespace CodeIntel.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/codeAction</c>: "Translate to Python" (C#, C++, Java, JavaScript, PHP), "Translate to CUDA" (C++),
/// "Translate to C++" (Fortran) on the selection, or the whole file when nothing is selected. Each runs the
/// client command <c>codeIntel.translate</c>, which calls <c>codeIntel/translate</c> and opens the result.
/// </summary>
internal sealed class CodeActionHandler(ServerContext context)
{
    public const string Method = "textDocument/codeAction";
    public const string Kind = "refactor.rewrite.codeIntel.translate";
    public const string ClientCommand = "codeIntel.translate";

    public IReadOnlyList<object> Handle(JsonElement parameters, CancellationToken cancellationToken)
    {
        context.Session.RequireRunning(Method);
        var request = context.Read<CodeActionParams>(parameters, Method);
        var (_, path) = context.Folders.Resolve(request.TextDocument.Uri);
        cancellationToken.ThrowIfCancellationRequested();
        var language = TranslationActions.LanguageOf(context.Documents.Get(request.TextDocument.Uri)?.LanguageId, path);
        var scope = request.Range.IsEmpty ? "file" : "selection";
        var actions = new List<object>();
        foreach (var target in TranslationActions.TargetsFor(language))
        {
            var title = $"Translate to {target.Name}";
            var command = new LspCommand(title, ClientCommand, [new { uri = request.TextDocument.Uri, range = request.Range, target = target.Id, scope }]);
            actions.Add(context.Session.Capabilities.CodeActionLiterals ? new CodeAction(title, Kind, command) : command);
        }
        return actions;
    }
}
