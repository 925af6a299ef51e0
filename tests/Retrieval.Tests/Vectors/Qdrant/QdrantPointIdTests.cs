using CodeIntel.Retrieval.Vectors.Qdrant;

namespace CodeIntel.Retrieval.Tests.Vectors.Qdrant;

public sealed class QdrantPointIdTests
{
    [Fact]
    public void From_SameNamespaceAndKey_GivesTheSameId()
    {
        Assert.Equal(QdrantPointId.From("repo-1", 42), QdrantPointId.From("repo-1", 42));
    }

    [Fact]
    public void From_OtherNamespaceOrKey_GivesAnotherId()
    {
        var ids = new[]
        {
            QdrantPointId.From("repo-1", 42), QdrantPointId.From("repo-2", 42), QdrantPointId.From("repo-1", 43),
            QdrantPointId.From("repo-1", 0), QdrantPointId.From("repo-10", 2),
        };

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void From_AnyInput_IsAVersion8RfcUuid()
    {
        var text = QdrantPointId.From("repo-1", 7).ToString();

        Assert.Equal('8', text[14]);
        Assert.Contains(text[19], "89ab");
    }
}
