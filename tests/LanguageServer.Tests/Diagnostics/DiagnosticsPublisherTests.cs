using System.Text.Json;
using CodeIntel.LanguageServer.Diagnostics;
using CodeIntel.LanguageServer.Hosting;
using CodeIntel.LanguageServer.Protocol;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace CodeIntel.LanguageServer.Tests.Diagnostics;

/// <summary>The analyzers' seam: a provider's findings reach the client as publishDiagnostics; a close clears them.</summary>
public sealed class DiagnosticsPublisherTests
{
    private sealed class TodoProvider : IDiagnosticsProvider
    {
        public string Name => "todo";

        public bool Handles(string languageId) => languageId == "csharp";

        public Task<IReadOnlyList<Diagnostic>> AnalyzeAsync(DocumentSnapshot document, CancellationToken cancellationToken = default)
        {
            var line = document.Text.Split('\n').ToList().FindIndex(l => l.Contains("TODO", StringComparison.Ordinal));
            IReadOnlyList<Diagnostic> found = line < 0 ? [] : [new Diagnostic(new LspRange(new Position(line, 0), new Position(line, 4)), 2, "TODO left in code", Name)];
            return Task.FromResult(found);
        }
    }

    private sealed class Received
    {
        public List<JsonElement> Notifications { get; } = [];

        public SemaphoreSlim Signal { get; } = new(0);

        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void Publish(JsonElement parameters)
        {
            lock (Notifications)
            {
                Notifications.Add(parameters.Clone());
            }
            Signal.Release();
        }
    }

    [Fact]
    public async Task Schedule_ProviderFindsSomething_PublishedThenClearedOnClose()
    {
        var (serverSide, clientSide) = FullDuplexStream.CreatePair();
        var received = new Received();
        using var client = new JsonRpc(new HeaderDelimitedMessageHandler(clientSide, clientSide, new SystemTextJsonFormatter()), received);
        client.StartListening();
        using var server = new JsonRpc(new HeaderDelimitedMessageHandler(serverSide, serverSide, new SystemTextJsonFormatter { JsonSerializerOptions = LspJson.CreateOptions() }));
        server.StartListening();
        using var log = new ServerLog(TextWriter.Null, null, TimeProvider.System);
        var publisher = new DiagnosticsPublisher([new TodoProvider()], new ClientChannel(server, log), log, TimeProvider.System);

        publisher.Schedule(new DocumentSnapshot("file:///w/a.cs", "/w/a.cs", "csharp", 3, "class A\n{\n    // TODO: finish\n}\n"), immediately: true);
        publisher.Schedule(new DocumentSnapshot("file:///w/b.py", "/w/b.py", "python", 1, "# TODO"), immediately: true);
        Assert.True(await received.Signal.WaitAsync(TimeSpan.FromSeconds(30)));
        await publisher.ClearAsync("file:///w/a.cs");
        Assert.True(await received.Signal.WaitAsync(TimeSpan.FromSeconds(30)));

        var published = received.Notifications[0];
        Assert.Equal("file:///w/a.cs", published.GetProperty("uri").GetString());
        Assert.Equal(3, published.GetProperty("version").GetInt32());
        var diagnostic = Assert.Single(published.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(2, diagnostic.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal("todo", diagnostic.GetProperty("source").GetString());
        Assert.Empty(received.Notifications[1].GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(2, received.Notifications.Count); // nothing for the Python file: no provider handles it
    }
}
