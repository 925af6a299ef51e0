namespace CodeIntel.Evaluation.Systems;

/// <summary>
/// The copy baseline of CodeXGLUE: the output is the input unchanged. It sets the floor a translator or a
/// bug fixer must clear (Java and C# share much syntax, and most of a buggy method is already right).
/// </summary>
public sealed class CopySystem : ITranslationSystem
{
    public string Name => "copy";

    public string? Unavailable(string sourceLanguage, string targetLanguage) => null;

    public Task<string> TranslateAsync(string source, string sourceLanguage, string targetLanguage, CancellationToken cancellationToken = default) =>
        Task.FromResult(source);
}
