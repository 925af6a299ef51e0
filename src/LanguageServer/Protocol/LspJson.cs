using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeIntel.LanguageServer.Protocol;

/// <summary>How the server reads params and writes results: LSP's camelCase, nulls left out, enums by name.</summary>
internal static class LspJson
{
    public static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        return options;
    }

    /// <summary>
    /// Reads a request's params as <typeparamref name="T"/>; anything that does not fit answers InvalidParams
    /// naming the method and the offending member, so a client author can see what to fix.
    /// </summary>
    public static T ReadParams<T>(JsonElement parameters, string method, JsonSerializerOptions options)
    {
        if (parameters.ValueKind != JsonValueKind.Object)
        {
            throw LspErrors.Invalid($"'{method}': params must be a JSON object, not {Describe(parameters.ValueKind)}.");
        }
        try
        {
            return parameters.Deserialize<T>(options) ?? throw LspErrors.Invalid($"'{method}': params are missing.");
        }
        catch (JsonException e)
        {
            throw LspErrors.Invalid($"'{method}': invalid params: {e.Message}");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "missing",
    };
}
