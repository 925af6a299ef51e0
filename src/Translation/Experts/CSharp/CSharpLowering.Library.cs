using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Library calls and members, dispatched by the receiver's kind (string, list, dictionary...) or, for static
/// calls, by the declaring type (Console, Math, Convert, int/double, string, char, Array, Enumerable).
/// </summary>
internal sealed partial class CSharpLowering
{
    /// <summary>What a library call is made of: its syntax, the method Roslyn bound, and its receiver (null for static calls).</summary>
    private sealed record LibraryCall(InvocationExpressionSyntax Syntax, IMethodSymbol Method, ExpressionSyntax? ReceiverSyntax, IReadOnlyList<ExpressionSyntax> Arguments)
    {
        public string Name => Method.Name;

        public int Count => Arguments.Count;
    }

    private PyExpression LowerLibraryCall(InvocationExpressionSyntax invocation, IMethodSymbol method)
    {
        ExpressionSyntax? receiver = null;
        if (!method.IsStatic || method.ReducedFrom is not null)
        {
            receiver = invocation.Expression switch
            {
                MemberAccessExpressionSyntax member => member.Expression,
                MemberBindingExpressionSyntax => null,
                _ => null,
            };
        }
        var call = new LibraryCall(invocation, method, receiver, [.. invocation.ArgumentList.Arguments.Select(a => a.Expression).Where(a => !IsNeutralArgument(a))]);
        if (invocation.ArgumentList.Arguments.Any(a => a.RefKindKeyword.RawKind != 0) && !IsOutIdiom(method))
        {
            throw Unsupported(invocation, $"{method.ContainingType.Name}.{method.Name} with ref/out arguments is not translated");
        }
        if (IgnoringCase(call) is { } caseless)
        {
            return caseless;
        }
        var declaring = FullName((method.ReducedFrom ?? method).ContainingType);
        if (declaring == "System.Linq.Enumerable")
        {
            return LowerLinq(call) ?? throw Unsupported(invocation, $"LINQ {method.Name} is not translated");
        }
        if (invocation.Expression is MemberBindingExpressionSyntax && !method.IsStatic)
        {
            var (bound, type) = _conditionalReceivers.Peek();
            return LowerInstanceCall(call, bound, Classify(type), type) ?? throw Unsupported(invocation, $"{method.ContainingType.Name}.{method.Name} is not translated");
        }
        if (method.IsStatic)
        {
            return LowerStaticCall(call, declaring) ?? throw Unsupported(invocation, $"{method.ContainingType.Name}.{method.Name} is not translated");
        }
        if (receiver is null)
        {
            // GetType(), ToString() written without a receiver: this object's.
            var self = _model.GetEnclosingSymbol(invocation.SpanStart, _cancellationToken)?.ContainingType;
            return LowerInstanceCall(call, Py.Name("self"), Classify(self), self)
                ?? throw Unsupported(invocation, $"{method.ContainingType.Name}.{method.Name} is not translated");
        }
        var receiverType = TypeOf(receiver);
        if (SymbolOf(receiver) is IPropertySymbol { Name: "Default", ContainingType.Name: "EqualityComparer" or "Comparer" })
        {
            return LowerDefaultComparer(call) ?? throw Unsupported(invocation, $"{method.ContainingType.Name}.{method.Name} is not translated");
        }
        return LowerInstanceCall(call, Lower(receiver), Classify(receiverType), receiverType)
            ?? throw Unsupported(invocation, $"{method.ContainingType.Name}.{method.Name} is not translated");
    }

    /// <summary>What Uri.IsHexDigit accepts: ASCII hexadecimal digits only (a char is a one-character string).</summary>
    private const string HexDigits = "0123456789ABCDEFabcdef";

    private PyExpression Arg(LibraryCall call, int index) => Lower(call.Arguments[index]);

