using System.Globalization;
using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Expressions: every expression is lowered, then the implicit conversion Roslyn applied to it is made explicit
/// where Python needs it (a char promoted to int becomes <c>ord(c)</c>).
/// </summary>
internal sealed partial class CSharpLowering
{
    /// <summary>The expression with its implicit conversion applied (what C# computes at this place).</summary>
    private PyExpression Lower(ExpressionSyntax e) => LowerConverted(e);

    private PyExpression LowerConverted(ExpressionSyntax e)
    {
        var value = LowerCore(e);
        if (ImplicitUserConversion(e) is { } conversion)
        {
            return CallConversion(conversion, value);
        }
        var info = _model.GetTypeInfo(e, _cancellationToken);
        var from = Classify(info.Type);
        var to = Classify(info.ConvertedType);
        if (from == CsKind.Char && to is CsKind.Int or CsKind.Float)
        {
            return Ord(value);
        }
        if (from == CsKind.Int && to == CsKind.Char)
        {
            return Chr(value);
        }
        if (from == CsKind.Dictionary && info.ConvertedType is INamedTypeSymbol { Name: "IEnumerable" or "ICollection" or "IReadOnlyCollection" }
            && e.Parent is ArgumentSyntax or EqualsValueClauseSyntax or AssignmentExpressionSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax)
        {
            // A dictionary seen as a sequence is a sequence of its key/value pairs (in key order when sorted).
            return IsSorted(info.Type) ? SortedItems(value) : Py.Call("list", Py.Method(value, "items"));
        }
        if (from == CsKind.Set && IsSorted(info.Type) && info.ConvertedType is INamedTypeSymbol { TypeKind: TypeKind.Interface }
            && e.Parent is ArgumentSyntax or EqualsValueClauseSyntax or AssignmentExpressionSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax
                or ConditionalExpressionSyntax or SwitchExpressionArmSyntax)
        {
            // A SortedSet seen through an interface is iterated where its type no longer says it is sorted.
            return Py.Call("sorted", value);
        }
        return CopiedIfStruct(e, value);
    }

    private static PyExpression Ord(PyExpression value) =>
        value is PyString { Value.Length: 1 } s ? Py.Number(s.Value[0]) : Py.Call("ord", value);

    private static PyExpression Chr(PyExpression value) =>
        Py.Literal(value) is { } code and >= 32 and < 127 ? new PyString(((char)code).ToString()) : value is PyCall { Function: PyName { Id: "ord" }, Arguments: [var inner] } ? inner : Py.Call("chr", value);

