using System.Globalization;

namespace CodeIntel.LanguageServer.Hosting;

/// <summary>
/// The server's log: stderr (which VS Code shows in the extension's output channel) and, when asked, a file.
/// Never stdout, which carries the protocol. When the client has turned tracing on (<c>$/setTrace</c>), lines
/// are also sent to it as <c>$/logTrace</c> through <see cref="TraceSink"/>.
/// </summary>
internal sealed class ServerLog : IDisposable
{
    private readonly TextWriter _stderr;
    private readonly StreamWriter? _file;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    public ServerLog(TextWriter stderr, string? filePath, TimeProvider time)
    {
        _stderr = stderr;
        _time = time;
        if (filePath is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(filePath))!);
            _file = new StreamWriter(filePath, append: true) { AutoFlush = true };
        }
    }

    /// <summary><c>off</c>, <c>messages</c> or <c>verbose</c>, as the client last set it.</summary>
    public string TraceLevel { get; set; } = "off";

    /// <summary>Where trace lines go when tracing is on; set once the connection exists.</summary>
    public Action<string, string?>? TraceSink { get; set; }

    public void Info(string message) => Write("info", message);

    public void Warn(string message) => Write("warn", message);

    public void Error(string message) => Write("error", message);

    /// <summary>A line for the client's trace; <paramref name="verbose"/> details are sent only at <c>verbose</c>.</summary>
    public void Trace(string message, string? verbose = null)
    {
        if (TraceLevel == "off")
        {
            return;
        }
        TraceSink?.Invoke(message, TraceLevel == "verbose" ? verbose : null);
    }

    public void Dispose() => _file?.Dispose();

    private void Write(string level, string message)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"[{_time.GetUtcNow():HH:mm:ss.fff} {level}] {message}");
        lock (_gate)
        {
            _stderr.WriteLine(line);
            _stderr.Flush();
            _file?.WriteLine(line);
        }
        Trace(message);
    }
}