    private PyExpression? LowerStaticCall(LibraryCall call, string declaring) => declaring switch
    {
        "System.Console" => LowerConsole(call),
        "System.Threading.Tasks.Task" => LowerTaskStatic(call),
        "System.Math" or "System.MathF" => LowerMath(call),
        "System.String" => LowerStringStatic(call),
        "System.Char" => LowerCharStatic(call),
        "System.Convert" => LowerConvert(call),
        "System.Array" => LowerArrayStatic(call),
        "System.Int32" or "System.Int64" or "System.Int16" or "System.Byte" or "System.UInt32" or "System.UInt64" => LowerNumberStatic(call, integral: true),
        "System.Double" or "System.Single" or "System.Decimal" => LowerNumberStatic(call, integral: false),
        "System.Tuple" or "System.ValueTuple" when call.Name == "Create" => new PyTuple([.. call.Arguments.Select(Lower)]),
        "System.Enum" => LowerEnumStatic(call),
        "System.Text.RegularExpressions.Regex" => LowerRegexStatic(call),
        "System.DateOnly" => LowerDateStatic(call),
        // Both escape all but the unreserved characters of RFC 3986 and read %XX as UTF-8.
        "System.Uri" when call is { Name: "UnescapeDataString", Count: 1 } => new PyCall(Imported("urllib.parse", "unquote"), [Arg(call, 0)]),
        "System.Uri" when call is { Name: "EscapeDataString", Count: 1 } => new PyCall(Imported("urllib.parse", "quote"), [Arg(call, 0)], [new PyKeyword("safe", new PyString(string.Empty))]),
        "System.Uri" when call is { Name: "IsHexDigit", Count: 1 } => Py.Compare(Arg(call, 0), PyCompareOperator.In, new PyString(HexDigits)),
        // .NET seeds HashCode per process, so only equality of hash codes can matter, which hash() of the tuple keeps.
        "System.HashCode" when call.Name == "Combine" => Py.Call("hash", new PyTuple([.. call.Arguments.Select(Lower)])),
        "System.ArgumentNullException" when call is { Name: "ThrowIfNull", Count: 1 } =>
            new PyConditional(Py.Compare(Arg(call, 0), PyCompareOperator.Is, PyConstant.None),
                new PyCall(Helper(CSharpHelpers.Raise), [WithParamName(Py.Call(RaisedException(call.Method.ContainingType)!, new PyString($"Value cannot be null. (Parameter '{call.Arguments[0]}')")), new PyString(call.Arguments[0].ToString()))]), PyConstant.None),
        "System.Object" when call.Name is "Equals" or "ReferenceEquals" && call.Count == 2 => Py.Compare(Arg(call, 0), call.Name == "Equals" ? PyCompareOperator.Equal : PyCompareOperator.Is, Arg(call, 1)),
        _ => null,
    };

    private PyExpression? LowerInstanceCall(LibraryCall call, PyExpression receiver, CsKind kind, ITypeSymbol? receiverType)
    {
        if (receiverType is not null && FullName(receiverType).StartsWith(RegexNamespace, StringComparison.Ordinal))
        {
            return LowerRegexInstance(call, receiver, receiverType);
        }
        var result = kind switch
        {
            CsKind.Queue when IsNodeLinkedList(receiverType) => LinkedListCall(call, receiver),
            CsKind.String => LowerStringMethod(call, receiver),
            CsKind.StringBuilder => LowerBuilderMethod(call, receiver),
            CsKind.List or CsKind.Array => LowerListMethod(call, receiver, kind, receiverType),
            CsKind.Dictionary => LowerSortedListMethod(call, receiver, receiverType) ?? LowerDictionaryMethod(call, receiver, receiverType),
            CsKind.Set => LowerSetMethod(call, receiver),
            CsKind.Queue or CsKind.Stack => LowerQueueMethod(call, receiver, kind),
            CsKind.PriorityQueue => LowerPriorityQueueMethod(call, receiver),
            CsKind.Date => LowerDateMethod(call, receiver),
            CsKind.Enum when call is { Name: "HasFlag", Count: 1 } => HasFlag(receiver, Arg(call, 0)),
            _ => null,
        };
        if (result is not null)
        {
            return result;
        }
        // What every object has.
        return call.Name switch
        {
            "ToString" when call.Count == 0 => AsString(receiver, receiverType),
            "ToString" when call.Count == 1 && kind is CsKind.Int or CsKind.Float => NumberToString(call, receiver, receiverType),
            "Equals" when call.Count == 1 => Py.Compare(receiver, PyCompareOperator.Equal, Arg(call, 0)),
            "GetHashCode" when call.Count == 0 => Py.Call("hash", receiver),
            "CompareTo" when call.Count == 1 && kind is CsKind.Int or CsKind.Float or CsKind.Char or CsKind.String or CsKind.Bool or CsKind.Enum or CsKind.Date
                || receiverType is ITypeParameterSymbol => new PyCall(Helper(CSharpHelpers.Compare), [receiver, Arg(call, 0)]),
            "CompareTo" when call.Count == 1 => new PyCall(new PyMember(receiver, "CompareTo"), [Arg(call, 0)]),
            "GetType" when call.Count == 0 => Py.Call("type", receiver),
            // IEnumerable<T>.GetEnumerator() => _items.GetEnumerator(): an iterator over what foreach would walk.
            "GetEnumerator" when call.Count == 0 && call.ReceiverSyntax is { } walked && kind is CsKind.List or CsKind.Array or CsKind.Set or CsKind.Dictionary or CsKind.Queue or CsKind.Stack
                => Py.Call("iter", LowerIterable(walked)),
            // A lookup is a dict of its groups: Contains is a key test (which does not create the empty group).
            "Contains" when call.Count == 1 && receiverType?.Name is "ILookup" or "Lookup" => Py.Compare(Arg(call, 0), PyCompareOperator.In, receiver),
            "HasValue" => Py.Compare(receiver, PyCompareOperator.IsNot, PyConstant.None),
            "GetValueOrDefault" when call.Count == 0 => Coalesce(receiver, DefaultValue(((INamedTypeSymbol)receiverType!).TypeArguments.FirstOrDefault())),
            "Deconstruct" => null,
            "Dispose" when call.Count == 0 && receiverType?.SpecialType == SpecialType.System_IDisposable => DisposeThroughInterface(call.Syntax, receiver),
            _ when kind == CsKind.Char => LowerCharMethod(call, receiver),
            _ => null,
        };
    }

