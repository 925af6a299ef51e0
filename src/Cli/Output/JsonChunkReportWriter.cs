using System.Text.Json;
using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Cli.Output;

/// <summary>
/// Streams one JSON document: <c>{"files":[{"path","language","bytes","lines","warnings","chunks":[...]}],
/// "skipped":[{"path","reason"}],"summary":{...}}</c>. Skipped files are buffered; they are few.
/// </summary>
internal sealed class JsonChunkReportWriter : IChunkReportWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private readonly TextWriter _output;
    private readonly MemoryStream _buffer = new();
    private readonly Utf8JsonWriter _writer;
    private readonly List<SkippedFile> _skipped = [];

    public JsonChunkReportWriter(TextWriter output)
    {
        _output = output;
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true });
        _writer.WriteStartObject();
        _writer.WriteStartArray("files");
    }

    public async Task WriteAsync(WorkspaceChunkResult result, CancellationToken cancellationToken = default)
    {
        if (result.Skipped is { } skipped)
        {
            _skipped.Add(skipped);
            return;
        }
        var file = result.File!;
        _writer.WriteStartObject();
        _writer.WriteString("path", file.RelativePath);
        _writer.WriteString("language", file.Language.Id);
        _writer.WriteNumber("bytes", file.Bytes);
        _writer.WriteNumber("lines", file.Lines);
        _writer.WritePropertyName("warnings");
        JsonSerializer.Serialize(_writer, file.Warnings, Options);
        _writer.WritePropertyName("chunks");
        JsonSerializer.Serialize(_writer, file.Chunks, Options);
        _writer.WriteEndObject();
        if (_writer.BytesPending + _buffer.Length > 1 << 16)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task WriteSummaryAsync(RunSummary summary, TimeSpan elapsed, CancellationToken cancellationToken = default)
    {
        _writer.WriteEndArray();
        _writer.WriteStartArray("skipped");
        foreach (var skipped in _skipped)
        {
            _writer.WriteStartObject();
            _writer.WriteString("path", skipped.RelativePath);
            _writer.WriteString("reason", skipped.Reason);
            _writer.WriteEndObject();
        }
        _writer.WriteEndArray();
        _writer.WriteStartObject("summary");
        _writer.WriteNumber("files", summary.Files);
        _writer.WriteNumber("chunks", summary.Chunks);
        _writer.WriteNumber("skipped", summary.Skipped);
        _writer.WriteNumber("warnings", summary.Warnings);
        _writer.WriteNumber("bytes", summary.Bytes);
        _writer.WriteNumber("seconds", Math.Round(elapsed.TotalSeconds, 3));
        _writer.WritePropertyName("languages");
        JsonSerializer.Serialize(_writer, summary.Languages, Options);
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        await _output.WriteLineAsync().ConfigureAwait(false);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _output.WriteAsync(System.Text.Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length).AsMemory(), cancellationToken).ConfigureAwait(false);
        _buffer.SetLength(0);
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        await _buffer.DisposeAsync().ConfigureAwait(false);
    }
}
