namespace CodeIntel.Parsing.Languages;

/// <summary>A source language CodeIntel recognises. Languages with a <see cref="Grammar"/> are parsed; the rest are chunked by lines.</summary>
public sealed partial class Language
{
    internal Language(string id, string name, Grammar grammar, params string[] extensions)
    {
        Id = id;
        Name = name;
        Grammar = grammar;
        Extensions = extensions;
    }

    /// <summary>Stable lower-case identifier, as used on the command line and in JSON (<c>csharp</c>, <c>cpp</c>).</summary>
    public string Id { get; }

    /// <summary>Display name (<c>C#</c>, <c>C++</c>).</summary>
    public string Name { get; }

    /// <summary>The tree-sitter grammar that parses this language, or <see cref="Grammar.None"/>.</summary>
    public Grammar Grammar { get; }

    /// <summary>File extensions, lower-case with the leading dot.</summary>
    public IReadOnlyList<string> Extensions { get; }

    public bool HasGrammar => Grammar != Grammar.None;

    public override string ToString() => Id;
}