    private PyExpression? LowerConsole(LibraryCall call)
    {
        switch (call.Name)
        {
            case "WriteLine" or "Write":
                var keywords = call.Name == "Write" ? new List<PyKeyword> { new("end", new PyString(string.Empty)) } : null;
                if (call.Count == 0)
                {
                    return new PyCall(Py.Name("print"), [], keywords);
                }
                var text = call.Count == 1 ? PrintValue(call.Arguments[0]) : CompositeFormat(call.Syntax, call.Arguments[0], call.Arguments.Skip(1).ToList());
                return new PyCall(Py.Name("print"), [text], keywords);
            case "ReadLine":
                return Py.Call("input");
            default:
                return null;
        }
    }

    /// <summary>A value as print shows it the way Console.WriteLine would (whole doubles without ".0", enum names).</summary>
    private PyExpression PrintValue(ExpressionSyntax e)
    {
        var type = TypeOf(e);
        var value = Lower(e);
        return Classify(type) switch
        {
            CsKind.Float or CsKind.Enum or CsKind.StringBuilder or CsKind.Date or CsKind.Tuple => AsString(value, type),
            CsKind.Array when ((IArrayTypeSymbol)type!).ElementType.SpecialType == SpecialType.System_Char => Py.Method(new PyString(string.Empty), "join", value),
            _ when IsRegexType(type, "Match") => AsString(value, type),
            _ => value,
        };
    }

    private PyExpression? LowerConvert(LibraryCall call)
    {
        if (call.Count == 0)
        {
            return null;
        }
        var from = KindOf(call.Arguments[0]);
        var value = LowerCore(call.Arguments[0]);
        return (call.Name, call.Count, from) switch
        {
            ("ToInt32" or "ToInt64" or "ToInt16", 1, CsKind.String) => Py.Call("int", value),
            ("ToInt32" or "ToInt64" or "ToInt16", 1, CsKind.Float) => Py.Call("round", value), // rounds half to even, as Python
            ("ToInt32" or "ToInt64" or "ToInt16", 1, CsKind.Char) => Ord(value),
            ("ToInt32" or "ToInt64" or "ToInt16", 1, CsKind.Int or CsKind.Bool or CsKind.Enum) => Py.Call("int", value),
            ("ToInt32" or "ToInt64", 2, CsKind.String) => Py.Call("int", value, Arg(call, 1)),
            // Convert.ToByte("2A", 16): the string's value, OverflowError outside 0..255 as .NET throws OverflowException.
            ("ToByte", 1 or 2, CsKind.String) => new PyCall(Helper(CSharpHelpers.Checked),
                [call.Count == 1 ? Py.Call("int", value) : Py.Call("int", value, Arg(call, 1)), Py.Number(0), Py.Number(255)]),
            ("ToDecimal", 1, CsKind.String or CsKind.Int or CsKind.Float) => IsDecimal(TypeOf(call.Arguments[0])) ? value : ToDecimal(value, from),
            ("ToDouble" or "ToSingle", 1, CsKind.String or CsKind.Int or CsKind.Float) => Py.Call("float", value),
            ("ToChar", 1, CsKind.Int) => Chr(value),
            ("ToString", 1, _) => AsString(value, TypeOf(call.Arguments[0])),
            ("ToString", 2, CsKind.Int) when _model.GetConstantValue(call.Arguments[1], _cancellationToken).Value is int radix && radix is 2 or 8 or 16 =>
                Py.Call("format", Py.Binary(value, PyBinaryOperator.BitAnd, new PyNumber(IsLong(call.Arguments[0]) ? "0xFFFFFFFFFFFFFFFF" : "0xFFFFFFFF")), new PyString(radix switch { 2 => "b", 8 => "o", _ => "x" })),
            // Two upper-case digits a byte (not bytes(...).hex(): programs often name a local "bytes").
            ("ToHexString", 1, CsKind.Array) => Py.Method(new PyString(string.Empty), "join",
                new PyComprehension(Py.Call("format", Py.Name("byte_"), new PyString("02X")), Py.Name("byte_"), value, Generator: true)),
            ("ToBoolean", 1, CsKind.Int or CsKind.Float) => Py.Compare(value, PyCompareOperator.NotEqual, Py.Number(0)),
            _ => null,
        };
    }

