namespace CodeIntel.Retrieval.Tests.Embedding;

/// <summary>Tests that share one extracted MiniLM model (extraction writes 90 MB; once is enough).</summary>
[CollectionDefinition(Name)]
public sealed class MiniLmGroup : ICollectionFixture<MiniLmFixture>
{
    public const string Name = "MiniLM model";
}
