using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CodeIntel.LanguageServer.Protocol;

namespace CodeIntel.LanguageServer.Hosting;

/// <summary>
/// Stands between the client's stream and StreamJsonRpc, which drops the whole connection on one malformed frame.
/// Reads header-delimited frames, passes well-formed JSON-RPC messages on unchanged, and replaces anything else
/// (bad headers, wrong Content-Length, invalid JSON, not a JSON-RPC message) by a message to
/// <see cref="RejectMethod"/> whose handler answers the client with a JSON-RPC error: under the request's id when one
/// can be read from the bytes, else as a logged notice. After a bad frame it resynchronises on the next header.
/// </summary>
internal sealed partial class FrameSanitizer(Stream input, PipeWriter output, ServerLog log)
{
    /// <summary>The internal method a rejected message is rewritten to; no client can reach it otherwise.</summary>
    public const string RejectMethod = "$/codeIntel/rejectMessage";

    /// <summary>The same for a message without a usable id: a notification, since there is nothing to answer.</summary>
    public const string RejectNoticeMethod = "$/codeIntel/rejectedMessageNotice";

    private const int MaxHeaderBytes = 16 * 1024;
    private const int MaxContentLength = 256 * 1024 * 1024;
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();

    /// <summary>Copies frames until the client's stream ends, then completes <paramref name="output"/>.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var reader = PipeReader.Create(input);
        try
        {
            while (await ReadFrameAsync(reader, cancellationToken).ConfigureAwait(false))
            {
            }
        }
        catch (IOException e)
        {
            log.Warn($"the client's stream failed: {e.Message}");
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
            await output.CompleteAsync().ConfigureAwait(false);
        }
    }

    private async Task<bool> ReadFrameAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        // Header block: everything up to the first blank line.
        ReadResult read;
        SequencePosition? end;
        while (true)
        {
            read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            end = Find(read.Buffer, HeaderEnd);
            if (end is not null)
            {
                break;
            }
            if (read.Buffer.Length > MaxHeaderBytes)
            {
                await RejectAsync(LspErrors.ParseError, $"No blank line ended the header within {MaxHeaderBytes / 1024} KiB; the bytes were dropped.", null, cancellationToken).ConfigureAwait(false);
                reader.AdvanceTo(read.Buffer.End);
                continue;
            }
            if (read.IsCompleted)
            {
                if (read.Buffer.Length > 0 && !IsWhitespace(read.Buffer))
                {
                    log.Warn($"the client's stream ended inside a header ({read.Buffer.Length} bytes dropped)");
                }
                return false;
            }
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
        var header = Encoding.ASCII.GetString(read.Buffer.Slice(0, end.Value));
        reader.AdvanceTo(read.Buffer.GetPosition(HeaderEnd.Length, end.Value));

        var length = ParseContentLength(header, out var headerError);
        if (length is null)
        {
            await RejectAsync(LspErrors.ParseError, headerError!, null, cancellationToken).ConfigureAwait(false);
            return true;
        }

        // Body: exactly Content-Length bytes.
        while (true)
        {
            read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (read.Buffer.Length >= length.Value)
            {
                break;
            }
            if (read.IsCompleted)
            {
                log.Warn($"the client's stream ended inside a message: Content-Length was {length} but only {read.Buffer.Length} bytes came");
                return false;
            }
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
        var body = read.Buffer.Slice(0, length.Value).ToArray();
        reader.AdvanceTo(read.Buffer.GetPosition(length.Value));
        await ForwardOrRejectAsync(body, length.Value, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task ForwardOrRejectAsync(byte[] body, int length, CancellationToken cancellationToken)
    {
        string? problem;
        string? id = null;
        var code = LspErrors.InvalidRequest;
        try
        {
            using var document = JsonDocument.Parse(body);
            problem = MessageShape.Check(document.RootElement, out id, out code);
        }
        catch (JsonException e)
        {
            code = LspErrors.ParseError;
            id = SalvageId(body);
            problem = $"The message body is not valid JSON ({e.Message}). Check that Content-Length ({length}) counts the UTF-8 bytes of the body exactly.";
        }
        if (problem is null)
        {
            await WriteFrameAsync(body, cancellationToken).ConfigureAwait(false);
            return;
        }
        await RejectAsync(code, problem, id, cancellationToken).ConfigureAwait(false);
    }

    private async Task RejectAsync(int code, string message, string? id, CancellationToken cancellationToken)
    {
        log.Warn($"rejected a message from the client: {message}");
        var parameters = JsonSerializer.Serialize(new RejectedMessageParams(code, message), LspJsonDefaults);
        var replacement = id is null
            ? $$"""{"jsonrpc":"2.0","method":"{{RejectNoticeMethod}}","params":{{parameters}}}"""
            : $$"""{"jsonrpc":"2.0","id":{{id}},"method":"{{RejectMethod}}","params":{{parameters}}}""";
        await WriteFrameAsync(Encoding.UTF8.GetBytes(replacement), cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteFrameAsync(byte[] body, CancellationToken cancellationToken)
    {
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
        await output.WriteAsync(header, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The last Content-Length in the block wins, so bytes left over from a frame whose length was wrong (they
    /// precede the next header) are skipped rather than taken for headers.
    /// </summary>
    private static int? ParseContentLength(string header, out string? error)
    {
        var at = header.LastIndexOf("content-length:", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            error = $"A message header had no Content-Length ({Quote(header)}); every message needs 'Content-Length: <bytes>'.";
            return null;
        }
        var lineEnd = header.IndexOf('\r', at);
        var value = (lineEnd < 0 ? header[(at + 15)..] : header[(at + 15)..lineEnd]).Trim();
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length > MaxContentLength)
        {
            error = $"Content-Length '{value}' is not a byte count from 0 to {MaxContentLength}.";
            return null;
        }
        error = null;
        return length;
    }

    private static string? SalvageId(byte[] body)
    {
        var match = IdPattern().Match(Encoding.UTF8.GetString(body));
        return match.Success ? match.Groups[1].Value : null;
    }

    private static SequencePosition? Find(ReadOnlySequence<byte> buffer, byte[] pattern)
    {
        var reader = new SequenceReader<byte>(buffer);
        return reader.TryReadTo(out ReadOnlySequence<byte> _, pattern, advancePastDelimiter: false) ? reader.Position : null;
    }

    private static bool IsWhitespace(ReadOnlySequence<byte> buffer)
    {
        foreach (var segment in buffer)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t'))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static string Quote(string header) => header.Length <= 60 ? header.ReplaceLineEndings(" ") : header[..60].ReplaceLineEndings(" ") + "...";

    private static readonly JsonSerializerOptions LspJsonDefaults = LspJson.CreateOptions();

    [GeneratedRegex("\"id\"\\s*:\\s*(-?\\d{1,15}|\"(?:[^\"\\\\]|\\\\.){0,200}\")")]
    private static partial Regex IdPattern();
}
