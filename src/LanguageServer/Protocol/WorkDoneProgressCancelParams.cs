using System.Text.Json;

namespace CodeIntel.LanguageServer.Protocol;

/// <summary>The progress token is an integer or a string; it is compared by its JSON text.</summary>
internal sealed record WorkDoneProgressCancelParams(JsonElement Token);
