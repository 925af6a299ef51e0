namespace CodeIntel.Parsing.Chunking;

/// <summary>What a chunk holds.</summary>
public enum ChunkKind
{
    /// <summary>A free function (or a function-valued variable such as a JavaScript arrow function).</summary>
    Function,
    Method,
    Constructor,
    /// <summary>A C# property, indexer or event with accessors.</summary>
    Property,
    /// <summary>A class's header: its declaration and fields, with separately chunked members elided.</summary>
    Class,
    Struct,
    Interface,
    Enum,
    Record,
    Trait,
    /// <summary>Code outside any unit: imports, globals, script statements, PHP's inline HTML.</summary>
    TopLevel,
    /// <summary>A window of lines from a file without a grammar (or one that could not be parsed).</summary>
    Window,
}

internal static class ChunkKindExtensions
{
    /// <summary>True for kinds whose members are chunked separately and which get an outline ("header") chunk.</summary>
    public static bool IsContainer(this ChunkKind kind) =>
        kind is ChunkKind.Class or ChunkKind.Struct or ChunkKind.Interface or ChunkKind.Enum or ChunkKind.Record or ChunkKind.Trait;
}
