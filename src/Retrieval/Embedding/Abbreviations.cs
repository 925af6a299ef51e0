using System.Text;

namespace CodeIntel.Retrieval.Embedding;

/// <summary>
/// The words programmers shorten in names (<c>str</c>, <c>idx</c>, <c>cfg</c>, <c>msg</c>): each is followed by the
/// word it stands for, so a question in English ("convert a string to a number") meets code that says
/// <c>str</c> and <c>num</c>. The short form is kept: it is what a developer who knows the code types. Entries are
/// chosen to have one reading in code; ambiguous ones (<c>res</c>: result, response or resource; <c>mod</c>;
/// <c>temp</c>) are left out, and so are type keywords (<c>int</c>, <c>bool</c>, <c>char</c>, <c>var</c>): in C#,
/// Java and C++ they stand before every declaration, and expanding them cost C# dense search 0.03 MRR.
/// </summary>
public static class Abbreviations
{
    private static readonly Dictionary<string, string> Expansions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["abs"] = "absolute", ["arg"] = "argument", ["args"] = "arguments", ["arr"] = "array", ["attr"] = "attribute",
        ["attrs"] = "attributes", ["auth"] = "authentication", ["avg"] = "average", ["buf"] = "buffer",
        ["calc"] = "calculate", ["cfg"] = "configuration", ["chars"] = "characters", ["cmd"] = "command",
        ["cnt"] = "count", ["col"] = "column", ["cols"] = "columns", ["conf"] = "configuration", ["config"] = "configuration",
        ["coord"] = "coordinate", ["coords"] = "coordinates", ["ctx"] = "context", ["cwd"] = "current directory",
        ["db"] = "database", ["del"] = "delete", ["desc"] = "description", ["dest"] = "destination", ["dict"] = "dictionary",
        ["dim"] = "dimension", ["dims"] = "dimensions", ["dir"] = "directory", ["dirs"] = "directories", ["doc"] = "document",
        ["docs"] = "documents", ["dst"] = "destination", ["elem"] = "element", ["elems"] = "elements", ["env"] = "environment",
        ["eq"] = "equal", ["err"] = "error", ["exc"] = "exception", ["ext"] = "extension", ["fmt"] = "format", ["fn"] = "function",
        ["freq"] = "frequency", ["func"] = "function", ["gt"] = "greater than", ["hdr"] = "header", ["idx"] = "index",
        ["img"] = "image", ["init"] = "initialize", ["iter"] = "iterator", ["kwargs"] = "keyword arguments",
        ["len"] = "length", ["lib"] = "library", ["lst"] = "list", ["lt"] = "less than", ["mem"] = "memory", ["mkdir"] = "make directory", ["msg"] = "message",
        ["msgs"] = "messages", ["num"] = "number", ["nums"] = "numbers", ["obj"] = "object", ["objs"] = "objects", ["opt"] = "option",
        ["opts"] = "options", ["param"] = "parameter", ["params"] = "parameters", ["pkg"] = "package", ["pos"] = "position",
        ["prev"] = "previous", ["proc"] = "process", ["ptr"] = "pointer", ["pwd"] = "password", ["rand"] = "random",
        ["ref"] = "reference", ["regex"] = "regular expression", ["repr"] = "representation", ["req"] = "request",
        ["resp"] = "response", ["rm"] = "remove", ["sep"] = "separator", ["seq"] = "sequence", ["sqrt"] = "square root",
        ["src"] = "source", ["str"] = "string", ["strs"] = "strings", ["sys"] = "system", ["tmp"] = "temporary", ["txt"] = "text",
        ["usr"] = "user", ["util"] = "utility", ["utils"] = "utilities", ["val"] = "value", ["vals"] = "values",
        ["vars"] = "variables", ["ver"] = "version",
    };

    /// <summary>The words <paramref name="word"/> stands for, or null when it is not a known abbreviation.</summary>
    public static string? Expansion(ReadOnlySpan<char> word) =>
        Expansions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var expansion) ? expansion : null;

    /// <summary><paramref name="text"/> with each abbreviation (a whole word) followed by the words it stands for.</summary>
    public static string Expand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + text.Length / 8);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                builder.Append(text[i++]);
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
            var word = text.AsSpan(start, i - start);
            builder.Append(word);
            // A run glued to digits (utf8, idx2) is part of a name, not a word.
            var glued = start > 0 && char.IsDigit(text[start - 1]) || i < text.Length && char.IsDigit(text[i]);
            if (!glued && Expansion(word) is { } expansion)
            {
                builder.Append(' ').Append(expansion);
            }
        }
        return builder.ToString();
    }
}
