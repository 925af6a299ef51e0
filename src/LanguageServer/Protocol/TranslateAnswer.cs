namespace CodeIntel.LanguageServer.Protocol;

/// <summary>A translation: the text, its target (id, display name, file extension) and a warning per construct not translated.</summary>
internal sealed record TranslateAnswer(
    string Text, string Target, string TargetName, string Extension, string SourceLanguage, string Translator, IReadOnlyList<TranslateWarning> Warnings);
