using CodeIntel.Retrieval.Vectors;
using CodeIntel.Retrieval.Vectors.Qdrant;

namespace CodeIntel.Retrieval.Tests.Vectors.Qdrant;

public sealed class QdrantPayloadTests
{
    [Fact]
    public void ToPoint_Chunk_StoresKeyNamespaceAndEveryPayloadField()
    {
        var payload = new ChunkPayload("src/A.cs", "csharp", "N.A.Run", 3, 9, 40, 260, "abc123");

        var point = QdrantPayload.ToPoint("repo-1", new VectorPoint(17, [0.6f, 0.8f], payload));

        Assert.Equal(QdrantPointId.From("repo-1", 17).ToString(), point.Id.Uuid);
        Assert.Equal(17, QdrantPayload.KeyOf(point.Payload));
        Assert.Equal("repo-1", point.Payload["namespace"].StringValue);
        Assert.Equal("src/A.cs", point.Payload["path"].StringValue);
        Assert.Equal("csharp", point.Payload["language"].StringValue);
        Assert.Equal("N.A.Run", point.Payload["symbol"].StringValue);
        Assert.Equal(3, point.Payload["start_line"].IntegerValue);
        Assert.Equal(9, point.Payload["end_line"].IntegerValue);
        Assert.Equal(40, point.Payload["start_byte"].IntegerValue);
        Assert.Equal(260, point.Payload["end_byte"].IntegerValue);
        Assert.Equal("abc123", point.Payload["content_hash"].StringValue);
        Assert.Equal([0.6f, 0.8f], point.Vectors.Vector.Dense.Data);
    }

    [Fact]
    public void KeyOf_PayloadWithoutKey_IsNull()
    {
        var point = new global::Qdrant.Client.Grpc.PointStruct();

        Assert.Null(QdrantPayload.KeyOf(point.Payload));
    }
}
