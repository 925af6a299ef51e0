using System.Text.Json.Nodes;

namespace CodeIntel.LanguageServer.Tests.Support;

/// <summary>Reading responses in assertions, with the whole message in the failure text.</summary>
internal static class Responses
{
    public static JsonNode Result(JsonObject response) =>
        response["result"] ?? throw new Xunit.Sdk.XunitException($"Expected a result, got: {response.ToJsonString()}");

    /// <summary>A successful response whose result is null (shutdown's answer).</summary>
    public static bool IsNullResult(JsonObject response) => response.ContainsKey("result") && response["result"] is null && response["error"] is null;

    public static (int Code, string Message) Error(JsonObject response)
    {
        var error = response["error"] ?? throw new Xunit.Sdk.XunitException($"Expected an error, got: {response.ToJsonString()}");
        return ((int)error["code"]!, (string)error["message"]!);
    }

    /// <summary>The symbols of a <c>codeIntel/search</c> result, best first.</summary>
    public static IReadOnlyList<string> Symbols(JsonObject response) =>
        Result(response)["results"]!.AsArray().Select(r => (string)r!["symbol"]!).ToList();
}
