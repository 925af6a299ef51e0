namespace CodeIntel.Retrieval.Tests.Embedding.Graph;

/// <summary>Tests that share one extracted MiniLM (and run one at a time: each holds a 90 MB model).</summary>
[CollectionDefinition(Name)]
public sealed class MiniLmTests : ICollectionFixture<MiniLmFixture>
{
    public const string Name = "MiniLM model (graph)";
}
