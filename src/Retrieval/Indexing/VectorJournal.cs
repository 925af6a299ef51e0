using System.Globalization;
using CodeIntel.Retrieval.Vectors;
using Microsoft.Data.Sqlite;

namespace CodeIntel.Retrieval.Indexing;

/// <summary>
/// The SQLite side of the vector protocol: <c>vector_synced</c> (what the vector index durably holds),
/// <c>vector_journal</c> (changes sent but not yet durable) and <c>vector_dirty</c> (payloads to re-send).
/// </summary>
internal sealed class VectorJournal(IndexStore store, int dimensions)
{
    private const int Upsert = 1;
    private const int Delete = 2;

    public List<long> JournalKeys() => Keys("SELECT key FROM vector_journal ORDER BY key", 0, -1);

    public long SyncedCount() => Convert.ToInt64(IndexStore.Scalar(store.Writer, null, "SELECT COUNT(*) FROM vector_synced"), CultureInfo.InvariantCulture);

    /// <summary>The largest key ever handed out (AUTOINCREMENT never reuses or exceeds it).</summary>
    public long MaxIssuedKey() => Convert.ToInt64(IndexStore.Scalar(store.Writer, null,
        "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'chunks'), 0), " +
        "coalesce((SELECT max(key) FROM vector_synced), 0), coalesce((SELECT max(key) FROM vector_journal), 0))"), CultureInfo.InvariantCulture);

    /// <summary>Keys the vector index holds whose chunk is gone.</summary>
    public List<long> OrphansAfter(long afterKey, int limit) => Keys(
        "SELECT s.key FROM vector_synced s WHERE s.key > $after AND NOT EXISTS (SELECT 1 FROM chunks c WHERE c.key = s.key) " +
        "ORDER BY s.key LIMIT $limit", afterKey, limit);

    /// <summary>Chunks with a cached vector that the vector index lacks, or holds with a stale payload.</summary>
    public List<long> UnsyncedAfter(long afterKey, int limit) => Keys(
        "SELECT c.key FROM chunks c WHERE c.key > $after " +
        "AND EXISTS (SELECT 1 FROM embeddings e WHERE e.content_hash = c.content_hash) " +
        "AND (NOT EXISTS (SELECT 1 FROM vector_synced s WHERE s.key = c.key) OR EXISTS (SELECT 1 FROM vector_dirty d WHERE d.key = c.key)) " +
        "ORDER BY c.key LIMIT $limit", afterKey, limit);

    /// <summary>All keys the vector index may hold: synced or journalled.</summary>
    public List<long> AllTrackedKeys() => Keys("SELECT key FROM vector_synced UNION SELECT key FROM vector_journal ORDER BY 1", 0, -1);

    public List<long> KeysWithContent(IReadOnlyCollection<string> contentHashes)
    {
        var keys = new List<long>();
        foreach (var batch in contentHashes.Chunk(500))
        {
            using var command = store.Writer.CreateCommand();
            var names = batch.Select((hash, i) =>
            {
                var name = "$h" + i.ToString(CultureInfo.InvariantCulture);
                command.Parameters.AddWithValue(name, hash);
                return name;
            }).ToList();
            command.CommandText = $"SELECT key FROM chunks WHERE content_hash IN ({string.Join(", ", names)}) ORDER BY key";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                keys.Add(reader.GetInt64(0));
            }
        }
        return keys;
    }

    /// <summary>The points to upsert for <paramref name="keys"/>: those whose chunk exists and has a cached vector.</summary>
    public List<VectorPoint> LoadPoints(IReadOnlyCollection<long> keys)
    {
        using var command = store.Writer.CreateCommand();
        command.CommandText =
            "SELECT c.key, c.path, c.language, c.symbol, c.start_line, c.end_line, c.start_byte, c.end_byte, c.content_hash, e.vector " +
            $"FROM chunks c JOIN embeddings e ON e.content_hash = c.content_hash WHERE c.key IN ({IndexStore.KeyParameters(command, keys)}) ORDER BY c.key";
        var points = new List<VectorPoint>(keys.Count);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var hash = reader.GetString(8);
            var payload = new ChunkPayload(
                reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4), reader.GetInt32(5),
                reader.GetInt32(6), reader.GetInt32(7), hash);
            points.Add(new VectorPoint(reader.GetInt64(0), EmbeddingCache.FromBytes((byte[])reader.GetValue(9), dimensions, hash), payload));
        }
        return points;
    }

    /// <summary>Journals the changes about to be sent, in one transaction, before they are sent.</summary>
    public void Record(IReadOnlyCollection<long> upserts, IReadOnlyCollection<long> deletes)
    {
        using var transaction = store.Writer.BeginTransaction();
        using var journal = Command(transaction, "INSERT OR REPLACE INTO vector_journal(key, op) VALUES ($key, $op)");
        using var clean = Command(transaction, "DELETE FROM vector_dirty WHERE key = $key");
        var key = journal.Parameters.Add("$key", SqliteType.Integer);
        var op = journal.Parameters.Add("$op", SqliteType.Integer);
        var cleanKey = clean.Parameters.Add("$key", SqliteType.Integer);
        foreach (var (keys, kind) in new[] { (upserts, Upsert), (deletes, Delete) })
        {
            foreach (var k in keys)
            {
                key.Value = k;
                op.Value = kind;
                journal.ExecuteNonQuery();
                // A journalled upsert carries the current payload (a replay re-reads it), so the key is no longer dirty.
                cleanKey.Value = k;
                clean.ExecuteNonQuery();
            }
        }
        transaction.Commit();
    }

    /// <summary>After a checkpoint: the journal's changes are durable, so they move into <c>vector_synced</c>.</summary>
    public void Commit(long generation)
    {
        using var transaction = store.Writer.BeginTransaction();
        Execute(transaction, $"INSERT OR IGNORE INTO vector_synced(key) SELECT key FROM vector_journal WHERE op = {Upsert}");
        Execute(transaction, $"DELETE FROM vector_synced WHERE key IN (SELECT key FROM vector_journal WHERE op = {Delete})");
        Execute(transaction, "DELETE FROM vector_journal");
        store.WriteMeta(transaction, "vector_generation", generation.ToString(CultureInfo.InvariantCulture));
        transaction.Commit();
    }

    /// <summary>Forgets what the vector index holds (after it was emptied); every chunk will be upserted again.</summary>
    public void ForgetAll()
    {
        using var transaction = store.Writer.BeginTransaction();
        Execute(transaction, "DELETE FROM vector_synced");
        Execute(transaction, "DELETE FROM vector_journal");
        Execute(transaction, "DELETE FROM vector_dirty");
        transaction.Commit();
    }

    private List<long> Keys(string sql, long afterKey, int limit)
    {
        using var command = store.Writer.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$after", afterKey);
        command.Parameters.AddWithValue("$limit", limit);
        var keys = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            keys.Add(reader.GetInt64(0));
        }
        return keys;
    }

    private SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = store.Writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private void Execute(SqliteTransaction transaction, string sql) => IndexStore.Execute(store.Writer, sql, transaction);
}
