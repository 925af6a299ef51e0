using CodeIntel.Retrieval.Indexing;
using Microsoft.Data.Sqlite;

namespace CodeIntel.Retrieval.Tests.Indexing;

public class IndexStoreTests
{
    [Fact]
    public void Open_NewDirectory_CreatesEmptyIndexWithoutIdentity()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Root, "nested", "index");
        using var store = IndexStore.Open(path);
        Assert.True(File.Exists(Path.Combine(path, IndexStore.FileName)));
        Assert.Null(store.ReadIdentity());
        Assert.Equal(new IndexState(0, 0, 0, 0, 0, 0, 0), store.GetState());
    }

    [Fact]
    public void Open_BundledSqlite_HasFts5AndUsesWal()
    {
        using var directory = new TempDirectory();
        using (IndexStore.Open(directory.Root))
        {
        }
        using var connection = new SqliteConnection($"Data Source={Path.Combine(directory.Root, IndexStore.FileName)};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_compileoption_used('ENABLE_FTS5'), (SELECT journal_mode FROM pragma_journal_mode)";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(1L, reader.GetInt64(0));
        Assert.Equal("wal", reader.GetString(1));
    }

    [Fact]
    public void Open_IndexOfAnotherSchemaVersion_ThrowsSayingToDeleteIt()
    {
        using var directory = new TempDirectory();
        using (IndexStore.Open(directory.Root))
        {
        }
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(directory.Root, IndexStore.FileName)};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE meta SET value = '999' WHERE key = 'schema_version'";
            command.ExecuteNonQuery();
        }
        var error = Assert.Throws<InvalidDataException>(() => IndexStore.Open(directory.Root));
        Assert.Contains("schema version 999", error.Message);
        Assert.Contains("Delete that directory", error.Message);
    }

    [Fact]
    public async Task GetChunks_KeysInAnyOrder_ReturnsThemInThatOrderSkippingUnknownKeys()
    {
        using var fixture = new IndexFixture();
        SampleTree.Write(fixture.Tree, 3);
        await fixture.UpdateAsync();
        var keys = fixture.Store.GetChunkKeys();
        Assert.True(keys.Count >= 3);
        var wanted = new[] { keys[2], 987_654, keys[0] };
        var chunks = fixture.Store.GetChunks(wanted);
        Assert.Equal([keys[2], keys[0]], chunks.Select(c => c.Key));
        Assert.All(chunks, c => Assert.False(string.IsNullOrEmpty(c.Text)));
    }

    [Fact]
    public async Task Reopen_AfterIndexing_KeepsChunksAndIdentity()
    {
        using var fixture = new IndexFixture();
        SampleTree.Write(fixture.Tree, 6);
        await fixture.UpdateAsync();
        var before = fixture.Chunks();
        fixture.Reopen();
        Assert.Equal(before, fixture.Chunks());
        Assert.Equal(fixture.Indexer().Identity, fixture.Store.ReadIdentity());
    }

    [Fact]
    public async Task GetState_AfterFilesPhaseOnly_ShowsChunksSearchableButPendingEmbeddings()
    {
        using var fixture = new IndexFixture();
        SampleTree.Write(fixture.Tree, 6);
        fixture.Embedder = new TrigramEmbedder(onBatch: _ => throw new IOException("model unreachable"));
        await Assert.ThrowsAsync<IOException>(() => fixture.UpdateAsync());
        var state = fixture.Store.GetState();
        Assert.True(state.Chunks > 0);
        Assert.Equal(0, state.ChunksEmbedded);
        Assert.Equal(state.Chunks, state.PendingVectors);
        Assert.True(state.PendingEmbeddings > 0);
        Assert.NotEmpty(fixture.Store.SearchLexical("total value", 5));
    }
}
