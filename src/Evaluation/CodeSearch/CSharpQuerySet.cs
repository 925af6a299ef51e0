using System.Globalization;
using System.Text.Json;

namespace CodeIntel.Evaluation.CodeSearch;

/// <summary>
/// The project's own C# search benchmark: developer-style queries (bench/csharp-search-queries.jsonl) over the
/// 10,295 real C# methods of the CodeXGLUE Java-C# training set (Lucene.Net, NPOI, NGit, Antlr), each method
/// wrapped in a class of its own. A query's gold is a method's line number in <c>train.java-cs.txt.cs</c>;
/// identical copies of that method count as relevant too.
/// </summary>
public static class CSharpQuerySet
{
    public const string CorpusFile = "train.java-cs.txt.cs";

    public static CodeSearchDataset Load(string codexglueDirectory, string queriesPath)
    {
        var lines = File.ReadAllLines(CosqaDataset.Require(codexglueDirectory, CorpusFile));
        if (!File.Exists(queriesPath))
        {
            throw new FileNotFoundException($"The query file '{queriesPath}' was not found.", queriesPath);
        }
        // Identical methods share one document: the first line that holds the text.
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var corpus = new List<CorpusDocument>();
        for (var i = 0; i < lines.Length; i++)
        {
            var code = lines[i].Trim();
            if (code.Length == 0 || !firstLineOf.TryAdd(code, i))
            {
                continue;
            }
            var id = i.ToString(CultureInfo.InvariantCulture);
            corpus.Add(new CorpusDocument(id, $"M{id}.cs", $"class M{id}\n{{\n    {code}\n}}\n"));
        }

        var queries = new List<SearchQuery>();
        foreach (var line in File.ReadLines(queriesPath).Where(l => l.Trim().Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var gold = json.RootElement.GetProperty("gold").GetInt32();
            var canonical = firstLineOf[lines[gold].Trim()];
            queries.Add(new SearchQuery(json.RootElement.GetProperty("query").GetString()!, new HashSet<string> { canonical.ToString(CultureInfo.InvariantCulture) }));
        }
        return new CodeSearchDataset("csharp-queries", corpus, queries);
    }
}
