namespace CodeIntel.Evaluation.Systems;

/// <summary>
/// A code translation system under evaluation (a copy baseline, the AST translators, a neural engine). The seam
/// through which evaluation scores translators it does not depend on; hosts implement it by adapters.
/// </summary>
public interface ITranslationSystem
{
    /// <summary>Name shown in reports, e.g. <c>copy</c> or <c>ast</c>.</summary>
    string Name { get; }

    /// <summary>Null when the system can translate <paramref name="sourceLanguage"/> to <paramref name="targetLanguage"/>; otherwise why not.</summary>
    string? Unavailable(string sourceLanguage, string targetLanguage);

    Task<string> TranslateAsync(string source, string sourceLanguage, string targetLanguage, CancellationToken cancellationToken = default);
}