    private PyExpression LowerCore(ExpressionSyntax e)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (e.IsMissing)
        {
            // The parser stood in an empty name for an expression the source lacks (`int x = ;`, a cut-off file).
            throw new CSharpUntranslatableException(e, "the C# source is incomplete here: an expression is missing");
        }
        if (_model.GetConstantValue(e, _cancellationToken) is { HasValue: true } constant && e is not LiteralExpressionSyntax && Classify(TypeOf(e)) is CsKind.Int or CsKind.Float or CsKind.Bool
            && e is MemberAccessExpressionSyntax { Expression: PredefinedTypeSyntax })
        {
            return Constant(constant.Value, e); // int.MaxValue and the like
        }
        return e switch
        {
            LiteralExpressionSyntax literal => LowerLiteral(literal),
            ParenthesizedExpressionSyntax p => LowerCore(p.Expression), // the conversion applies once, to the parenthesized whole
            IdentifierNameSyntax or GenericNameSyntax => LowerName((SimpleNameSyntax)e),
            ThisExpressionSyntax => Py.Name("self"),
            MemberAccessExpressionSyntax member => LowerMemberAccess(member),
            ElementAccessExpressionSyntax element => LowerElementAccess(element),
            InvocationExpressionSyntax invocation => LowerInvocation(invocation),
            BinaryExpressionSyntax binary => LowerBinary(binary),
            PrefixUnaryExpressionSyntax prefix => LowerPrefix(prefix),
            PostfixUnaryExpressionSyntax postfix => LowerPostfix(postfix),
            AssignmentExpressionSyntax assignment => LowerAssignmentExpression(assignment),
            ConditionalExpressionSyntax conditional => new PyConditional(Lower(conditional.Condition), Lower(conditional.WhenTrue), Lower(conditional.WhenFalse)),
            CastExpressionSyntax cast => LowerCast(cast),
            ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax => LowerCreation((BaseObjectCreationExpressionSyntax)e),
            ArrayCreationExpressionSyntax array => LowerArrayCreation(array),
            ImplicitArrayCreationExpressionSyntax implicitArray => new PyList([.. implicitArray.Initializer.Expressions.Select(Lower)]),
            InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ArrayInitializerExpression) => LowerArrayInitializer(initializer),
            CollectionExpressionSyntax collection => LowerCollectionExpression(collection),
            InterpolatedStringExpressionSyntax interpolated => LowerInterpolated(interpolated),
            SimpleLambdaExpressionSyntax or ParenthesizedLambdaExpressionSyntax => LowerLambda((LambdaExpressionSyntax)e),
            AnonymousObjectCreationExpressionSyntax anonymous => new PyCall(new PyMember(ModuleName("types"), "SimpleNamespace"), [],
                [.. anonymous.Initializers.Select(i => new PyKeyword(i.NameEquals?.Name.Identifier.ValueText ?? i.Expression.ToString().Split('.')[^1], Lower(i.Expression)))]),
            TupleExpressionSyntax tuple => new PyTuple([.. tuple.Arguments.Select(a => Lower(a.Expression))]),
            IsPatternExpressionSyntax isPattern => LowerIsPattern(isPattern),
            WithExpressionSyntax with => LowerWith(with),
            ConditionalAccessExpressionSyntax access => LowerConditionalAccess(access),
            MemberBindingExpressionSyntax binding => LowerMemberBinding(binding),
            SwitchExpressionSyntax switchExpression => LowerSwitchExpression(switchExpression),
            QueryExpressionSyntax query => LowerQuery(query),
            AwaitExpressionSyntax await => LowerAwait(await),
            ThrowExpressionSyntax thrown => new PyCall(Helper(CSharpHelpers.Raise), [Lower(thrown.Expression)]),
            DefaultExpressionSyntax d => DefaultValue(_model.GetTypeInfo(d.Type, _cancellationToken).Type),
            TypeOfExpressionSyntax t => Py.Name(PythonTypeName(t.Type)),
            CheckedExpressionSyntax c => Lower(c.Expression),
            PredefinedTypeSyntax p => Py.Name(PythonTypeName(p)),
            _ => throw Unsupported(e, $"{DescribeExpression(e)} is not translated"),
        };
    }

    private static string DescribeExpression(ExpressionSyntax e) => e switch
    {
        AnonymousObjectCreationExpressionSyntax => "an anonymous type",
        RefExpressionSyntax => "ref expressions",
        _ => e.Kind().ToString(),
    };

    private string PythonTypeName(TypeSyntax type) => PythonTypeName(_model.GetTypeInfo(type, _cancellationToken).Type, type);

    private string PythonTypeName(ITypeSymbol? symbol, SyntaxNode at) => Classify(symbol) switch
    {
        CsKind.Int => "int",
        CsKind.Float => "float",
        CsKind.Bool => "bool",
        CsKind.String or CsKind.Char => "str",
        _ when symbol is not null && IsFromSource(symbol) => NameOf(symbol),
        _ => throw Unsupported(at, $"the type {symbol?.ToDisplayString() ?? at.ToString()} has no Python counterpart here"),
    };

    private PyExpression LowerLiteral(LiteralExpressionSyntax literal)
    {
        switch (literal.Kind())
        {
            case SyntaxKind.TrueLiteralExpression:
                return PyConstant.True;
            case SyntaxKind.FalseLiteralExpression:
                return PyConstant.False;
            case SyntaxKind.NullLiteralExpression:
                return PyConstant.None;
            case SyntaxKind.DefaultLiteralExpression:
                return DefaultValue(ConvertedTypeOf(literal));
            case SyntaxKind.StringLiteralExpression:
            case SyntaxKind.Utf8StringLiteralExpression:
                return new PyString(literal.Token.ValueText);
            case SyntaxKind.CharacterLiteralExpression:
                return new PyString(literal.Token.ValueText);
            default:
                return literal.Token.Value is decimal m ? DecimalLiteral(m) : Constant(literal.Token.Value, literal);
        }
    }

    private static PyExpression Constant(object? value, SyntaxNode node) => value switch
    {
        null => PyConstant.None,
        bool b => b ? PyConstant.True : PyConstant.False,
        string s => new PyString(s),
        char c => new PyString(c.ToString()),
        double d => FloatLiteral(d),
        float f => FloatLiteral(double.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)),
        decimal m => FloatLiteral((double)m),
        IConvertible i when value is int or long or short or byte or sbyte or ushort or uint or ulong => Integer(Convert.ToDecimal(i, CultureInfo.InvariantCulture)),
        _ => throw Unsupported(node, $"the literal {node} is not translated"),
    };

    private static PyExpression Integer(decimal value) =>
        value < 0 ? new PyUnary(PyUnaryOperator.Negate, new PyNumber((-value).ToString(CultureInfo.InvariantCulture))) : new PyNumber(value.ToString(CultureInfo.InvariantCulture));

    private static PyExpression FloatLiteral(double d)
    {
        if (double.IsPositiveInfinity(d))
        {
            return Py.Call("float", new PyString("inf"));
        }
        if (double.IsNegativeInfinity(d))
        {
            return Py.Call("float", new PyString("-inf"));
        }
        if (double.IsNaN(d))
        {
            return Py.Call("float", new PyString("nan"));
        }
        var text = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);
        if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains('e', StringComparison.Ordinal))
        {
            text += ".0";
        }
        var number = new PyNumber(text);
        return d < 0 || double.IsNegative(d) && d == 0 ? new PyUnary(PyUnaryOperator.Negate, number) : number;
    }

    private PyExpression LowerName(SimpleNameSyntax name)
    {
        var symbol = SymbolOf(name);
        if (symbol is null)
        {
            var candidates = _model.GetSymbolInfo(name, _cancellationToken).CandidateSymbols;
            symbol = candidates.Length > 0 ? candidates[0] : null;
        }
        CheckMethodGroup(name, symbol);
        return symbol switch
        {
            null when InInstanceMemberOfKeptClass(name) && IsFieldLike(name.Identifier.ValueText) => UnseenField(name, name.Identifier.ValueText),
            null => Py.Name(Python.PythonNames.Safe(name.Identifier.ValueText)),
            IParameterSymbol when CapturedParameter(symbol) is { } captured => captured,
            ILocalSymbol or IParameterSymbol or IRangeVariableSymbol => Py.Name(NameOf(symbol)),
            IMethodSymbol { MethodKind: MethodKind.LocalFunction } => Py.Name(NameOf(symbol)),
            IFieldSymbol or IPropertySymbol or IMethodSymbol or IEventSymbol => MemberOfContainingType(symbol, name),
            ITypeSymbol type => TypeReference(type, name),
            _ => Py.Name(NameOf(symbol)),
        };
    }

    private PyExpression TypeReference(ITypeSymbol type, SyntaxNode node) =>
        IsFromSource(type) ? Py.Name(NameOf(type))
        : IsDayOfWeek(type) ? Helper(CSharpHelpers.DayOfWeek)
        : IsException(type) ? ExceptionType(type) // `e is ArgumentException`: the Python errors that stand for it
        : throw Unsupported(node, $"the library type {type.ToDisplayString()} is not translated here");

    private static bool IsException(ITypeSymbol? type) =>
        type is not null && (type.ToDisplayString() == "System.Exception" || IsException(type.BaseType));

    /// <summary>A field, property or method named without a receiver: <c>self.x</c>, a module global, or <c>Class.x</c>.</summary>
    private PyExpression MemberOfContainingType(ISymbol symbol, SyntaxNode node)
    {
        if (!IsFromSource(symbol))
        {
            throw Unsupported(node, $"{symbol.ToDisplayString()} is not translated");
        }
        var name = NameOf(symbol);
        if (symbol is IFieldSymbol { IsConst: true } || symbol.IsStatic)
        {
            var type = symbol.ContainingType;
            PyExpression access = _moduleTypes.Contains(type) ? Py.Name(name) : new PyMember(Py.Name(NameOf(type)), name);
            return symbol is IPropertySymbol p && IsComputed(p) ? new PyCall(access, []) : access;
        }
        return new PyMember(Py.Name("self"), name);
    }

    private bool IsComputed(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.Select(r => r.GetSyntax(_cancellationToken)).OfType<PropertyDeclarationSyntax>().Any(p => !IsAutoProperty(p));

    private PyExpression LowerMemberAccess(MemberAccessExpressionSyntax member)
    {
        if (TypeOfName(member) is { } typeName)
        {
            return typeName;
        }
        if (TypeThroughParameter(member.Expression) is { } through)
        {
            throw Unsupported(member, through);
        }
        var symbol = SymbolOf(member);
        CheckMethodGroup(member, symbol);
        if (symbol is IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } enumMember)
        {
            return IsFromSource(enumMember) ? new PyMember(Py.Name(NameOf(enumMember.ContainingType)), NameOf(enumMember))
                : IsDayOfWeek(enumMember.ContainingType) ? new PyMember(Helper(CSharpHelpers.DayOfWeek), enumMember.Name)
                : throw Unsupported(member, $"the library enum {enumMember.ToDisplayString()} is not translated");
        }
        if (symbol is IFieldSymbol { ContainingType.IsTupleType: true } element)
        {
            return new PySubscript(Lower(member.Expression), Py.Number(TupleIndex(element)));
        }
        if (symbol is not null && IsFromSource(symbol))
        {
            if (symbol.IsStatic || symbol is IFieldSymbol { IsConst: true } || symbol is INamedTypeSymbol)
            {
                return symbol is INamedTypeSymbol t ? Py.Name(NameOf(t)) : MemberOfContainingType(symbol, member);
            }
            var receiver = member.Expression is BaseExpressionSyntax ? new PyCall(Py.Name("super"), []) : Lower(member.Expression);
            return new PyMember(receiver, NameOf(symbol));
        }
        if (symbol is null && member.Expression is ThisExpressionSyntax)
        {
            return UnseenField(member, member.Name.Identifier.ValueText);
        }
        return LowerLibraryMember(member, symbol);
    }

    private static int TupleIndex(IFieldSymbol field)
    {
        var elements = field.ContainingType.TupleElements;
        var index = elements.IndexOf(field.CorrespondingTupleField ?? field);
        return index >= 0 ? index : elements.Select((f, i) => (f, i)).FirstOrDefault(p => p.f.Name == field.Name).i;
    }

    private PyExpression LowerElementAccess(ElementAccessExpressionSyntax element)
    {
        var target = Lower(element.Expression);
        var kind = KindOf(element.Expression);
        if (kind is CsKind.Other && SymbolOf(element) is IPropertySymbol { IsIndexer: true } indexer && !IsFromSource(indexer)
            && indexer.ContainingType is not { Name: "ILookup" or "Lookup", ContainingNamespace.Name: "Linq" })
        {
            throw Unsupported(element, $"the indexer of {indexer.ContainingType.ToDisplayString()} is not translated");
        }
        if (SymbolOf(element) is IPropertySymbol { IsIndexer: true, Parameters.Length: > 1 } && element.ArgumentList.Arguments.Count > 1)
        {
            // m[r, c] on a class of the source: one key, the tuple its __getitem__ unpacks.
            return new PySubscript(target, new PyTuple([.. element.ArgumentList.Arguments.Select(a => LowerIndex(a.Expression))]));
        }
        foreach (var argument in element.ArgumentList.Arguments)
        {
            target = new PySubscript(target, LowerIndex(argument.Expression));
        }
        return target;
    }

    /// <summary>An index: <c>^k</c> counts from the end (<c>-k</c>); a range <c>a..b</c> is a slice.</summary>
    private PyExpression LowerIndex(ExpressionSyntax index) => index switch
    {
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.IndexExpression } fromEnd => new PyUnary(PyUnaryOperator.Negate, Lower(fromEnd.Operand)),
        RangeExpressionSyntax range => new PySlice(range.LeftOperand is null ? null : LowerIndex(range.LeftOperand), range.RightOperand is null ? null : LowerIndex(range.RightOperand)),
        _ => Lower(index),
    };

    private PyExpression LowerConditionalAccess(ConditionalAccessExpressionSyntax access)
    {
        // a?.B  ->  (a.B if a is not None else None); the receiver must be a plain name so it is read once.
        var receiver = Lower(access.Expression);
        PyExpression tested = receiver;
        if (receiver is not (PyName or PyMember { Value: PyName }))
        {
            // f()?.X: the test runs first and binds the receiver, so it is computed once.
            var name = Temporary("receiver");
            tested = new PyNamedExpression(name, receiver);
            receiver = Py.Name(name);
        }
        _conditionalReceivers.Push((receiver, TypeOf(access.Expression)));
        try
        {
            var whenNotNull = Lower(access.WhenNotNull);
            return new PyConditional(Py.Compare(tested, PyCompareOperator.IsNot, PyConstant.None), whenNotNull, PyConstant.None);
        }
        finally
        {
            _conditionalReceivers.Pop();
        }
    }

    private readonly Stack<(PyExpression Receiver, ITypeSymbol? Type)> _conditionalReceivers = new();

    private PyExpression LowerIsPattern(IsPatternExpressionSyntax isPattern)
    {
        var subject = Lower(isPattern.Expression);
        // A local's variables are assigned in front of the statement (as before); any other value is read where the
        // test stands, once, and what the pattern declares is bound there.
        var isLocal = subject is PyName && SymbolOf(isPattern.Expression) is ILocalSymbol or IParameterSymbol && !AssignedInItsExpression(isPattern);
        var value = PatternSubject(subject, TypeOf(isPattern.Expression), isPattern.Pattern, pure: subject is PyName || IsStoredAccess(isPattern.Expression));
        var bindings = isLocal ? new List<PyStatement>() : null;
        var test = LowerPattern(isPattern.Pattern, value, bindings);
        foreach (var binding in bindings ?? [])
        {
            Hoist(isPattern, binding);
        }
        return test;
    }

    /// <summary>A name, <c>this</c>, or a chain of fields and stored properties: reading it twice reads the same value.</summary>
    private bool IsStoredAccess(ExpressionSyntax expression) => expression switch
    {
        ThisExpressionSyntax => true,
        ParenthesizedExpressionSyntax p => IsStoredAccess(p.Expression),
        IdentifierNameSyntax name => SymbolOf(name) switch
        {
            ILocalSymbol or IParameterSymbol or IFieldSymbol => true,
            IPropertySymbol property => IsFromSource(property) && !IsComputed(property),
            _ => false,
        },
        MemberAccessExpressionSyntax access => IsStoredAccess(access.Expression) && SymbolOf(access) switch
        {
            IFieldSymbol => true,
            IPropertySymbol property => IsFromSource(property) && !IsComputed(property),
            _ => false,
        },
        _ => false,
    };
}