    private PyExpression? LowerNumberStatic(LibraryCall call, bool integral)
    {
        var converter = integral ? "int" : "float";
        switch (call.Name, call.Count)
        {
            case ("Parse", 1) when call.Method.ContainingType.SpecialType == SpecialType.System_Decimal:
                return ToDecimal(Arg(call, 0), CsKind.String);
            case ("TryParse", 2) when call.Method.ContainingType.SpecialType == SpecialType.System_Decimal && !IsNumberStyle(call):
                throw Unsupported(call.Syntax, "decimal.TryParse with number styles other than NumberStyles.Number is not translated");
            case ("Parse", 1):
                return Py.Call(converter, Arg(call, 0));
            case ("TryParse", 2) when call.Arguments[1].Parent is ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword }:
                // int.TryParse(s, out var n): (ok, n) = try_parse_int(s); the call's value is ok.
                var parsed = Temporary("parsed");
                var parser = call.Method.ContainingType.SpecialType == SpecialType.System_Decimal ? CSharpHelpers.TryParseDecimal
                    : integral ? CSharpHelpers.TryParseInt : CSharpHelpers.TryParseFloat;
                var attempt = new PyCall(Helper(parser), [Arg(call, 0)]);
                if (EvaluatedUnconditionally(call.Syntax))
                {
                    Hoist(call.Syntax, new PyAssign([new PyTuple([Py.Name(parsed), LowerOutTarget(call.Arguments[1])])], attempt));
                    return Py.Name(parsed);
                }
                return OutIdiom(call.Syntax, call.Arguments[1], [(parsed, attempt)], new PySubscript(Py.Name(parsed), Py.Number(1)), new PySubscript(Py.Name(parsed), Py.Number(0)));
            case ("IsNaN", 1):
                return new PyCall(new PyMember(ModuleName("math"), "isnan"), [Arg(call, 0)]);
            case ("IsInfinity", 1):
                return new PyCall(new PyMember(ModuleName("math"), "isinf"), [Arg(call, 0)]);
            case ("IsFinite", 1):
                return new PyCall(new PyMember(ModuleName("math"), "isfinite"), [Arg(call, 0)]);
            case ("IsPositiveInfinity" or "IsNegativeInfinity", 1):
                return Py.Compare(Arg(call, 0), PyCompareOperator.Equal,
                    call.Name == "IsPositiveInfinity" ? new PyMember(ModuleName("math"), "inf") : new PyUnary(PyUnaryOperator.Negate, new PyMember(ModuleName("math"), "inf")));
            case ("Max" or "Min", 2):
                return Py.Call(call.Name.ToLowerInvariant(), Arg(call, 0), Arg(call, 1));
            case ("Abs", 1):
                return Py.Call("abs", Arg(call, 0));
            default:
                return null;
        }
    }

    /// <summary>A library method passed as a function (<c>Where(char.IsDigit)</c>): the Python function that does the same.</summary>
    private static PyExpression? MethodGroup(IMethodSymbol method) => (FullName(method.ContainingType), method.Name, method.Parameters.Length) switch
    {
        ("System.Char", "IsDigit" or "IsNumber", 1) => new PyMember(Py.Name("str"), "isdigit"),
        ("System.Char", "IsLetter", 1) => new PyMember(Py.Name("str"), "isalpha"),
        ("System.Char", "IsLetterOrDigit", 1) => new PyMember(Py.Name("str"), "isalnum"),
        ("System.Char", "IsUpper", 1) => new PyMember(Py.Name("str"), "isupper"),
        ("System.Char", "IsLower", 1) => new PyMember(Py.Name("str"), "islower"),
        ("System.Char", "IsWhiteSpace", 1) => new PyMember(Py.Name("str"), "isspace"),
        ("System.Char", "ToUpper" or "ToUpperInvariant", 1) => new PyMember(Py.Name("str"), "upper"),
        ("System.Char", "ToLower" or "ToLowerInvariant", 1) => new PyMember(Py.Name("str"), "lower"),
        ("System.Int32" or "System.Int64", "Parse", 1) => Py.Name("int"),
        ("System.Double", "Parse", 1) => Py.Name("float"),
        ("System.Math", "Abs", 1) => Py.Name("abs"),
        ("System.Uri", "IsHexDigit", 1) => new PyLambda(["c"], Py.Compare(Py.Name("c"), PyCompareOperator.In, new PyString(HexDigits))),
        _ => null,
    };

    /// <summary>
    /// A library method of an object or of Console passed as a function (<c>ForEach(stack.Push)</c>,
    /// <c>Count(stopWords.Contains)</c>, <c>ForEach(Console.WriteLine)</c>): the Python function that does the same.
    /// </summary>
    private PyExpression? BoundMethodGroup(MemberAccessExpressionSyntax member, IMethodSymbol method)
    {
        if (method.Parameters.Length != 1)
        {
            return null;
        }
        if (FullName(method.ContainingType) == "System.Console" && method.Name is "WriteLine" or "Write")
        {
            var keywords = method.Name == "Write" ? new List<PyKeyword> { new("end", new PyString(string.Empty)) } : [];
            var line = Py.Name(Temporary("line"));
            var shown = Classify(method.Parameters[0].Type) is CsKind.Float or CsKind.Enum ? AsString(line, method.Parameters[0].Type) : line;
            return new PyLambda([line.Id], new PyCall(Py.Name("print"), [shown], keywords));
        }
        if (method.IsStatic)
        {
            return null;
        }
        var receiver = Lower(member.Expression);
        return (Classify(TypeOf(member.Expression)), method.Name) switch
        {
            (CsKind.Set or CsKind.List or CsKind.Dictionary, "Contains" or "ContainsKey") => new PyMember(receiver, "__contains__"),
            (CsKind.List or CsKind.Stack or CsKind.Queue, "Add" or "Push" or "Enqueue") => new PyMember(receiver, "append"),
            // set.add returns None; HashSet.Add returns whether it added (Where(seen.Add) filters on it)
            (CsKind.Set, "Add") => Py.Call(Imported("functools", "partial").Id, Helper(CSharpHelpers.SetAdd), receiver),
            _ => null,
        };
    }

    private PyExpression LowerLibraryMember(MemberAccessExpressionSyntax member, ISymbol? symbol)
    {
        if (symbol is IFieldSymbol { IsConst: true, HasConstantValue: true } constant)
        {
            return Constant(constant.ConstantValue, member);
        }
        if (symbol is IFieldSymbol { Name: "Empty", ContainingType.SpecialType: SpecialType.System_String })
        {
            return new PyString(string.Empty);
        }
        if (symbol is IFieldSymbol { Name: "Empty", ContainingType: { Name: "EventArgs", ContainingNamespace.Name: "System" } })
        {
            return PyConstant.None; // an event's empty arguments: nothing to read
        }
        if (symbol is IFieldSymbol { IsStatic: true } field && field.ContainingType.SpecialType is SpecialType.System_Double or SpecialType.System_Single && _model.GetConstantValue(member, _cancellationToken) is { HasValue: true } value)
        {
            return Constant(value.Value, member);
        }
        if (LowerRegexMember(member, symbol) is { } regexMember)
        {
            return regexMember;
        }
        if (symbol is IMethodSymbol group && (MethodGroup(group) ?? BoundMethodGroup(member, group)) is { } function)
        {
            return function;
        }
        if (symbol is IPropertySymbol { IsStatic: true, Name: "MinValue" or "MaxValue" } limit && IsDateOnly(limit.ContainingType))
        {
            return DateModule(limit.Name == "MinValue" ? "min" : "max");
        }
        var receiverType = TypeOf(member.Expression);
        var kind = Classify(receiverType);
        var name = member.Name.Identifier.ValueText;
        if (symbol is IPropertySymbol { IsStatic: false })
        {
            var receiver = Lower(member.Expression);
            if (kind == CsKind.Date && name == "DayOfWeek")
            {
                return DayOfWeekOf(receiver);
            }
            if (kind == CsKind.Date && DateMember(name, receiver) is { } datePart)
            {
                return datePart;
            }
            PyExpression? result = LinkedListMember(receiverType, name, receiver) is { } linked && UsesLinkedListNodes ? linked : (kind, name) switch
            {
                (CsKind.Array, "Length" or "LongLength") when receiverType is IArrayTypeSymbol { Rank: > 1 } grid => grid.Rank == 2
                    ? Py.Call("sum", new PyComprehension(Py.Length(Py.Name("row")), Py.Name("row"), receiver, Generator: true))
                    : throw Unsupported(member, "the Length of an array of more than two dimensions is not translated"),
                (CsKind.String or CsKind.Array or CsKind.List or CsKind.Dictionary or CsKind.Set or CsKind.Queue or CsKind.Stack or CsKind.PriorityQueue or CsKind.StringBuilder, "Length" or "Count" or "LongLength") => Py.Length(receiver),
                (CsKind.Dictionary, "Keys") => IsSorted(receiverType) ? SortedKeys(receiver) : Py.Method(receiver, "keys"),
                (CsKind.Dictionary, "Values") => IsSorted(receiverType)
                    ? new PyComprehension(new PySubscript(receiver, Py.Name("k")), Py.Name("k"), SortedKeys(receiver))
                    : Py.Method(receiver, "values"),
                (CsKind.Queue, "First") when receiverType?.Name == "LinkedList" => new PySubscript(receiver, Py.Number(0)),
                (CsKind.Queue, "Last") when receiverType?.Name == "LinkedList" => new PySubscript(receiver, new PyUnary(PyUnaryOperator.Negate, Py.Number(1))),
                (_, "Value") when receiverType?.Name == "LinkedListNode" && member.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "First" or "Last" } => receiver,
                // (Element, Priority) pairs out of the heap's (priority, arrival, element) entries; .NET promises no order.
                (CsKind.PriorityQueue, "UnorderedItems") => new PyComprehension(new PyTuple([Py.Name("e"), Py.Name("p")]),
                    new PyTuple([Py.Name("p"), Py.Name("_"), Py.Name("e")]), receiver),
                (CsKind.KeyValuePair, "Key") => new PySubscript(receiver, Py.Number(0)),
                (CsKind.KeyValuePair, "Value") => new PySubscript(receiver, Py.Number(1)),
                (CsKind.Set, "Min") => Py.Call("min", receiver),
                (CsKind.Set, "Max") => Py.Call("max", receiver),
                (_, "HasValue") => Py.Compare(receiver, PyCompareOperator.IsNot, PyConstant.None),
                (_, "Count") when receiverType?.Name is "ILookup" or "Lookup" => Py.Length(receiver),
                // A read-only collection's Count: whatever collection stands behind it is a sized Python container.
                (CsKind.Enumerable, "Count") when receiverType?.Name is "IReadOnlyCollection" => Py.Length(receiver),
                (_, "Value") when receiverType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } => receiver,
                // Python's own errors and exceptions built without a parameter name have none, as null in .NET.
                (_, "ParamName") when receiverType is not null && CSharpLibrary.PythonException(receiverType) is not null => Py.Call("getattr", receiver, new PyString("ParamName"), PyConstant.None),
                (_, "Message") when receiverType is not null && CSharpLibrary.PythonException(receiverType) is not null => ExceptionMessage(receiver, receiverType),
                (_, "Name") when member.Expression is InvocationExpressionSyntax getType && SymbolOf(getType) is IMethodSymbol { Name: "GetType" } =>
                    IsGetTypeOfException(getType) && receiver is PyCall { Arguments: [var exception] } ? ExceptionTypeName(exception) : new PyMember(receiver, "__name__"),
                (_, "Key") when receiverType?.Name == "IGrouping" => new PyMember(receiver, "Key"),
                (_, "InnerException") when receiverType is not null && IsExceptionType(receiverType) => new PyMember(receiver, "__cause__"),
                _ => null,
            };
            if (result is not null)
            {
                return result;
            }
        }
        throw Unsupported(member, $"{symbol?.ToDisplayString() ?? member.ToString()} is not translated");
    }
}
