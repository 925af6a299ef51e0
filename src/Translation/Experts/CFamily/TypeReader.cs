using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>Reads Java and C++ type nodes (and C++ declarators, which carry array and pointer parts) into <see cref="CType"/>.</summary>
internal static class TypeReader
{
    public static CType Read(SyntaxNode type)
    {
        switch (type.Type)
        {
            case "array_type":
                var element = Read(type.ChildByField("element")!.Value);
                return Wrap(element, Rank(type.ChildByField("dimensions")));
            case "generic_type":
            case "template_type":
                var name = type.NamedChildren.FirstOrDefault(c => c.Type is "type_identifier" or "scoped_type_identifier");
                var arguments = type.NamedChildren.FirstOrDefault(c => c.Type is "type_arguments" or "template_argument_list");
                var types = arguments.IsNull ? [] : arguments.NamedChildren.Select(Read).ToArray();
                if (!name.IsNull && LastSegment(name.Text) == "priority_queue")
                {
                    // std::priority_queue is a max-heap unless its comparator is greater<T>.
                    var minimum = !arguments.IsNull && arguments.Text.Contains("greater", StringComparison.Ordinal);
                    return CType.ListOf(types.Length > 0 ? types[0] : CType.Unknown, minimum ? "min-heap" : "max-heap");
                }
                return Generic(LastSegment(name.IsNull ? type.Text : name.Text), types);
            case "qualified_identifier":
                return type.ChildByField("name") is { } inner ? Read(inner) : Named(LastSegment(type.Text));
            case "type_descriptor":
                var described = Read(type.ChildByField("type")!.Value);
                return type.ChildByField("declarator") is { } abstractDeclarator ? Declared(described, abstractDeclarator).Type : described;
            case "sized_type_specifier":
                var text = type.Text;
                return text.Contains("double", StringComparison.Ordinal) ? CType.Float with { Width = 6 }
                    : text.Contains("char", StringComparison.Ordinal) ? CType.Char
                    : CType.Int with
                    {
                        Unsigned = text.Contains("unsigned", StringComparison.Ordinal),
                        Width = text.Contains("long", StringComparison.Ordinal) ? 4 : text.Contains("short", StringComparison.Ordinal) ? 2 : 3,
                    };
            default:
                return Named(LastSegment(type.Text));
        }
    }

    /// <summary>The variable's name and full type from a C++ declarator (<c>arr[]</c>, <c>*p</c>, <c>&amp;r</c>, <c>x = 1</c>).</summary>
    public static (string? Name, CType Type, SyntaxNode? Sizes) Declared(CType type, SyntaxNode declarator)
    {
        switch (declarator.Type)
        {
            case "identifier":
            case "field_identifier":
                return (declarator.Text, type, null);
            case "array_declarator":
            case "abstract_array_declarator":
                var inner = declarator.ChildByField("declarator");
                var (name, innerType, _) = inner is { } i ? Declared(type, i) : (null, type, null);
                return (name, Wrap(innerType, 1), declarator);
            case "pointer_declarator":
            case "abstract_pointer_declarator":
                var pointee = declarator.ChildByField("declarator");
                // char* is a C string; any other pointer parameter is an array in the code this translates.
                var pointerType = type.Kind == CKind.Char ? CType.String : CType.ListOf(type);
                return pointee is { } p ? (Declared(pointerType, p).Name, pointerType, null) : (null, pointerType, null);
            case "reference_declarator":
            case "abstract_reference_declarator":
                var referred = declarator.NamedChildren;
                return referred.Count == 0 ? (null, type, null) : Declared(type, referred[0]);
            case "init_declarator":
                return Declared(type, declarator.ChildByField("declarator")!.Value);
            default:
                return (null, type, null);
        }
    }

    /// <summary><paramref name="element"/> wrapped in <paramref name="rank"/> list levels.</summary>
    public static CType Wrap(CType element, int rank)
    {
        for (var i = 0; i < rank; i++)
        {
            element = CType.ListOf(element);
        }
        return element;
    }

    /// <summary>The number of <c>[]</c> pairs in a Java <c>dimensions</c> node.</summary>
    public static int Rank(SyntaxNode? dimensions) => dimensions is { } d ? d.Text.Count(c => c == '[') : 0;

    private static string LastSegment(string text)
    {
        var index = Math.Max(text.LastIndexOf("::", StringComparison.Ordinal), text.LastIndexOf('.'));
        var name = index < 0 ? text : text[(index + (text[index] == ':' ? 2 : 1))..];
        var generic = name.IndexOf('<', StringComparison.Ordinal);
        return (generic < 0 ? name : name[..generic]).Trim();
    }

    private static CType Generic(string name, CType[] arguments)
    {
        var first = arguments.Length > 0 ? arguments[0] : CType.Unknown;
        var second = arguments.Length > 1 ? arguments[1] : CType.Unknown;
        return name switch
        {
            "map" or "TreeMap" => new CType(CKind.Map, second, first, name, Sorted: name is "map" or "TreeMap"),
            "unordered_map" or "HashMap" or "Map" or "LinkedHashMap" or "Hashtable" => new CType(CKind.Map, second, first, name),
            "set" or "TreeSet" or "SortedSet" => new CType(CKind.Set, first, Name: name, Sorted: true),
            "unordered_set" or "HashSet" or "Set" or "LinkedHashSet" => new CType(CKind.Set, first, Name: name),
            "pair" => new CType(CKind.Pair, second, first, name),
            "PriorityQueue" => CType.ListOf(first, "min-heap"),
            _ when IsSequence(name) => CType.ListOf(first, name),
            _ => Named(name),
        };
    }

    private static bool IsSequence(string name) => name is "vector" or "ArrayList" or "List" or "LinkedList" or "Vector" or "Stack"
        or "Queue" or "Deque" or "ArrayDeque" or "stack" or "queue" or "deque" or "list" or "array" or "Collection" or "Iterable";

    private static CType Named(string name) => name is "Byte" or "Short" or "Integer" or "Long" or "Character"
        ? Unboxed(name) with { Boxed = true }
        : Unboxed(name);

    private static CType Unboxed(string name) => name switch
    {
        "byte" or "Byte" or "int8_t" => CType.Int with { Width = 1 },
        "short" or "Short" or "int16_t" => CType.Int with { Width = 2 },
        "int" or "Integer" or "int32_t" or "signed" => CType.Int with { Width = 3 },
        "long" or "Long" or "int64_t" or "ll" or "lli" or "ssize_t" or "ptrdiff_t" => CType.Int with { Width = 4 },
        "BigInteger" => CType.Int,
        "unsigned" or "uint32_t" => CType.Int with { Unsigned = true, Width = 3 },
        "size_t" or "uint64_t" or "ull" => CType.Int with { Unsigned = true, Width = 4 },
        "uint8_t" or "uint16_t" => CType.Int with { Unsigned = true },
        "float" or "Float" => CType.Float with { Width = 5 },
        "double" or "Double" => CType.Float with { Width = 6 },
        "BigDecimal" => CType.Float,
        "bool" or "boolean" or "Boolean" => CType.Bool,
        "char" or "Character" or "wchar_t" => CType.Char,
        "String" or "string" or "CharSequence" => CType.String,
        "StringBuilder" or "StringBuffer" => new CType(CKind.StringBuilder, Name: name),
        "void" => CType.Void,
        "auto" or "var" => CType.Unknown,
        _ when IsSequence(name) => CType.ListOf(CType.Unknown, name),
        _ => new CType(CKind.Object, Name: name),
    };
}
