namespace CodeIntel.Translation.Python.Syntax;

/// <summary>
/// A comment line. <see cref="Untranslated"/> marks a place where the source was not translated faithfully: it
/// prints with the <see cref="UntranslatedMarker"/> prefix so that users and tools can find it.
/// </summary>
public sealed record PyComment(string Text, bool Untranslated = false) : PyStatement
{
    public const string UntranslatedMarker = "UNTRANSLATED:";
}
