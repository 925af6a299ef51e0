namespace CodeIntel.Retrieval.Indexing;

/// <summary>The tables of <c>index.db</c>. The README explains each one and the protocol that keeps them consistent.</summary>
internal static class IndexSchema
{
    /// <summary>Bumped whenever a table changes; an index written with another version is not opened.</summary>
    public const int Version = 2;

    /// <summary>Weights of the FTS5 columns (symbol, path, body) in <c>bm25()</c>: a name match counts double.</summary>
    public const string Bm25Weights = "2.0, 1.0, 1.0";

    public const string Create = """
        CREATE TABLE IF NOT EXISTS meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS files (
            path        TEXT PRIMARY KEY,
            size        INTEGER NOT NULL,
            mtime_ticks INTEGER NOT NULL,
            sha256      TEXT,
            language    TEXT,
            chunk_count INTEGER NOT NULL,
            skip_reason TEXT
        ) WITHOUT ROWID;

        -- AUTOINCREMENT: a key is never reused, so a vector left behind under an old key can never be mistaken
        -- for a newer chunk, and every key ever handed out is at most sqlite_sequence's value.
        CREATE TABLE IF NOT EXISTS chunks (
            key          INTEGER PRIMARY KEY AUTOINCREMENT,
            id           TEXT NOT NULL UNIQUE,
            path         TEXT NOT NULL,
            language     TEXT NOT NULL,
            kind         TEXT NOT NULL,
            symbol       TEXT NOT NULL,
            name         TEXT NOT NULL,
            start_line   INTEGER NOT NULL,
            end_line     INTEGER NOT NULL,
            start_byte   INTEGER NOT NULL,
            end_byte     INTEGER NOT NULL,
            part         INTEGER NOT NULL,
            part_count   INTEGER NOT NULL,
            token_count  INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            text         TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS chunks_by_path ON chunks(path);
        CREATE INDEX IF NOT EXISTS chunks_by_hash ON chunks(content_hash);

        -- Contentless: the analysed terms are only indexed, never stored twice; rowid = chunks.key.
        CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
            symbol, path, body, content = '', contentless_delete = 1, tokenize = 'porter unicode61');

        -- The embedding cache: one vector per distinct content, float32 little-endian.
        CREATE TABLE IF NOT EXISTS embeddings (
            content_hash TEXT PRIMARY KEY,
            vector       BLOB NOT NULL
        );

        -- Keys the vector index held at its last checkpoint.
        CREATE TABLE IF NOT EXISTS vector_synced (key INTEGER PRIMARY KEY);
        -- Chunks whose payload (lines, bytes) changed while their vector did not: upserted again.
        CREATE TABLE IF NOT EXISTS vector_dirty (key INTEGER PRIMARY KEY);
        -- Changes sent (or about to be sent) to the vector index and not yet made durable by a checkpoint.
        CREATE TABLE IF NOT EXISTS vector_journal (key INTEGER PRIMARY KEY, op INTEGER NOT NULL);
        """;

    /// <summary>Every table a reset empties (the identity and generations in meta are rewritten, not dropped).</summary>
    public static readonly IReadOnlyList<string> DataTables =
        ["files", "chunks", "chunks_fts", "embeddings", "vector_synced", "vector_dirty", "vector_journal"];
}
