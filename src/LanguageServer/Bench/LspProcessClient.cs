using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CodeIntel.LanguageServer.Bench;

/// <summary>
/// A minimal LSP client that runs the real server as a child process over stdio: frames messages, keeps every
/// message the server sends, answers the server's own requests (progress tokens, registrations) with null, and
/// can write raw bytes. Used by the benchmark and by the integration tests, which assert on the protocol messages.
/// </summary>
internal sealed class LspProcessClient : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
    private readonly Process _process;
    private readonly Stream _stdin;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly List<JsonObject> _received = [];
    private readonly Dictionary<JsonObject, long> _receivedAt = new(ReferenceEqualityComparer.Instance);
    private readonly StringBuilder _stderr = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _pulse = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextId;
    private readonly Task _reader;

    private LspProcessClient(Process process)
    {
        _process = process;
        _stdin = process.StandardInput.BaseStream;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_gate)
                {
                    _stderr.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        _reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>Starts <c>dotnet SERVER.dll --stdio</c>; <paramref name="environment"/> entries are set for the child only.</summary>
    public static LspProcessClient Start(string serverDll, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(serverDll);
        info.ArgumentList.Add("--stdio");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        return new LspProcessClient(Process.Start(info) ?? throw new InvalidOperationException("dotnet could not be started."));
    }

    /// <summary>The server dll beside this assembly (the build copies it there).</summary>
    public static string DefaultServerDll => Path.Combine(AppContext.BaseDirectory, "CodeIntel.LanguageServer.dll");

    public IReadOnlyList<JsonObject> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    public string Stderr
    {
        get
        {
            lock (_gate)
            {
                return _stderr.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>When <paramref name="message"/> was read from the server (a <see cref="Stopwatch"/> timestamp).</summary>
    public long ReceivedAt(JsonObject message)
    {
        lock (_gate)
        {
            return _receivedAt[message];
        }
    }

    /// <summary>Sends a request and returns its id without waiting.</summary>
    public async Task<int> SendRequestAsync(string method, object? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        await SendAsync(new { jsonrpc = "2.0", id, method, @params = parameters }).ConfigureAwait(false);
        return id;
    }

    /// <summary>Sends a request and waits for its response (result or error), which is returned whole.</summary>
    public async Task<JsonObject> RequestAsync(string method, object? parameters, TimeSpan? timeout = null)
    {
        var id = await SendRequestAsync(method, parameters).ConfigureAwait(false);
        return await WaitForResponseAsync(id, timeout).ConfigureAwait(false);
    }

    public Task NotifyAsync(string method, object? parameters) => SendAsync(new { jsonrpc = "2.0", method, @params = parameters });

    public Task CancelAsync(int id) => NotifyAsync("$/cancelRequest", new { id });

    public Task<JsonObject> WaitForResponseAsync(int id, TimeSpan? timeout = null) =>
        WaitForAsync(m => m["method"] is null && m["id"] is JsonValue v && v.TryGetValue<int>(out var i) && i == id, $"the response to request {id}", timeout);

    /// <summary>Waits for a notification of <paramref name="method"/> whose params satisfy <paramref name="match"/>.</summary>
    public Task<JsonObject> WaitForNotificationAsync(string method, Func<JsonNode?, bool>? match = null, TimeSpan? timeout = null) =>
        WaitForAsync(m => (string?)m["method"] == method && m["id"] is null && (match?.Invoke(m["params"]) ?? true), $"a '{method}' notification", timeout);

    /// <summary>Waits for the first message (already received or still to come) that satisfies <paramref name="predicate"/>.</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> predicate, string what, TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)((timeout ?? TimeSpan.FromSeconds(60)).TotalSeconds * Stopwatch.Frequency);
        var seen = 0;
        while (true)
        {
            Task pulse;
            lock (_gate)
            {
                for (; seen < _received.Count; seen++)
                {
                    if (predicate(_received[seen]))
                    {
                        return _received[seen];
                    }
                }
                pulse = _pulse.Task;
            }
            var left = TimeSpan.FromSeconds((double)(deadline - Stopwatch.GetTimestamp()) / Stopwatch.Frequency);
            if (left <= TimeSpan.Zero || _reader.IsCompleted && pulse.IsCompleted)
            {
                throw new TimeoutException($"Timed out waiting for {what}. Last messages:\n{string.Join('\n', Received.TakeLast(8).Select(m => m.ToJsonString()))}\nServer stderr:\n{Tail(Stderr)}");
            }
            await Task.WhenAny(pulse, Task.Delay(left)).ConfigureAwait(false);
        }
    }

    public async Task SendRawAsync(byte[] bytes)
    {
        await _writeGate.WaitAsync().ConfigureAwait(false);
        try
        {
            await _stdin.WriteAsync(bytes).ConfigureAwait(false);
            await _stdin.FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Closes the server's stdin, as a client that disconnects does.</summary>
    public void CloseInput() => _stdin.Close();

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token).ConfigureAwait(false);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                _stdin.Close();
                await WaitForExitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        _process.Dispose();
        _writeGate.Dispose();
    }

    private Task SendAsync(object message)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message, Json);
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
        return SendRawAsync([.. header, .. body]);
    }

    private async Task ReadLoopAsync()
    {
        var stdout = _process.StandardOutput.BaseStream;
        try
        {
            while (await ReadMessageAsync(stdout).ConfigureAwait(false) is { } message)
            {
                lock (_gate)
                {
                    _received.Add(message);
                    _receivedAt[message] = Stopwatch.GetTimestamp();
                    var pulse = _pulse;
                    _pulse = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    pulse.TrySetResult();
                }
                if (message["method"] is not null && message["id"] is { } id)
                {
                    // The server's own requests (progress tokens, watcher registration): accept them.
                    var response = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = null };
                    await SendAsync(response).ConfigureAwait(false);
                }
            }
        }
        catch (IOException)
        {
            // The server went away; waiters see the end through the final pulse.
        }
        lock (_gate)
        {
            _pulse.TrySetResult();
        }
    }

    private static async Task<JsonObject?> ReadMessageAsync(Stream stdout)
    {
        var header = new StringBuilder();
        var one = new byte[1];
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stdout.ReadAsync(one).ConfigureAwait(false) == 0)
            {
                return null;
            }
            header.Append((char)one[0]);
        }
        var line = header.ToString().Split("\r\n").First(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var length = int.Parse(line["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
        var body = new byte[length];
        await stdout.ReadExactlyAsync(body).ConfigureAwait(false);
        return JsonNode.Parse(body)!.AsObject();
    }

    private static string Tail(string text) => text.Length <= 3000 ? text : text[^3000..];
}
