using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CodeIntel.Retrieval.Indexing;

/// <summary>
/// The persistent index of one tree: chunks, their BM25 index, the embedding cache and the bookkeeping that keeps
/// a vector index in step, all in one SQLite database (<c>index.db</c>, WAL mode) so one transaction updates them
/// together. Reads are safe from any thread while <see cref="CodeIndexer"/> writes: each read uses its own
/// pooled connection and sees the last committed state.
/// </summary>
public sealed partial class IndexStore : IDisposable
{
    public const string FileName = "index.db";
    private const string LockFileName = "index.lock";

    private readonly string _readerConnectionString;
    private readonly SqliteConnection _writer;
    private bool _disposed;

    private IndexStore(string directory, SqliteConnection writer, string readerConnectionString)
    {
        Directory = directory;
        _writer = writer;
        _readerConnectionString = readerConnectionString;
    }

    /// <summary>The index directory.</summary>
    public string Directory { get; }

    public string DatabasePath => Path.Combine(Directory, FileName);

    /// <summary>Opens the index in <paramref name="indexDirectory"/>, creating the directory and an empty index if needed.</summary>
    /// <exception cref="InvalidDataException">The index was written by a different schema version.</exception>
    /// <exception cref="NotSupportedException">The SQLite library lacks FTS5.</exception>
    public static IndexStore Open(string indexDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexDirectory);
        var directory = Path.GetFullPath(indexDirectory);
        System.IO.Directory.CreateDirectory(directory);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(directory, FileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var writer = new SqliteConnection(builder.ConnectionString);
        try
        {
            writer.Open();
            // WAL: readers never block the writer and see only committed transactions. FULL: a commit is on disk
            // before it returns, so the vector protocol's "journal first" holds across power loss, not only kills.
            Execute(writer, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = OFF;");
            CreateSchema(writer, directory);
            builder.Mode = SqliteOpenMode.ReadWrite;
            builder.Pooling = true;
            return new IndexStore(directory, writer, builder.ConnectionString);
        }
        catch
        {
            writer.Dispose();
            throw;
        }
    }

    /// <summary>What the stored index was made with, or null for an empty, never-written index.</summary>
    public IndexIdentity? ReadIdentity()
    {
        using var connection = OpenReader();
        var embedder = ReadMeta(connection, null, "embedder_identity");
        if (embedder is null)
        {
            return null;
        }
        return new IndexIdentity(
            embedder,
            int.Parse(ReadMeta(connection, null, "dimensions") ?? "0", CultureInfo.InvariantCulture),
            ReadMeta(connection, null, "chunker_version") ?? string.Empty,
            int.Parse(ReadMeta(connection, null, "analyzer_version") ?? "0", CultureInfo.InvariantCulture));
    }

    /// <summary>The full path of the tree last indexed (stored paths are relative to it), or null before the first run.</summary>
    public string? ReadRoot()
    {
        using var connection = OpenReader();
        return ReadMeta(connection, null, "root");
    }

    /// <summary>Counts of files, chunks, vectors and pending work, as last committed.</summary>
    public IndexState GetState()
    {
        using var connection = OpenReader();
        using var transaction = connection.BeginTransaction(deferred: true);
        long Count(string sql) => Convert.ToInt64(Scalar(connection, transaction, sql), CultureInfo.InvariantCulture);
        return new IndexState(
            Files: Count("SELECT COUNT(*) FROM files"),
            Chunks: Count("SELECT COUNT(*) FROM chunks"),
            ChunksEmbedded: Count("SELECT COUNT(*) FROM chunks c WHERE EXISTS (SELECT 1 FROM embeddings e WHERE e.content_hash = c.content_hash)"),
            ChunksInVectorIndex: Count("SELECT COUNT(*) FROM chunks c JOIN vector_synced s ON s.key = c.key"),
            PendingEmbeddings: Count(
                "SELECT COUNT(DISTINCT content_hash) FROM chunks c WHERE NOT EXISTS (SELECT 1 FROM embeddings e WHERE e.content_hash = c.content_hash)"),
            Generation: ReadLong(connection, transaction, "generation"),
            VectorGeneration: ReadLong(connection, transaction, "vector_generation"));
    }

    /// <summary>
    /// True when the vector index has caught up with every committed chunk change (its checkpoint generation is the
    /// store's). Two reads of <c>meta</c>: cheap enough for every search, unlike <see cref="GetState"/>.
    /// </summary>
    public bool VectorsAreCurrent()
    {
        using var connection = OpenReader();
        using var transaction = connection.BeginTransaction(deferred: true);
        return ReadLong(connection, transaction, "vector_generation") >= ReadLong(connection, transaction, "generation");
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _writer.Dispose();
        using var pooled = new SqliteConnection(_readerConnectionString);
        SqliteConnection.ClearPool(pooled);
    }

    /// <summary>The single connection all writes go through. Only <see cref="CodeIndexer"/> writes.</summary>
    internal SqliteConnection Writer
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _writer;
        }
    }

    /// <summary>
    /// Takes the index's writer lock (an exclusive lock on <c>index.lock</c>, released by the OS if the process dies),
    /// so two processes never update one index at once.
    /// </summary>
    /// <exception cref="IOException">Another process holds the lock.</exception>
    internal IDisposable AcquireWriterLock()
    {
        var path = Path.Combine(Directory, LockFileName);
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new IOException(
                $"Another process is updating the index in '{Directory}' ({LockFileName} is locked). " +
                "Wait for it to finish, or stop it, then run again.", e);
        }
    }

    /// <summary>Empties every table and records <paramref name="identity"/>; the generation keeps growing.</summary>
    internal void Reset(IndexIdentity identity)
    {
        using var transaction = _writer.BeginTransaction();
        foreach (var table in IndexSchema.DataTables)
        {
            Execute(_writer, table == "chunks_fts" ? "INSERT INTO chunks_fts(chunks_fts) VALUES ('delete-all')" : $"DELETE FROM {table}", transaction);
        }
        WriteMeta(transaction, "embedder_identity", identity.EmbedderIdentity);
        WriteMeta(transaction, "dimensions", identity.Dimensions.ToString(CultureInfo.InvariantCulture));
        WriteMeta(transaction, "chunker_version", identity.ChunkerVersion);
        WriteMeta(transaction, "analyzer_version", identity.AnalyzerVersion.ToString(CultureInfo.InvariantCulture));
        var generation = BumpGeneration(transaction);
        WriteMeta(transaction, "vector_generation", generation.ToString(CultureInfo.InvariantCulture));
        transaction.Commit();
    }

    internal void WriteRoot(string root)
    {
        using var transaction = _writer.BeginTransaction();
        WriteMeta(transaction, "root", root);
        transaction.Commit();
    }

    /// <summary>Increments the generation inside <paramref name="transaction"/> and returns the new value.</summary>
    internal long BumpGeneration(SqliteTransaction transaction)
    {
        var next = ReadLong(_writer, transaction, "generation") + 1;
        WriteMeta(transaction, "generation", next.ToString(CultureInfo.InvariantCulture));
        return next;
    }

    internal long ReadGeneration() => ReadLong(_writer, null, "generation");

    internal void WriteMeta(SqliteTransaction transaction, string key, string value)
    {
        using var command = _writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO meta(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static object? Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private SqliteConnection OpenReader()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(_readerConnectionString);
        connection.Open();
        return connection;
    }

    private static void CreateSchema(SqliteConnection connection, string directory)
    {
        try
        {
            Execute(connection, IndexSchema.Create);
        }
        catch (SqliteException e) when (e.Message.Contains("fts5", StringComparison.OrdinalIgnoreCase))
        {
            throw new NotSupportedException(
                $"The SQLite library in use lacks the FTS5 extension the lexical index needs ({e.Message}). " +
                "Use the SQLite bundled with Microsoft.Data.Sqlite (SQLitePCLRaw.bundle_e_sqlite3), which includes it.", e);
        }
        var stored = ReadMeta(connection, null, "schema_version");
        var current = IndexSchema.Version.ToString(CultureInfo.InvariantCulture);
        if (stored is null)
        {
            Execute(connection, $"INSERT INTO meta(key, value) VALUES ('schema_version', '{current}'), ('generation', '0'), ('vector_generation', '0')");
        }
        else if (stored != current)
        {
            throw new InvalidDataException(
                $"The index in '{directory}' has schema version {stored}; this CodeIntel reads version {current}. " +
                "Delete that directory to rebuild the index from the source tree.");
        }
    }

    private static string? ReadMeta(SqliteConnection connection, SqliteTransaction? transaction, string key)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    private static long ReadLong(SqliteConnection connection, SqliteTransaction? transaction, string key) =>
        long.Parse(ReadMeta(connection, transaction, key) ?? "0", CultureInfo.InvariantCulture);
}
