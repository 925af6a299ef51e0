namespace CodeIntel.Parsing.Languages;

/// <summary>The fixed catalogue of languages and the lookups by id and by file extension.</summary>
public sealed partial class Language
{
    public static readonly Language C = new("c", "C", Grammar.C, ".c", ".h");
    public static readonly Language Cpp = new("cpp", "C++", Grammar.Cpp, ".cpp", ".cc", ".cxx", ".c++", ".hpp", ".hh", ".hxx", ".h++", ".ipp", ".inl", ".cu", ".cuh");
    public static readonly Language CSharp = new("csharp", "C#", Grammar.CSharp, ".cs", ".csx");
    public static readonly Language Java = new("java", "Java", Grammar.Java, ".java");
    public static readonly Language JavaScript = new("javascript", "JavaScript", Grammar.JavaScript, ".js", ".mjs", ".cjs", ".jsx");
    public static readonly Language TypeScript = new("typescript", "TypeScript", Grammar.TypeScript, ".ts", ".mts", ".cts");
    public static readonly Language Tsx = new("tsx", "TSX", Grammar.Tsx, ".tsx");
    public static readonly Language Php = new("php", "PHP", Grammar.Php, ".php", ".phtml", ".php3", ".php4", ".php5", ".phps");
    public static readonly Language Python = new("python", "Python", Grammar.Python, ".py", ".pyw", ".pyi");

    // No grammar is available for these: they are chunked by line windows.
    public static readonly Language Fortran = new("fortran", "Fortran", Grammar.None, ".f", ".for", ".f77", ".f90", ".f95", ".f03", ".f08");
    public static readonly Language Go = new("go", "Go", Grammar.None, ".go");
    public static readonly Language Rust = new("rust", "Rust", Grammar.None, ".rs");
    public static readonly Language Ruby = new("ruby", "Ruby", Grammar.None, ".rb");
    public static readonly Language Kotlin = new("kotlin", "Kotlin", Grammar.None, ".kt", ".kts");
    public static readonly Language Swift = new("swift", "Swift", Grammar.None, ".swift");
    public static readonly Language Scala = new("scala", "Scala", Grammar.None, ".scala");
    public static readonly Language Shell = new("shell", "Shell", Grammar.None, ".sh", ".bash", ".zsh");
    public static readonly Language Sql = new("sql", "SQL", Grammar.None, ".sql");
    public static readonly Language Markdown = new("markdown", "Markdown", Grammar.None, ".md", ".markdown");
    public static readonly Language Json = new("json", "JSON", Grammar.None, ".json");
    public static readonly Language Yaml = new("yaml", "YAML", Grammar.None, ".yml", ".yaml");
    public static readonly Language Xml = new("xml", "XML", Grammar.None, ".xml", ".csproj", ".props", ".targets", ".xaml", ".config", ".resx");
    public static readonly Language Html = new("html", "HTML", Grammar.None, ".html", ".htm");
    public static readonly Language Css = new("css", "CSS", Grammar.None, ".css", ".scss", ".less");
    public static readonly Language PlainText = new("text", "Plain text", Grammar.None, ".txt");

    public static IReadOnlyList<Language> All { get; } =
    [
        C, Cpp, CSharp, Java, JavaScript, TypeScript, Tsx, Php, Python,
        Fortran, Go, Rust, Ruby, Kotlin, Swift, Scala, Shell, Sql, Markdown, Json, Yaml, Xml, Html, Css, PlainText,
    ];

    private static readonly Dictionary<string, Language> ByExtension = All
        .SelectMany(l => l.Extensions.Select(e => (Extension: e, Language: l)))
        .ToDictionary(p => p.Extension, p => p.Language, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, Language> ById = All.ToDictionary(l => l.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>The language of a path by its extension, or null when the extension is unknown or absent.</summary>
    public static Language? FromPath(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Length > 0 && ByExtension.TryGetValue(extension, out var language) ? language : null;
    }

    /// <summary>
    /// The language a <c>#!</c> line names (<c>#!/usr/bin/env python3</c>, <c>#!/bin/bash</c>), or null when the text
    /// has no shebang or names an interpreter outside the catalogue.
    /// </summary>
    public static Language? FromShebang(string text)
    {
        if (!text.StartsWith("#!", StringComparison.Ordinal))
        {
            return null;
        }
        var line = text.AsSpan(2, (text.IndexOf('\n', StringComparison.Ordinal) is var end and >= 0 ? end : text.Length) - 2).Trim();
        var words = line.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var program = words.Length == 0 ? string.Empty : Path.GetFileName(words[0]);
        if (program == "env")
        {
            program = words.Skip(1).FirstOrDefault(w => !w.StartsWith('-')) ?? string.Empty;
        }
        program = program.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.');
        return program switch
        {
            "python" or "pypy" => Python,
            "node" or "nodejs" or "deno" or "bun" => JavaScript,
            "php" => Php,
            "ruby" => Ruby,
            "sh" or "bash" or "dash" or "zsh" or "ksh" => Shell,
            _ => null,
        };
    }

    /// <summary>The language with this id (case-insensitive), or null.</summary>
    public static Language? FromId(string id) => ById.GetValueOrDefault(id);

    /// <summary>The language parsed by this grammar.</summary>
    public static Language FromGrammar(Grammar grammar) =>
        All.First(l => l.Grammar == grammar && grammar != Grammar.None);
}
