namespace CodeIntel.Evaluation.Metrics.CodeBleu;

/// <summary>
/// The keyword sets CodeBLEU weights five times more than other tokens in its weighted n-gram match: each
/// language's reserved words (Java: JLS 3.9; C#: the reserved and contextual keywords of the C# reference;
/// Python: <c>keyword.kwlist</c>; C++: the C++ keywords and alternative operators plus the standard-library names
/// XLCoST adds). Written out here so that the metric has no data-file dependency.
/// </summary>
public static class CodeBleuKeywords
{
    public static IReadOnlySet<string> Java { get; } = Set(
        "abstract assert boolean break byte case catch char class const continue default do double else enum extends final finally float for goto if implements import instanceof int interface long native new package private protected public return short static strictfp super switch synchronized this throw throws transient try void volatile while");

    public static IReadOnlySet<string> CSharp { get; } = Set(
        // Reserved keywords.
        "abstract as base bool break byte case catch char checked class const continue decimal default delegate do double else enum event explicit extern false finally fixed float for foreach goto if implicit in int interface internal is lock long namespace new null object operator out override params private protected public readonly ref return sbyte sealed short sizeof stackalloc static string struct switch this throw true try typeof uint ulong unchecked unsafe ushort using virtual void volatile while " +
        // Contextual keywords.
        "add alias ascending async await by descending dynamic equals from get global group into join let nameof notnull on orderby partial remove select set unmanaged value var when where yield");

    public static IReadOnlySet<string> Python { get; } = Set(
        "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield");

    public static IReadOnlySet<string> Cpp { get; } = Set(
        // C keywords shared with C++.
        "auto const double float int short struct unsigned break continue else for long signed switch void case default enum goto register sizeof typedef volatile char do extern if return static union while " +
        // C++ keywords.
        "asm dynamic_cast namespace reinterpret_cast bool explicit new static_cast typeid catch false try operator template typename class friend private this using const_cast inline public throw virtual delete mutable protected true wchar_t " +
        // Alternative operator spellings.
        "and bitand compl not_eq or_eq xor_eq and_eq bitor not or xor " +
        // Standard-library names treated as keywords by XLCoST.
        "cin endl INT_MIN iomanip main npos std cout include INT_MAX iostream MAX_RAND NULL string");

    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
