using System.Text.RegularExpressions;

namespace CodeIntel.Translation.Experts;

/// <summary>
/// Recognises a snippet that is a bare constructor (<c>public Name(...) { ... }</c>, what a right-click on a
/// constructor hands over), so that the C# and Java experts read it inside the class it constructs.
/// </summary>
internal static partial class BareConstructor
{
    // `Name(` at the start of a line, before any `{`, after an access modifier at most: a method has a return type.
    [GeneratedRegex(@"\A[^{]*?^[ \t]*((public|protected|private|internal)[ \t]+)?(?<name>[A-Z][A-Za-z0-9_]*)[ \t]*\(", RegexOptions.Multiline)]
    private static partial Regex Pattern();

    /// <summary>The class the constructor constructs, or null when the snippet does not start with one.</summary>
    public static string? ClassName(string source) =>
        Pattern().Match(source) is { Success: true } match ? match.Groups["name"].Value : null;
}
