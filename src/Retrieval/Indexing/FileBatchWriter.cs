using System.Globalization;
using CodeIntel.Parsing.Chunking;
using Microsoft.Data.Sqlite;

namespace CodeIntel.Retrieval.Indexing;

/// <summary>
/// Writes the file phase's verdicts: each batch of files in one transaction, so a file's chunks, their FTS rows and
/// its <c>files</c> row change together or not at all. A changed file is diffed by chunk id: chunks that survive
/// keep their key (and so their vector); only new ids are inserted and vanished ones deleted.
/// </summary>
internal sealed class FileBatchWriter(IndexStore store)
{
    private const string ExistingSql =
        "SELECT key, id, language, name, start_line, end_line, start_byte, end_byte, part, part_count, token_count FROM chunks WHERE path = $path";

    /// <summary>Every stored file row, by path.</summary>
    public Dictionary<string, StoredFile> LoadFiles()
    {
        using var command = store.Writer.CreateCommand();
        command.CommandText = "SELECT path, size, mtime_ticks, sha256, skip_reason FROM files";
        var files = new Dictionary<string, StoredFile>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var path = reader.GetString(0);
            files[path] = new StoredFile(
                path, reader.GetInt64(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4));
        }
        return files;
    }

    /// <summary>Writes <paramref name="outcomes"/> (Touched, Chunked, Skipped) and deletes <paramref name="deletedPaths"/> in one transaction.</summary>
    public FileWriteCounts Write(IReadOnlyList<FileOutcome> outcomes, IReadOnlyList<string> deletedPaths)
    {
        var connection = store.Writer;
        using var transaction = connection.BeginTransaction();
        var counts = default(FileWriteCounts);
        foreach (var path in deletedPaths)
        {
            counts += new FileWriteCounts(0, RemoveChunks(transaction, path, keep: null), 0);
            using var delete = Command(transaction, "DELETE FROM files WHERE path = $path");
            delete.Parameters.AddWithValue("$path", path);
            delete.ExecuteNonQuery();
        }
        foreach (var outcome in outcomes)
        {
            switch (outcome.Kind)
            {
                case FileOutcomeKind.Touched:
                    using (var touch = Command(transaction, "UPDATE files SET size = $size, mtime_ticks = $mtime WHERE path = $path"))
                    {
                        touch.Parameters.AddWithValue("$size", outcome.Size);
                        touch.Parameters.AddWithValue("$mtime", outcome.MtimeTicks);
                        touch.Parameters.AddWithValue("$path", outcome.Path);
                        touch.ExecuteNonQuery();
                    }
                    break;
                case FileOutcomeKind.Chunked:
                    counts += ReplaceChunks(transaction, outcome);
                    break;
                case FileOutcomeKind.Skipped:
                    counts += new FileWriteCounts(0, RemoveChunks(transaction, outcome.Path, keep: null), 0);
                    UpsertFile(transaction, outcome, language: null, chunkCount: 0);
                    break;
                default:
                    throw new ArgumentException($"A {outcome.Kind} outcome has nothing to write.", nameof(outcomes));
            }
        }
        store.BumpGeneration(transaction);
        transaction.Commit();
        return counts;
    }

    private FileWriteCounts ReplaceChunks(SqliteTransaction transaction, FileOutcome outcome)
    {
        var file = outcome.Chunks!;
        var chunks = WithUniqueIds(file.Chunks);
        var removed = RemoveChunks(transaction, outcome.Path, keep: chunks);
        var existing = ReadExisting(transaction, outcome.Path);
        int added = 0, reused = 0;
        using var insert = Command(transaction,
            "INSERT INTO chunks(id, path, language, kind, symbol, name, start_line, end_line, start_byte, end_byte, part, part_count, token_count, content_hash, text) " +
            "VALUES ($id, $path, $language, $kind, $symbol, $name, $startLine, $endLine, $startByte, $endByte, $part, $partCount, $tokens, $hash, $text) RETURNING key");
        using var insertFts = Command(transaction, "INSERT INTO chunks_fts(rowid, symbol, path, body) VALUES ($key, $symbol, $path, $body)");
        using var update = Command(transaction,
            "UPDATE chunks SET language = $language, name = $name, start_line = $startLine, end_line = $endLine, start_byte = $startByte, " +
            "end_byte = $endByte, part = $part, part_count = $partCount, token_count = $tokens WHERE key = $key");
        using var dirty = Command(transaction, "INSERT OR IGNORE INTO vector_dirty(key) VALUES ($key)");
        using var cached = Command(transaction, "SELECT EXISTS (SELECT 1 FROM embeddings WHERE content_hash = $hash)");
        var pathTerms = CodeAnalyzer.Analyze(outcome.Path);
        foreach (var (id, chunk) in chunks)
        {
            if (existing.TryGetValue(id, out var row))
            {
                if (!row.SamePlace(chunk))
                {
                    // Same content (the id hashes it) at new lines or bytes: the vector stays, its payload is re-sent.
                    SetChunkParameters(update, id, chunk);
                    update.Parameters.AddWithValue("$key", row.Key);
                    update.ExecuteNonQuery();
                    update.Parameters.Clear();
                    dirty.Parameters.AddWithValue("$key", row.Key);
                    dirty.ExecuteNonQuery();
                    dirty.Parameters.Clear();
                }
                continue;
            }
            SetChunkParameters(insert, id, chunk);
            insert.Parameters.AddWithValue("$kind", chunk.Kind.ToString());
            insert.Parameters.AddWithValue("$symbol", chunk.SymbolPath);
            insert.Parameters.AddWithValue("$path", chunk.Path);
            insert.Parameters.AddWithValue("$hash", chunk.ContentHash);
            insert.Parameters.AddWithValue("$text", chunk.Text);
            var key = (long)insert.ExecuteScalar()!;
            insert.Parameters.Clear();
            insertFts.Parameters.AddWithValue("$key", key);
            insertFts.Parameters.AddWithValue("$symbol", CodeAnalyzer.Analyze(chunk.SymbolPath + " " + chunk.Name));
            insertFts.Parameters.AddWithValue("$path", pathTerms);
            insertFts.Parameters.AddWithValue("$body", CodeAnalyzer.Analyze(chunk.Text));
            insertFts.ExecuteNonQuery();
            insertFts.Parameters.Clear();
            cached.Parameters.AddWithValue("$hash", chunk.ContentHash);
            reused += Convert.ToInt64(cached.ExecuteScalar(), CultureInfo.InvariantCulture) == 1 ? 1 : 0;
            cached.Parameters.Clear();
            added++;
        }
        UpsertFile(transaction, outcome, file.Language.Id, chunks.Count);
        return new FileWriteCounts(added, removed, reused);
    }

    /// <summary>Deletes the path's chunks (and FTS rows) whose ids are not in <paramref name="keep"/>; returns how many.</summary>
    private int RemoveChunks(SqliteTransaction transaction, string path, Dictionary<string, Chunk>? keep)
    {
        var doomed = new List<long>();
        using (var select = Command(transaction, "SELECT key, id FROM chunks WHERE path = $path"))
        {
            select.Parameters.AddWithValue("$path", path);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                if (keep is null || !keep.ContainsKey(reader.GetString(1)))
                {
                    doomed.Add(reader.GetInt64(0));
                }
            }
        }
        // The key stays in vector_synced: the vector phase sees a synced key with no chunk and deletes the vector.
        using var deleteChunk = Command(transaction, "DELETE FROM chunks WHERE key = $key");
        using var deleteFts = Command(transaction, "DELETE FROM chunks_fts WHERE rowid = $key");
        using var deleteDirty = Command(transaction, "DELETE FROM vector_dirty WHERE key = $key");
        foreach (var key in doomed)
        {
            foreach (var command in new[] { deleteChunk, deleteFts, deleteDirty })
            {
                command.Parameters.AddWithValue("$key", key);
                command.ExecuteNonQuery();
                command.Parameters.Clear();
            }
        }
        return doomed.Count;
    }

    private Dictionary<string, ExistingChunk> ReadExisting(SqliteTransaction transaction, string path)
    {
        using var select = Command(transaction, ExistingSql);
        select.Parameters.AddWithValue("$path", path);
        var rows = new Dictionary<string, ExistingChunk>(StringComparer.Ordinal);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            rows[reader.GetString(1)] = new ExistingChunk(
                reader.GetInt64(0), reader.GetString(2), reader.GetString(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6),
                reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9), reader.GetInt32(10));
        }
        return rows;
    }

    private void UpsertFile(SqliteTransaction transaction, FileOutcome outcome, string? language, int chunkCount)
    {
        using var command = Command(transaction,
            "INSERT INTO files(path, size, mtime_ticks, sha256, language, chunk_count, skip_reason) " +
            "VALUES ($path, $size, $mtime, $sha, $language, $count, $reason) ON CONFLICT(path) DO UPDATE SET size = excluded.size, " +
            "mtime_ticks = excluded.mtime_ticks, sha256 = excluded.sha256, language = excluded.language, chunk_count = excluded.chunk_count, " +
            "skip_reason = excluded.skip_reason");
        command.Parameters.AddWithValue("$path", outcome.Path);
        command.Parameters.AddWithValue("$size", outcome.Size);
        command.Parameters.AddWithValue("$mtime", outcome.MtimeTicks);
        command.Parameters.AddWithValue("$sha", (object?)outcome.Sha256 ?? DBNull.Value);
        command.Parameters.AddWithValue("$language", (object?)language ?? DBNull.Value);
        command.Parameters.AddWithValue("$count", chunkCount);
        command.Parameters.AddWithValue("$reason", (object?)outcome.SkipReason ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Chunk ids hash path, symbol, kind, part and content, so two identical units under one name in one file (an
    /// <c>#if</c>/<c>#else</c> pair) share an id; the second becomes <c>id~2</c>, which stays stable across runs.
    /// </summary>
    private static Dictionary<string, Chunk> WithUniqueIds(IReadOnlyList<Chunk> chunks)
    {
        var byId = new Dictionary<string, Chunk>(chunks.Count, StringComparer.Ordinal);
        foreach (var chunk in chunks)
        {
            var id = chunk.Id;
            for (var n = 2; byId.ContainsKey(id); n++)
            {
                id = chunk.Id + "~" + n.ToString(CultureInfo.InvariantCulture);
            }
            byId[id] = chunk;
        }
        return byId;
    }

    private static void SetChunkParameters(SqliteCommand command, string id, Chunk chunk)
    {
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$language", chunk.Language);
        command.Parameters.AddWithValue("$name", chunk.Name);
        command.Parameters.AddWithValue("$startLine", chunk.StartLine);
        command.Parameters.AddWithValue("$endLine", chunk.EndLine);
        command.Parameters.AddWithValue("$startByte", chunk.StartByte);
        command.Parameters.AddWithValue("$endByte", chunk.EndByte);
        command.Parameters.AddWithValue("$part", chunk.Part);
        command.Parameters.AddWithValue("$partCount", chunk.PartCount);
        command.Parameters.AddWithValue("$tokens", chunk.TokenCount);
    }

    private SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = store.Writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
