namespace CodeIntel.LanguageServer.Tests.Support;

/// <summary>Tests that start servers share one extracted model; they run one after another, as the machine has few cores.</summary>
[CollectionDefinition(Name)]
public sealed class ServerGroup : ICollectionFixture<ModelFixture>
{
    public const string Name = "language server";
}
