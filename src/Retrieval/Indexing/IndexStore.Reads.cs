using System.Globalization;
using System.Text;
using CodeIntel.Parsing.Chunking;
using Microsoft.Data.Sqlite;

namespace CodeIntel.Retrieval.Indexing;

public sealed partial class IndexStore
{
    private const string ChunkColumns =
        "c.key, c.id, c.path, c.language, c.kind, c.symbol, c.name, c.start_line, c.end_line, c.start_byte, c.end_byte, " +
        "c.part, c.part_count, c.content_hash, c.text";

    /// <summary>
    /// BM25 search over the chunks' analysed symbol, path and text (see <see cref="CodeAnalyzer"/>): the query's terms
    /// are OR-ed, so a chunk matching more of them, rarer ones, or in its name, ranks higher. Works as soon as the
    /// file phase of a run has committed, before any embedding.
    /// </summary>
    /// <returns>At most <paramref name="limit"/> hits, best first; none when the query has no terms.</returns>
    public IReadOnlyList<LexicalHit> SearchLexical(string query, int limit, SearchFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var terms = CodeAnalyzer.QueryTerms(query);
        if (terms.Count == 0)
        {
            return [];
        }
        using var connection = OpenReader();
        terms = WithoutUbiquitousTerms(connection, terms);
        using var command = connection.CreateCommand();
        var match = string.Join(" OR ", terms.Select(Quote));
        command.Parameters.AddWithValue("$match", match);
        StringBuilder sql;
        if (filter is null || filter.IsEmpty)
        {
            // FTS5's own rank column with ORDER BY rank LIMIT n lets the module rank inside the virtual table,
            // without a join or the SQL sorter: several times faster on large indexes.
            sql = new StringBuilder(
                $"SELECT rowid, rank FROM chunks_fts WHERE chunks_fts MATCH $match AND rank MATCH 'bm25({IndexSchema.Bm25Weights})'");
        }
        else
        {
            sql = new StringBuilder(
                $"SELECT f.rowid, bm25(chunks_fts, {IndexSchema.Bm25Weights}) AS rank FROM chunks_fts f JOIN chunks c ON c.key = f.rowid " +
                "WHERE chunks_fts MATCH $match");
            AppendFilter(connection, command, sql, filter);
        }
        sql.Append(" ORDER BY rank LIMIT $limit");
        command.Parameters.AddWithValue("$limit", limit);
        command.CommandText = sql.ToString();
        var hits = new List<LexicalHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(new LexicalHit(reader.GetInt64(0), -reader.GetDouble(1)));
        }
        return hits;
    }

    // Each term is quoted, so FTS5 syntax in a query (AND, NEAR, "*", ":") is only ever a term.
    private static string Quote(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// Drops terms found in more than a fifth of the chunks (when the query has others): their BM25 weight is
    /// near zero, yet scoring every chunk that holds them is most of a query's cost on a large index. Counting
    /// stops at the threshold, so the check costs little.
    /// </summary>
    private static IReadOnlyList<string> WithoutUbiquitousTerms(SqliteConnection connection, IReadOnlyList<string> terms)
    {
        if (terms.Count < 2)
        {
            return terms;
        }
        using var total = connection.CreateCommand();
        total.CommandText = "SELECT COALESCE(MAX(key), 0) FROM chunks";
        var threshold = Math.Max(1000, Convert.ToInt64(total.ExecuteScalar(), CultureInfo.InvariantCulture) / 5);
        var kept = new List<string>(terms.Count);
        foreach (var term in terms)
        {
            using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM (SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH $term LIMIT $cap)";
            count.Parameters.AddWithValue("$term", Quote(term));
            count.Parameters.AddWithValue("$cap", threshold);
            if (Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture) < threshold)
            {
                kept.Add(term);
            }
        }
        return kept.Count > 0 ? kept : terms;
    }

    /// <summary>The stored chunks for <paramref name="keys"/>, in the order given; keys with no chunk are left out.</summary>
    public IReadOnlyList<StoredChunk> GetChunks(IReadOnlyCollection<long> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<long, StoredChunk>(keys.Count);
        using var connection = OpenReader();
        foreach (var batch in keys.Distinct().Chunk(500))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {ChunkColumns} FROM chunks c WHERE c.key IN ({KeyParameters(command, batch)})";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var chunk = ReadChunk(reader);
                found[chunk.Key] = chunk;
            }
        }
        return keys.Where(found.ContainsKey).Select(k => found[k]).Distinct().ToList();
    }

    /// <summary>
    /// The keys among <paramref name="keys"/> whose chunks pass <paramref name="filter"/>, in the order given: for
    /// filtering vector hits, which the vector indexes return unfiltered.
    /// </summary>
    public IReadOnlyList<long> FilterKeys(IReadOnlyList<long> keys, SearchFilter? filter)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var passed = new HashSet<long>();
        using var connection = OpenReader();
        foreach (var batch in keys.Distinct().Chunk(500))
        {
            using var command = connection.CreateCommand();
            var sql = new StringBuilder($"SELECT c.key FROM chunks c WHERE c.key IN ({KeyParameters(command, batch)})");
            AppendFilter(connection, command, sql, filter);
            command.CommandText = sql.ToString();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                passed.Add(reader.GetInt64(0));
            }
        }
        return keys.Where(passed.Contains).ToList();
    }

    /// <summary>Every chunk key, ascending.</summary>
    public IReadOnlyList<long> GetChunkKeys()
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key FROM chunks ORDER BY key";
        var keys = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            keys.Add(reader.GetInt64(0));
        }
        return keys;
    }

    /// <summary>The language ids present, with their chunk counts, most chunks first.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> CountChunksByLanguage()
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT language, COUNT(*) FROM chunks GROUP BY language ORDER BY COUNT(*) DESC, language";
        var counts = new List<KeyValuePair<string, long>>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            counts.Add(new(reader.GetString(0), reader.GetInt64(1)));
        }
        return counts;
    }

    /// <summary>The function or method spanning the most lines (any chunk when there is none), or null for an empty index.</summary>
    internal StoredChunk? LongestFunction()
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT {ChunkColumns} FROM chunks c ORDER BY c.kind IN ('Function', 'Method', 'Constructor') DESC, " +
            "c.end_line - c.start_line DESC, c.key LIMIT 1";
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadChunk(reader) : null;
    }

    internal static StoredChunk ReadChunk(SqliteDataReader reader) => new(
        Key: reader.GetInt64(0),
        Id: reader.GetString(1),
        Path: reader.GetString(2),
        Language: reader.GetString(3),
        Kind: Enum.Parse<ChunkKind>(reader.GetString(4)),
        SymbolPath: reader.GetString(5),
        Name: reader.GetString(6),
        StartLine: reader.GetInt32(7),
        EndLine: reader.GetInt32(8),
        StartByte: reader.GetInt32(9),
        EndByte: reader.GetInt32(10),
        Part: reader.GetInt32(11),
        PartCount: reader.GetInt32(12),
        ContentHash: reader.GetString(13),
        Text: reader.GetString(14));

    /// <summary>Adds <c>$k0, $k1, ...</c> parameters for <paramref name="keys"/> and returns their list.</summary>
    internal static string KeyParameters(SqliteCommand command, IEnumerable<long> keys)
    {
        var names = new List<string>();
        foreach (var key in keys)
        {
            var name = "$k" + names.Count.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, key);
            names.Add(name);
        }
        return string.Join(", ", names);
    }

    /// <summary>Appends the filter's conditions on alias <c>c</c> (chunks); the glob runs as a function registered on the connection.</summary>
    private static void AppendFilter(SqliteConnection connection, SqliteCommand command, StringBuilder sql, SearchFilter? filter)
    {
        if (filter is null || filter.IsEmpty)
        {
            return;
        }
        if (filter.Languages is { Count: > 0 } languages)
        {
            var names = new List<string>();
            foreach (var language in languages.Select(l => l.Trim().ToLowerInvariant()).Distinct())
            {
                var name = "$lang" + names.Count.ToString(CultureInfo.InvariantCulture);
                command.Parameters.AddWithValue(name, language);
                names.Add(name);
            }
            sql.Append(CultureInfo.InvariantCulture, $" AND lower(c.language) IN ({string.Join(", ", names)})");
        }
        if (!string.IsNullOrWhiteSpace(filter.PathGlob))
        {
            var glob = PathGlob.Parse(filter.PathGlob);
            connection.CreateFunction("codeintel_path_matches", (string path) => glob.IsMatch(path), isDeterministic: true);
            sql.Append(" AND codeintel_path_matches(c.path)");
        }
    }
}
