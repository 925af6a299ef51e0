namespace CodeIntel.Translation;

/// <summary>A language CodeIntel translates into. Ids are what the CLI's <c>--to</c> and the LSP request accept.</summary>
public sealed class TranslationTarget
{
    public static readonly TranslationTarget Python = new("python", "Python", ".py");
    public static readonly TranslationTarget Cpp = new("cpp", "C++", ".cpp");
    public static readonly TranslationTarget Cuda = new("cuda", "CUDA", ".cu");
    public static readonly TranslationTarget CSharp = new("csharp", "C#", ".cs");
    public static readonly TranslationTarget Java = new("java", "Java", ".java");

    public static IReadOnlyList<TranslationTarget> All { get; } = [Python, Cpp, Cuda, CSharp, Java];

    private TranslationTarget(string id, string name, string extension)
    {
        Id = id;
        Name = name;
        Extension = extension;
    }

    /// <summary>Lower-case id: <c>python</c>, <c>cpp</c>, <c>cuda</c>, <c>csharp</c>, <c>java</c>.</summary>
    public string Id { get; }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>File extension of the output, with its dot.</summary>
    public string Extension { get; }

    /// <summary>The target with this id (case-insensitive), or null.</summary>
    public static TranslationTarget? FromId(string id) =>
        All.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Id;
}
