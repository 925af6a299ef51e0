using CodeIntel.Evaluation.Tasks;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Evaluation.ComputationalAccuracy;

/// <summary>
/// TransCoder's GeeksforGeeks evaluation (Roziere et al., 2020, <i>Unsupervised Translation of Programming
/// Languages</i>): for every problem with both a source-language and a Python script, the source's <c>f_gold</c>
/// is the input and the Python script, with the translation put in place of <c>#TOFILL</c>, is the test.
/// </summary>
public sealed record TranscoderSuite(string SourceLanguage, IReadOnlyList<TranscoderProblem> Problems, IReadOnlyList<string> Files)
{
    public const string Task = "transcoder-ca";

    /// <param name="sourceLanguage"><c>java</c> or <c>cpp</c>; the target is Python.</param>
    public static TranscoderSuite Load(string directory, string sourceLanguage, int? limit = null, CancellationToken cancellationToken = default)
    {
        var (grammar, extension) = sourceLanguage switch
        {
            "java" => (Grammar.Java, ".java"),
            "cpp" => (Grammar.Cpp, ".cpp"),
            _ => throw new EvaluationInputException($"TransCoder sources are java or cpp, not '{sourceLanguage}'."),
        };
        var manifest = Path.Combine(directory, "manifest.jsonl");
        var ids = InputFiles.JsonLines(manifest, j => (Id: j.GetProperty("id").GetString()!, Python: j.GetProperty("python").GetBoolean(), Source: j.GetProperty(sourceLanguage).GetBoolean()))
            .Where(r => r.Python && r.Source).Select(r => r.Id).Order(StringComparer.Ordinal).Take(limit ?? int.MaxValue).ToList();
        using var parser = new TreeSitterParser(grammar);
        var problems = new List<TranscoderProblem>(ids.Count);
        foreach (var id in ids)
        {
            var sourcePath = Path.Combine(directory, sourceLanguage, id + extension);
            using var tree = parser.Parse(SourceText.FromString(File.ReadAllText(sourcePath)), cancellationToken);
            var gold = FindGold(tree.Root) ?? throw new EvaluationInputException($"{sourcePath}: no f_gold function found.");
            problems.Add(new TranscoderProblem(id, gold, Path.Combine(directory, "python", id + ".py")));
        }
        return new TranscoderSuite(sourceLanguage, problems, [manifest]);
    }

    private static string? FindGold(SyntaxNode node)
    {
        if (node.Type is "method_declaration" or "function_definition")
        {
            var text = node.Text;
            var head = text[..Math.Max(0, text.IndexOf('(', StringComparison.Ordinal))];
            if (head.EndsWith("f_gold", StringComparison.Ordinal) || head.EndsWith("f_gold ", StringComparison.Ordinal))
            {
                return text;
            }
        }
        foreach (var child in node.NamedChildren)
        {
            if (FindGold(child) is { } found)
            {
                return found;
            }
        }
        return null;
    }
}
