using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace CodeIntel.Retrieval.Indexing;

/// <summary>
/// The <c>embeddings</c> table: one float32 vector per distinct chunk content, keyed by content hash, so a chunk
/// whose content was ever embedded (here or in another file) is never embedded again.
/// </summary>
internal sealed class EmbeddingCache(IndexStore store)
{
    /// <summary>Chunks after <paramref name="afterKey"/> whose content has no vector yet, by key.</summary>
    public List<PendingChunk> PendingAfter(long afterKey, int limit)
    {
        using var command = store.Writer.CreateCommand();
        command.CommandText =
            "SELECT c.key, c.content_hash, c.text FROM chunks c WHERE c.key > $after " +
            "AND NOT EXISTS (SELECT 1 FROM embeddings e WHERE e.content_hash = c.content_hash) ORDER BY c.key LIMIT $limit";
        command.Parameters.AddWithValue("$after", afterKey);
        command.Parameters.AddWithValue("$limit", limit);
        var pending = new List<PendingChunk>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            pending.Add(new PendingChunk(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }
        return pending;
    }

    public int CountPendingContents() => Convert.ToInt32(IndexStore.Scalar(store.Writer, null,
        "SELECT COUNT(DISTINCT content_hash) FROM chunks c WHERE NOT EXISTS (SELECT 1 FROM embeddings e WHERE e.content_hash = c.content_hash)"),
        CultureInfo.InvariantCulture);

    /// <summary>Stores one batch's vectors in one transaction.</summary>
    public void Store(IReadOnlyList<string> contentHashes, IReadOnlyList<float[]> vectors)
    {
        using var transaction = store.Writer.BeginTransaction();
        using var command = store.Writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR IGNORE INTO embeddings(content_hash, vector) VALUES ($hash, $vector)";
        var hash = command.Parameters.Add("$hash", SqliteType.Text);
        var vector = command.Parameters.Add("$vector", SqliteType.Blob);
        for (var i = 0; i < contentHashes.Count; i++)
        {
            hash.Value = contentHashes[i];
            vector.Value = ToBytes(vectors[i]);
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>
    /// Deletes vectors no chunk refers to, keeping the newest <paramref name="keep"/> of them; returns how many were
    /// deleted.
    /// </summary>
    public int Prune(int keep)
    {
        using var transaction = store.Writer.BeginTransaction();
        using var command = store.Writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "DELETE FROM embeddings WHERE rowid IN (SELECT e.rowid FROM embeddings e " +
            "WHERE NOT EXISTS (SELECT 1 FROM chunks c WHERE c.content_hash = e.content_hash) ORDER BY e.rowid DESC LIMIT -1 OFFSET $keep)";
        command.Parameters.AddWithValue("$keep", keep);
        var deleted = command.ExecuteNonQuery();
        transaction.Commit();
        return deleted;
    }

    public static byte[] ToBytes(float[] vector)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The embedding cache stores little-endian float32 vectors; this machine is big-endian.");
        }
        return MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();
    }

    public static float[] FromBytes(byte[] bytes, int dimensions, string contentHash)
    {
        if (bytes.Length != dimensions * sizeof(float))
        {
            throw new InvalidDataException(
                $"The cached vector for content {contentHash} has {bytes.Length / sizeof(float)} dimensions, not {dimensions}. " +
                "The index is damaged; delete the index directory to rebuild it.");
        }
        return MemoryMarshal.Cast<byte, float>(bytes).ToArray();
    }
}
