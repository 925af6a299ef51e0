namespace CodeIntel.Translation.Fortran.Semantics;

/// <summary>
/// A resolved Fortran type: base (<c>integer</c>, <c>real</c>, <c>logical</c>, <c>character</c>, <c>complex</c>), kind
/// in bytes (4 or 8 for numbers) and, for character, the length (null: assumed, <c>len=*</c>).
/// </summary>
public sealed record FType(string Base, int Kind, int? Len = 1)
{
    public static readonly FType DefaultInteger = new("integer", 4);
    public static readonly FType DefaultReal = new("real", 4);
    public static readonly FType DoublePrecision = new("real", 8);
    public static readonly FType DefaultLogical = new("logical", 4);
    public static readonly FType AnyCharacter = new("character", 1, null);

    public bool IsNumeric => Base is "integer" or "real" or "complex";

    public bool IsInteger => Base == "integer";

    public bool IsReal => Base == "real";

    public bool IsCharacter => Base == "character";

    /// <summary>The C++ spelling of a scalar of this type.</summary>
    public string Cpp => Base switch
    {
        "integer" => Kind switch { 8 => "long long", 2 => "short", 1 => "signed char", _ => "int" },
        "real" => Kind switch { 8 => "double", 16 => "long double", _ => "float" },
        "logical" => "bool",
        "complex" => Kind == 8 ? "std::complex<double>" : "std::complex<float>",
        "character" => Len is { } n ? $"ftn::fchar<{n}>" : "std::string",
        _ => "auto",
    };
}
