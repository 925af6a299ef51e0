using System.Text.Json.Serialization;

namespace CodeIntel.LanguageServer.Protocol;

/// <summary>An LSP range: start inclusive, end exclusive.</summary>
internal sealed record LspRange(Position Start, Position End)
{
    [JsonIgnore]
    public bool IsEmpty => Start.Line == End.Line && Start.Character == End.Character;
}
