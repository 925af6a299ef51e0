using System.Collections.Concurrent;
using CodeIntel.LanguageServer.Hosting;
using CodeIntel.LanguageServer.Protocol;

namespace CodeIntel.LanguageServer.Diagnostics;

/// <summary>
/// Runs the providers over a document after its edits settle (500 ms without a change) and publishes the
/// findings with <c>textDocument/publishDiagnostics</c>; a newer version cancels the analysis of an older one.
/// Closing a document clears its diagnostics. With no providers registered it publishes nothing.
/// </summary>
internal sealed class DiagnosticsPublisher(IReadOnlyList<IDiagnosticsProvider> providers, ClientChannel channel, ServerLog log, TimeProvider time)
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(500);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);

    public void Schedule(DocumentSnapshot document, bool immediately = false)
    {
        var applicable = providers.Where(p => p.Handles(document.LanguageId)).ToList();
        if (applicable.Count == 0)
        {
            return;
        }
        var cancellation = new CancellationTokenSource();
        if (_pending.TryGetValue(document.Uri, out var previous))
        {
            previous.Cancel();
        }
        _pending[document.Uri] = cancellation;
        _ = Task.Run(() => RunAsync(document, applicable, immediately ? TimeSpan.Zero : Settle, cancellation));
    }

    public Task ClearAsync(string uri)
    {
        if (_pending.TryRemove(uri, out var previous))
        {
            previous.Cancel();
        }
        return providers.Count == 0 ? Task.CompletedTask : channel.NotifyAsync("textDocument/publishDiagnostics", new { uri, diagnostics = Array.Empty<Diagnostic>() });
    }

    private async Task RunAsync(DocumentSnapshot document, IReadOnlyList<IDiagnosticsProvider> applicable, TimeSpan delay, CancellationTokenSource cancellation)
    {
        try
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, cancellation.Token).ConfigureAwait(false);
            }
            var findings = new List<Diagnostic>();
            foreach (var provider in applicable)
            {
                try
                {
                    findings.AddRange(await provider.AnalyzeAsync(document, cancellation.Token).ConfigureAwait(false));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.Error($"diagnostics provider '{provider.Name}' failed on {document.Path}: {e.Message}");
                }
            }
            cancellation.Token.ThrowIfCancellationRequested();
            await channel.NotifyAsync("textDocument/publishDiagnostics", new { uri = document.Uri, version = document.Version, diagnostics = findings }).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // A newer version or a close superseded this analysis.
        }
        finally
        {
            _pending.TryRemove(new KeyValuePair<string, CancellationTokenSource>(document.Uri, cancellation));
            cancellation.Dispose();
        }
    }
}
