namespace CodeIntel.Parsing.Chunking;

/// <summary>
/// A function, method, type or other declaration found by a unit extractor, before it becomes chunks.
/// </summary>
/// <param name="Kind">What the unit is.</param>
/// <param name="Name">Its own name.</param>
/// <param name="SymbolPath">Enclosing symbols and its name, joined by dots.</param>
/// <param name="StartByte">Start, including attached doc comments, attributes, decorators, <c>export</c>.</param>
/// <param name="EndByte">End, exclusive.</param>
/// <param name="BodyStartByte">Where its body starts (the brace or the indented block), or -1 when it has none.</param>
/// <param name="Region">The syntax to split along when the unit is over the token budget.</param>
/// <param name="Members">Units declared inside a container, chunked on their own.</param>
internal sealed record CodeUnit(
    ChunkKind Kind,
    string Name,
    string SymbolPath,
    int StartByte,
    int EndByte,
    int BodyStartByte,
    ISyntaxRegion Region,
    IReadOnlyList<CodeUnit> Members);
