using CodeIntel.Evaluation.Systems;
using CodeIntel.Parsing.Languages;
using CodeIntel.Translation;
using CodeIntel.Translation.Experts.FortranCpp;
using CodeIntel.Translation.Routing;

namespace CodeIntel.Cli.Evaluation;

/// <summary>
/// Puts the built-in translators (<see cref="BuiltInTranslators.CreateRouter"/>) behind evaluation's
/// <see cref="ITranslationSystem"/>. A pair no expert serves is reported as not available with the router's
/// reason, never scored as empty output.
/// </summary>
internal sealed class RouterTranslationSystem(TranslationRouter router) : ITranslationSystem
{
    public string Name => "ast";

    public string? Unavailable(string sourceLanguage, string targetLanguage)
    {
        if (Language.FromId(sourceLanguage) is not { } source)
        {
            return $"unknown source language '{sourceLanguage}'";
        }
        if (TranslationTarget.FromId(targetLanguage) is not { } target)
        {
            return $"CodeIntel does not translate into {targetLanguage} (targets: {string.Join(", ", TranslationTarget.All.Select(t => t.Id))})";
        }
        if (!router.Supports(source, target))
        {
            return router.Experts.Count == 0
                ? $"no AST translator is installed ({source.Name} to {target.Name})"
                : $"no AST translator serves {source.Name} to {target.Name} (installed: {string.Join(", ", router.Experts.Select(e => e.Name))})";
        }
        return null;
    }

    public async Task<string> TranslateAsync(string source, string sourceLanguage, string targetLanguage, CancellationToken cancellationToken = default)
    {
        var request = new TranslationRequest(source, TranslationTarget.FromId(targetLanguage)!, Language.FromId(sourceLanguage));
        var result = await router.TranslateAsync(request, cancellationToken).ConfigureAwait(false);
        // Fortran translations carry their runtime support; the references are the programs alone.
        return result.SourceLanguage == Language.Fortran ? FortranCppTranslator.ProgramText(result.Text) : result.Text;
    }
}
