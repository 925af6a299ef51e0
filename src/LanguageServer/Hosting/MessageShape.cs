using System.Text.Json;
using CodeIntel.LanguageServer.Protocol;

namespace CodeIntel.LanguageServer.Hosting;

/// <summary>Checks that a parsed JSON value is a JSON-RPC 2.0 request, notification or response that LSP allows.</summary>
internal static class MessageShape
{
    /// <summary>Null when the message is acceptable, else what is wrong; <paramref name="id"/> gets its id's JSON text if it has a usable one.</summary>
    public static string? Check(JsonElement message, out string? id, out int code)
    {
        id = null;
        code = LspErrors.InvalidRequest;
        if (message.ValueKind == JsonValueKind.Array)
        {
            return "JSON-RPC batches (arrays) are not used by LSP; send one message per frame.";
        }
        if (message.ValueKind != JsonValueKind.Object)
        {
            return $"A message must be a JSON object, not {message.ValueKind.ToString().ToLowerInvariant()}.";
        }
        if (message.TryGetProperty("id", out var idValue))
        {
            if (idValue.ValueKind is JsonValueKind.Number or JsonValueKind.String)
            {
                id = idValue.GetRawText();
            }
            else if (idValue.ValueKind != JsonValueKind.Null)
            {
                return "A message's id must be an integer or a string.";
            }
        }
        if (!message.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
        {
            return "A message must carry \"jsonrpc\": \"2.0\".";
        }
        if (message.TryGetProperty("method", out var method))
        {
            if (method.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(method.GetString()))
            {
                return "A message's method must be a non-empty string.";
            }
            if (method.GetString() is FrameSanitizer.RejectMethod or FrameSanitizer.RejectNoticeMethod)
            {
                return $"The method '{method.GetString()}' is internal to the server.";
            }
            // LSP passes every method's params as one object; null is read as absent.
            if (message.TryGetProperty("params", out var parameters) && parameters.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            {
                code = LspErrors.InvalidParams;
                return $"'{method.GetString()}': params must be a JSON object (LSP passes params by name), not {parameters.ValueKind.ToString().ToLowerInvariant()}.";
            }
            return null;
        }
        if (id is not null && (message.TryGetProperty("result", out _) || message.TryGetProperty("error", out _)))
        {
            return null;
        }
        return "A message must have a method (a request or notification) or an id with a result or error (a response).";
    }
}
