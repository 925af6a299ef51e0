using CodeIntel.LanguageServer.Hosting;

namespace CodeIntel.LanguageServer.Indexing;

/// <summary>
/// One server-initiated <c>window/workDoneProgress</c>: created with the client, then begin, reports, and an end
/// sent by <see cref="DisposeAsync"/> so it is sent whatever happens. A client without the capability gets nothing.
/// </summary>
internal sealed class WorkDoneProgress : IAsyncDisposable
{
    private readonly ClientChannel _channel;
    private readonly TimeProvider _time;
    private readonly TimeSpan _minInterval;
    private long _lastReport;
    private int _ended;

    private WorkDoneProgress(ClientChannel channel, string token, TimeProvider time, TimeSpan minInterval)
    {
        _channel = channel;
        Token = token;
        _time = time;
        _minInterval = minInterval;
    }

    public string Token { get; }

    /// <summary>The message of the end notification; set before disposing.</summary>
    public string? EndMessage { get; set; }

    /// <summary>Creates and begins the progress, or returns null when the client does not take server-initiated progress.</summary>
    public static async Task<WorkDoneProgress?> BeginAsync(
        ClientChannel channel, ServerSession session, string token, string title, bool cancellable, TimeProvider time, CancellationToken cancellationToken = default)
    {
        if (!session.Capabilities.WorkDoneProgress)
        {
            return null;
        }
        await channel.RequestAsync<object>("window/workDoneProgress/create", new { token }, cancellationToken).ConfigureAwait(false);
        await channel.NotifyAsync("$/progress", new { token, value = new { kind = "begin", title, cancellable, message = "starting" } }).ConfigureAwait(false);
        return new WorkDoneProgress(channel, token, time, TimeSpan.FromMilliseconds(200));
    }

    /// <summary>Sends a report unless one went out less than 200 ms ago (the client only needs to keep up with a person).</summary>
    public Task ReportAsync(string message, int? percentage)
    {
        var now = _time.GetTimestamp();
        var last = Interlocked.Read(ref _lastReport);
        if (last != 0 && _time.GetElapsedTime(last, now) < _minInterval || Interlocked.CompareExchange(ref _lastReport, now, last) != last)
        {
            return Task.CompletedTask;
        }
        return _channel.NotifyAsync("$/progress", new { token = Token, value = new { kind = "report", message, percentage } });
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _ended, 1) == 0)
        {
            await _channel.NotifyAsync("$/progress", new { token = Token, value = new { kind = "end", message = EndMessage } }).ConfigureAwait(false);
        }
    }
}
