using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>Math (with .NET's double results and rounding modes), Enum's static methods and the default comparers.</summary>
internal sealed partial class CSharpLowering
{
    private bool IsMidpointRounding(ExpressionSyntax argument) => SymbolOf(argument) is IFieldSymbol { ContainingType.Name: "MidpointRounding" };

    private PyExpression? LowerMath(LibraryCall call)
    {
        var math = (string name) => (PyExpression)new PyMember(ModuleName("math"), name);
        var args = call.Arguments.Where(a => !IsMidpointRounding(a)).Select(Lower).ToArray();
        return (call.Name, call.Count) switch
        {
            ("Max", 2) => Py.Call("max", args),
            ("Min", 2) => Py.Call("min", args),
            ("Abs", 1) => Py.Call("abs", args),
            // Where Python raises (a domain error, an overflow), IEEE's NaN and infinities, as .NET gives them.
            ("Pow", 2) => new PyCall(Helper(CSharpHelpers.Power), args),
            ("Sqrt" or "Exp" or "Sin" or "Cos" or "Tan" or "Asin" or "Acos" or "Sinh" or "Cosh", 1) => new PyCall(Helper(CSharpHelpers.MathFunction), [math(call.Name.ToLowerInvariant()), args[0]]),
            ("Log" or "Log10" or "Log2", 1) => new PyCall(Helper(CSharpHelpers.Logarithm), [math(call.Name.ToLowerInvariant()), args[0]]),
            ("Atan" or "Tanh" or "Cbrt", 1) => new PyCall(math(call.Name.ToLowerInvariant()), args),
            ("Log", 2) => new PyCall(Helper(CSharpHelpers.LogarithmBase), args),
            ("Atan2", 2) or ("Hypot", 2) => new PyCall(math(call.Name.ToLowerInvariant()), args),
            ("Floor", 1) => new PyCall(math("floor"), args),
            ("Ceiling" or "Truncate" or "Round", 1) when KeepsDoubleResult(call) =>
                new PyCall(Helper(CSharpHelpers.Whole), [call.Name == "Round" ? Py.Name("round") : math(call.Name == "Ceiling" ? "ceil" : "trunc"), args[0]]),
            ("Ceiling", 1) => new PyCall(math("ceil"), args),
            ("Truncate", 1) => new PyCall(math("trunc"), args),
            ("Round", 2 or 3) when SymbolOf(call.Arguments[^1]) is IFieldSymbol { ContainingType.Name: "MidpointRounding" } rounding => rounding.Name switch
            {
                "ToEven" => Py.Call("round", args),
                "AwayFromZero" => new PyCall(Helper(CSharpHelpers.RoundAway), args),
                "ToZero" or "ToNegativeInfinity" or "ToPositiveInfinity" => new PyCall(Helper(CSharpHelpers.RoundDirected),
                    [args[0], args.Length > 1 ? args[1] : Py.Number(0), new PyString(rounding.Name switch { "ToZero" => "ROUND_DOWN", "ToNegativeInfinity" => "ROUND_FLOOR", _ => "ROUND_CEILING" })]),
                _ => throw Unsupported(call.Syntax, $"Math.Round with MidpointRounding.{rounding.Name} is not translated"),
            },
            ("Round", 1 or 2) when call.Arguments.All(a => Classify(TypeOf(a)) is CsKind.Int or CsKind.Float) => Py.Call("round", args), // both round half to even
            ("Sign", 1) => new PyCall(Helper(CSharpHelpers.Compare), [args[0], Py.Number(0)]),
            ("Clamp", 3) => Py.Call("max", args[1], Py.Call("min", args[0], args[2])),
            ("BigMul", 2) => Py.Binary(args[0], PyBinaryOperator.Multiply, args[1]),
            _ => null,
        };
    }

    /// <summary>
    /// Math.Ceiling, Truncate and Round of a double give a double, -0 for a small negative number; Python's give
    /// an int. Where the result is cast to an integer at once the int is what C# keeps too.
    /// </summary>
    private bool KeepsDoubleResult(LibraryCall call)
    {
        SyntaxNode parent = call.Syntax.Parent!;
        while (parent is ParenthesizedExpressionSyntax)
        {
            parent = parent.Parent!;
        }
        return KindOf(call.Arguments[0]) == CsKind.Float && TypeOf(call.Arguments[0])?.SpecialType is SpecialType.System_Double or SpecialType.System_Single
            && !(parent is CastExpressionSyntax cast && Classify(_model.GetTypeInfo(cast.Type, _cancellationToken).Type) == CsKind.Int);
    }

    /// <summary><c>EqualityComparer&lt;T&gt;.Default.Equals(a, b)</c> and <c>Comparer&lt;T&gt;.Default.Compare(a, b)</c>: Python's own equality and order.</summary>
    private PyExpression? LowerDefaultComparer(LibraryCall call) => (call.Name, call.Count) switch
    {
        ("Equals", 2) => Py.Compare(Arg(call, 0), PyCompareOperator.Equal, Arg(call, 1)),
        ("GetHashCode", 1) => Py.Call("hash", Arg(call, 0)),
        ("Compare", 2) => new PyCall(Helper(CSharpHelpers.Compare), [Arg(call, 0), Arg(call, 1)]),
        _ => null,
    };

    /// <summary>Enum.GetValues&lt;T&gt;() and GetNames: the members of the IntEnum in value order; Enum.Parse&lt;T&gt;(name) looks the member up.</summary>
    private PyExpression? LowerEnumStatic(LibraryCall call)
    {
        var enumType = call.Method.TypeArguments.Length > 0 ? call.Method.TypeArguments[0]
            : call.Arguments is [TypeOfExpressionSyntax typeOf, ..] ? _model.GetTypeInfo(typeOf.Type, _cancellationToken).Type : null;
        if (enumType is null || !IsFromSource(enumType) && !IsDayOfWeek(enumType))
        {
            return null;
        }
        var enumClass = IsDayOfWeek(enumType) ? Helper(CSharpHelpers.DayOfWeek) : Py.Name(NameOf(enumType));
        var members = Py.Call("sorted", enumClass);
        var typed = call.Method.TypeArguments.Length > 0 ? 0 : 1;
        return (call.Name, call.Count - typed) switch
        {
            ("GetValues", 0) => members,
            ("GetNames", 0) => new PyComprehension(new PyMember(Py.Name("m"), "name"), Py.Name("m"), members),
            ("Parse", 1) => new PySubscript(enumClass, Arg(call, typed)),
            ("TryParse", 2 or 3) when typed == 0 && call.Arguments[^1].Parent is ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword } => TryParseEnum(call, enumClass),
            _ => null,
        };
    }

    /// <summary><c>Enum.TryParse&lt;E&gt;(s[, ignoreCase], out var e)</c>: <c>(ok, e) = try_parse_enum(E, s, ignore_case)</c>; the call's value is ok.</summary>
    private PyExpression TryParseEnum(LibraryCall call, PyExpression enumClass)
    {
        var parsed = Temporary("parsed");
        var attempt = new PyCall(Helper(CSharpHelpers.TryParseEnum), [enumClass, Arg(call, 0), call.Count == 3 ? Arg(call, 1) : PyConstant.False]);
        if (EvaluatedUnconditionally(call.Syntax))
        {
            Hoist(call.Syntax, new PyAssign([new PyTuple([Py.Name(parsed), LowerOutTarget(call.Arguments[^1])])], attempt));
            return Py.Name(parsed);
        }
        return OutIdiom(call.Syntax, call.Arguments[^1], [(parsed, attempt)], new PySubscript(Py.Name(parsed), Py.Number(1)), new PySubscript(Py.Name(parsed), Py.Number(0)));
    }

    /// <summary>A [Flags] enum prints a combination as .NET does (<c>A, B</c>); any other enum prints its member's name.</summary>
    private PyExpression EnumText(PyExpression value, ITypeSymbol? type) =>
        IsFlags(type) ? new PyCall(Helper(CSharpHelpers.FlagsName), [value]) : new PyMember(value, "name");

    private static bool IsFlags(ITypeSymbol? type) => type is not null && type.GetAttributes().Any(a => a.AttributeClass?.Name == "FlagsAttribute");

    /// <summary><c>e.HasFlag(f)</c>: every bit of f is set in e (true for a zero f), the flag read once.</summary>
    private PyExpression HasFlag(PyExpression value, PyExpression flag)
    {
        if (flag is PyName or PyMember { Value: PyName })
        {
            return Py.Compare(Py.Binary(value, PyBinaryOperator.BitAnd, flag), PyCompareOperator.Equal, flag);
        }
        var held = Temporary("flag");
        return Py.Compare(Py.Binary(value, PyBinaryOperator.BitAnd, new PyNamedExpression(held, flag)), PyCompareOperator.Equal, Py.Name(held));
    }
}
