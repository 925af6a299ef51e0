using System.Text.Json;

namespace CodeIntel.Evaluation.CodeSearch;

/// <summary>
/// CoSQA retrieval (CoCLR's split): web queries ranked against a 6,267-snippet Python corpus.
/// Files: <c>code_idx_map.txt</c> (a JSON object code -> id) and <c>cosqa-retrieval-dev-500.json</c>.
/// </summary>
public static class CosqaDataset
{
    public const string CorpusFile = "code_idx_map.txt";
    public const string DevQueriesFile = "cosqa-retrieval-dev-500.json";

    public static CodeSearchDataset Load(string directory, string queriesFile = DevQueriesFile)
    {
        var corpusPath = Require(directory, CorpusFile);
        var queriesPath = Require(directory, queriesFile);

        using var corpusJson = JsonDocument.Parse(File.ReadAllText(corpusPath));
        var corpus = corpusJson.RootElement.EnumerateObject()
            .Select(p => new CorpusDocument(p.Value.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), $"{p.Value.GetInt32()}.py", p.Name))
            .OrderBy(d => int.Parse(d.Id, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        using var queriesJson = JsonDocument.Parse(File.ReadAllText(queriesPath));
        var queries = queriesJson.RootElement.EnumerateArray()
            .Select(q => new SearchQuery(
                q.GetProperty("doc").GetString()!,
                new HashSet<string> { q.GetProperty("retrieval_idx").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            .ToList();
        return new CodeSearchDataset("cosqa-dev", corpus, queries);
    }

    internal static string Require(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"'{file}' was not found in '{directory}'. Pass the folder that holds the data set (--data).", path);
        }
        return path;
    }
}
