using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Patterns as Python tests. Constant, relational, <c>and</c>/<c>or</c>/<c>not</c>, type, declaration, <c>var</c> and
/// discard patterns test the value itself; property patterns (<c>Circle { Radius: &gt; 5 }</c>, <c>{ A.B: 1 }</c>) and
/// positional patterns (<c>(_, State.Idle)</c> on a tuple, <c>Point(var x, 0)</c> on a positional record,
/// <c>var (x, y)</c>) test its members in order, after the type test or the null test C# makes. A variable the
/// pattern declares on the whole value is assigned in front of the statement (a plain local or temporary is
/// safe to copy early); one declared on a member is bound where the test reaches it, by a walrus
/// (<c>(w := s.Width) is w</c>, always true), so the <c>when</c> clause and the arm read it. A value that is neither
/// a name nor a stored member (a computed property, a call) is read once: its first read binds a temporary.
/// </summary>
internal sealed partial class CSharpLowering
{
    /// <summary>A value a pattern tests; an impure one read more than once binds a temporary on its first read.</summary>
    private sealed class PatternValue(Func<PyExpression> read, ITypeSymbol? type, bool pure, string? temporary = null)
    {
        private bool _bound;

        public ITypeSymbol? Type => type;

        /// <summary>Reading it again gives the same value and runs nothing (a name, a field, a tuple element).</summary>
        public bool Pure => pure;

        public PatternValue WithTemporary(string name) => new(read, type, pure, name);

        public PyExpression Read()
        {
            if (temporary is null)
            {
                return read();
            }
            if (_bound)
            {
                return Py.Name(temporary);
            }
            _bound = true;
            return new PyNamedExpression(temporary, read());
        }
    }

    /// <summary>A switch subject or <c>is</c> operand as the value its pattern tests.</summary>
    private PatternValue PatternSubject(PyExpression subject, ITypeSymbol? type, PatternSyntax pattern, bool pure = true) =>
        Prepared(new PatternValue(() => subject, type, pure), pattern, "value");

    private PatternValue Prepared(PatternValue value, PatternSyntax pattern, string stem) =>
        value.Pure || Reads(pattern, value.Type) <= 1 ? value : value.WithTemporary(Temporary(stem));

    /// <summary>
    /// A pattern as a test. <paramref name="bindings"/> receives the assignments of variables declared on the whole
    /// value, run in front of the statement; null binds them inline (nested patterns, a value that is not a name).
    /// </summary>
    private PyExpression LowerPattern(PatternSyntax pattern, PatternValue subject, List<PyStatement>? bindings)
    {
        var subjectType = subject.Type;
        switch (pattern)
        {
            case ConstantPatternSyntax constant when SymbolOf(constant.Expression) is ITypeSymbol type:
                return TypeTest(type, constant.Expression, subject.Read()); // (_, Kick): a type named where a constant may stand
            case ConstantPatternSyntax constant:
                return Equality(subject.Read(), Classify(subjectType) == CsKind.Char ? LowerCore(constant.Expression) : LowerConverted(constant.Expression));
            case DiscardPatternSyntax:
                return PyConstant.True;
            case VarPatternSyntax { Designation: SingleVariableDesignationSyntax v }:
                return Bind(v, subject, bindings);
            case VarPatternSyntax { Designation: ParenthesizedVariableDesignationSyntax many }:
                // Roslyn binds var (x, y) as a recursive pattern whose syntax is the designation.
                var deconstruction = (_model.GetOperation(many, _cancellationToken) ?? _model.GetOperation(pattern, _cancellationToken)) as IRecursivePatternOperation;
                return LowerDeconstructionPattern(many, deconstruction, subject, pattern);
            case VarPatternSyntax:
                return PyConstant.True;
            case DeclarationPatternSyntax declaration:
                var typeTest = TypeTest(_model.GetTypeInfo(declaration.Type, _cancellationToken).Type, declaration.Type, subject.Read());
                return declaration.Designation is SingleVariableDesignationSyntax single ? And([typeTest, Bind(single, subject, bindings)]) : typeTest;
            case TypePatternSyntax type:
                return TypeTest(_model.GetTypeInfo(type.Type, _cancellationToken).Type, type.Type, subject.Read());
            case RelationalPatternSyntax relational:
                var op = relational.OperatorToken.Kind() switch
                {
                    SyntaxKind.LessThanToken => PyCompareOperator.Less,
                    SyntaxKind.LessThanEqualsToken => PyCompareOperator.LessOrEqual,
                    SyntaxKind.GreaterThanToken => PyCompareOperator.Greater,
                    _ => PyCompareOperator.GreaterOrEqual,
                };
                return Py.Compare(subject.Read(), op, Classify(subjectType) == CsKind.Char ? LowerCore(relational.Expression) : LowerConverted(relational.Expression));
            case BinaryPatternSyntax binary:
                return new PyBoolean(
                    LowerPattern(binary.Left, subject, bindings),
                    binary.OperatorToken.IsKind(SyntaxKind.OrKeyword) ? PyBooleanOperator.Or : PyBooleanOperator.And,
                    LowerPattern(binary.Right, subject, bindings));
            case UnaryPatternSyntax { Pattern: ConstantPatternSyntax { Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } } }:
                return Py.Compare(subject.Read(), PyCompareOperator.IsNot, PyConstant.None);
            case UnaryPatternSyntax unary:
                return new PyUnary(PyUnaryOperator.Not, LowerPattern(unary.Pattern, subject, bindings));
            case ParenthesizedPatternSyntax parenthesized:
                return LowerPattern(parenthesized.Pattern, subject, bindings);
            case RecursivePatternSyntax recursive:
                return LowerRecursivePattern(recursive, subject, bindings);
            case ListPatternSyntax list:
                return LowerListPattern(list, subject, bindings);
            default:
                throw Unsupported(pattern, $"the pattern '{pattern}' is not translated");
        }
    }

    /// <summary><c>Type (positional) { properties } name</c>: the type or null test, then each member's pattern, then the binding.</summary>
    private PyExpression LowerRecursivePattern(RecursivePatternSyntax pattern, PatternValue subject, List<PyStatement>? bindings)
    {
        if (_model.GetOperation(pattern, _cancellationToken) is not IRecursivePatternOperation operation)
        {
            throw Unsupported(pattern, "this pattern does not bind; it is not translated");
        }
        var tests = new List<PyExpression>();
        if (pattern.Type is not null)
        {
            tests.Add(TypeTest(operation.MatchedType, pattern.Type, subject.Read()));
        }
        else if (NeedsNullTest(subject.Type))
        {
            tests.Add(Py.Compare(subject.Read(), PyCompareOperator.IsNot, PyConstant.None));
        }
        var positional = pattern.PositionalPatternClause?.Subpatterns ?? default;
        for (var i = 0; i < positional.Count; i++)
        {
            var sub = positional[i].Pattern;
            if (sub is DiscardPatternSyntax)
            {
                continue;
            }
            var element = PositionalElement(operation.MatchedType, operation.DeconstructSymbol, i, subject, positional[i]);
            tests.Add(LowerPattern(sub, Prepared(element, sub, "item"), null));
        }
        foreach (var sub in pattern.PropertyPatternClause?.Subpatterns ?? default)
        {
            var chain = sub.NameColon is { } nameColon ? [nameColon.Name] : MemberChain(sub.ExpressionColon!.Expression);
            var value = subject;
            for (var j = 0; j < chain.Count; j++)
            {
                var member = SymbolOf(chain[j]) ?? throw Unsupported(chain[j], $"the member {chain[j]} does not bind; the pattern is not translated");
                value = MemberValue(value, member, chain[j]);
                if (j < chain.Count - 1 && NeedsNullTest(value.Type))
                {
                    // { A.B: p } is { A: { B: p } }: A is tested for null before B is read.
                    value = value.Pure ? value : value.WithTemporary(Temporary(Python.PythonNames.Safe(member.Name.ToLowerInvariant())));
                    tests.Add(Py.Compare(value.Read(), PyCompareOperator.IsNot, PyConstant.None));
                }
            }
            tests.Add(LowerPattern(sub.Pattern, Prepared(value, sub.Pattern, Python.PythonNames.Safe(chain[^1].ToString().ToLowerInvariant())), null));
        }
        if (pattern.Designation is SingleVariableDesignationSyntax single)
        {
            tests.Add(Bind(single, subject, bindings));
        }
        return And(tests);
    }

    /// <summary><c>var (x, (y, z))</c>: a positional pattern whose elements are all var designations.</summary>
    private PyExpression LowerDeconstructionPattern(ParenthesizedVariableDesignationSyntax many, IRecursivePatternOperation? operation, PatternValue subject, SyntaxNode where)
    {
        if (operation is null)
        {
            throw Unsupported(where, "this deconstruction pattern does not bind; it is not translated");
        }
        var tests = new List<PyExpression>();
        if (NeedsNullTest(subject.Type))
        {
            tests.Add(Py.Compare(subject.Read(), PyCompareOperator.IsNot, PyConstant.None));
        }
        for (var i = 0; i < many.Variables.Count; i++)
        {
            switch (many.Variables[i])
            {
                case SingleVariableDesignationSyntax single:
                    tests.Add(Bind(single, PositionalElement(operation.MatchedType, operation.DeconstructSymbol, i, subject, single), null));
                    break;
                case ParenthesizedVariableDesignationSyntax nested:
                    var inner = operation.DeconstructionSubpatterns[i] as IRecursivePatternOperation;
                    var element = PositionalElement(operation.MatchedType, operation.DeconstructSymbol, i, subject, nested);
                    tests.Add(LowerDeconstructionPattern(nested, inner, element.Pure ? element : element.WithTemporary(Temporary("item")), nested));
                    break;
            }
        }
        return And(tests);
    }

    /// <summary>Element <paramref name="index"/> of a positional pattern: a tuple element, or the positional property a record's Deconstruct returns.</summary>
    private PatternValue PositionalElement(ITypeSymbol matched, ISymbol? deconstruct, int index, PatternValue subject, SyntaxNode where)
    {
        var type = matched is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : matched;
        if (type is INamedTypeSymbol { IsTupleType: true } tuple)
        {
            return new PatternValue(() => new PySubscript(subject.Read(), Py.Number(index)), tuple.TupleElements[index].Type, subject.Pure);
        }
        if (Classify(type) == CsKind.KeyValuePair && type is INamedTypeSymbol { TypeArguments: [var key, var value] })
        {
            return new PatternValue(() => new PySubscript(subject.Read(), Py.Number(index)), index == 0 ? key : value, subject.Pure); // a pair is a tuple
        }
        if (deconstruct is IMethodSymbol { IsImplicitlyDeclared: true, ContainingType: { IsRecord: true } record } method
            && (record.GetMembers(method.Parameters[index].Name).FirstOrDefault(m => m is IPropertySymbol or IFieldSymbol) ?? FindInherited(record, method.Parameters[index].Name)) is { } member)
        {
            return MemberValue(subject, member, where);
        }
        throw Unsupported(where, deconstruct is null
            ? $"a positional pattern on {matched.ToDisplayString()} is not translated"
            : IsFromSource(deconstruct) ? "a positional pattern through a user-defined Deconstruct is not translated"
            : $"a positional pattern through {deconstruct.ToDisplayString()} is not translated");
    }

    /// <summary>A member of a tested value: an attribute, a tuple element, or a library Length/Count.</summary>
    private PatternValue MemberValue(PatternValue receiver, ISymbol member, SyntaxNode where)
    {
        switch (member)
        {
            case IFieldSymbol { ContainingType.IsTupleType: true } element:
                return new PatternValue(() => new PySubscript(receiver.Read(), Py.Number(TupleIndex(element))), element.Type, receiver.Pure);
            case IFieldSymbol or IPropertySymbol { IsIndexer: false } when !member.IsStatic && IsFromSource(member):
                var stored = member is IFieldSymbol || member is IPropertySymbol property && !IsComputed(property);
                return new PatternValue(() => new PyMember(receiver.Read(), NameOf(member)), MemberType(member), receiver.Pure && stored);
            case IPropertySymbol { Name: "Length" or "Count", Type.SpecialType: SpecialType.System_Int32 } length
                when Classify(receiver.Type) is CsKind.String or CsKind.Array or CsKind.List or CsKind.Set or CsKind.Dictionary or CsKind.Queue or CsKind.Stack:
                return new PatternValue(() => Py.Length(receiver.Read()), length.Type, receiver.Pure);
            case IPropertySymbol { Name: "Success" or "Value" or "Index" or "Length" } matched when IsRegexType(receiver.Type, "Match"):
                return new PatternValue(() => RegexMember(receiver.Read(), null, matched.Name)!, matched.Type, receiver.Pure);
            case IPropertySymbol { Name: "Key" or "Value", ContainingType: var owner } pair when Classify(owner) == CsKind.KeyValuePair:
                return new PatternValue(() => new PySubscript(receiver.Read(), Py.Number(pair.Name == "Key" ? 0 : 1)), pair.Type, receiver.Pure);
            default:
                throw Unsupported(where, $"the member {member.ToDisplayString()} in a pattern is not translated");
        }
    }

    private static List<SimpleNameSyntax> MemberChain(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax name => [name],
        MemberAccessExpressionSyntax access => [.. MemberChain(access.Expression), access.Name],
        _ => throw Unsupported(expression, "this extended property pattern is not translated"),
    };

    /// <summary>Whether C# tests the value for null before reading its members (a reference or nullable type).</summary>
    private static bool NeedsNullTest(ITypeSymbol? type) =>
        type is null || !type.IsValueType || type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };

    /// <summary>How often the pattern reads the value it tests, at most (so that an impure value is bound once when read more).</summary>
    private static int Reads(PatternSyntax pattern, ITypeSymbol? type) => pattern switch
    {
        DiscardPatternSyntax => 0,
        VarPatternSyntax { Designation: SingleVariableDesignationSyntax } => 1,
        VarPatternSyntax { Designation: ParenthesizedVariableDesignationSyntax many } => (NeedsNullTest(type) ? 1 : 0) + DesignationReads(many),
        VarPatternSyntax => 0,
        DeclarationPatternSyntax { Designation: SingleVariableDesignationSyntax } => 2,
        BinaryPatternSyntax binary => Reads(binary.Left, type) + Reads(binary.Right, type),
        UnaryPatternSyntax unary => Reads(unary.Pattern, type),
        ParenthesizedPatternSyntax parenthesized => Reads(parenthesized.Pattern, type),
        RecursivePatternSyntax recursive => (recursive.Type is not null || NeedsNullTest(type) ? 1 : 0)
            + (recursive.Designation is SingleVariableDesignationSyntax ? 1 : 0)
            + (recursive.PositionalPatternClause?.Subpatterns.Sum(s => Reads(s.Pattern, null)) ?? 0)
            + (recursive.PropertyPatternClause?.Subpatterns.Sum(s => Reads(s.Pattern, null) + (s.ExpressionColon is null ? 0 : 2 * s.ExpressionColon.Expression.DescendantNodes().OfType<SimpleNameSyntax>().Count())) ?? 0),
        ListPatternSyntax => 2, // the length, then elements: a computed value is bound once
        _ => 1,
    };

    private static int DesignationReads(ParenthesizedVariableDesignationSyntax many) =>
        many.Variables.Sum(v => v switch
        {
            SingleVariableDesignationSyntax => 1,
            ParenthesizedVariableDesignationSyntax nested => 1 + DesignationReads(nested),
            _ => 0,
        });

    private static PyExpression And(List<PyExpression> tests)
    {
        var kept = tests.Where(t => t is not PyConstant { Keyword: "True" }).ToList();
        return kept.Count == 0 ? PyConstant.True : kept.Aggregate((a, b) => new PyBoolean(a, PyBooleanOperator.And, b));
    }

    /// <summary>
    /// Declares a pattern variable: assigned in front of the statement when <paramref name="bindings"/> is given
    /// (the test is then simply true), else bound inline by <c>(x := value) is x</c>, which is always true.
    /// </summary>
    private PyExpression Bind(SingleVariableDesignationSyntax designation, PatternValue value, List<PyStatement>? bindings)
    {
        var symbol = _model.GetDeclaredSymbol(designation, _cancellationToken)!;
        _owners[symbol] = _function;
        var name = NameOf(symbol);
        if (bindings is not null)
        {
            bindings.Add(new PyAssign([Py.Name(name)], value.Read()));
            return PyConstant.True;
        }
        return Py.Compare(new PyNamedExpression(name, value.Read()), PyCompareOperator.Is, Py.Name(name));
    }

    private PyExpression TypeTest(TypeSyntax typeSyntax, PyExpression subject) =>
        TypeTest(_model.GetTypeInfo(typeSyntax, _cancellationToken).Type, typeSyntax, subject);

    private PyExpression TypeTest(ITypeSymbol? type, SyntaxNode node, PyExpression subject)
    {
        PyExpression python = Classify(type) switch
        {
            CsKind.Int => Py.Name("int"),
            CsKind.Float => IsDecimal(type) ? Imported("decimal", "Decimal") : Py.Name("float"),
            CsKind.Bool => Py.Name("bool"),
            CsKind.String or CsKind.Char => Py.Name("str"),
            CsKind.List or CsKind.Array => Py.Name("list"),
            CsKind.Dictionary => Py.Name("dict"),
            CsKind.Set => Py.Name("set"),
            CsKind.Date => new PyMember(ModuleName("datetime"), "date"),
            _ when IsKeptTypeParameter(type) => Py.Name(NameOf(type!)),
            _ when type is ITypeParameterSymbol => throw Unsupported(node, $"a type test against the type parameter {type.Name} is not translated (Python erases type arguments)"),
            _ when type is { TypeKind: TypeKind.Interface } && IsFromSource(type) => Implementations((INamedTypeSymbol)type, node),
            _ when type is not null && IsFromSource(type) => Py.Name(NameOf(type)),
            _ when type is not null && CSharpLibrary.PythonException(type) is not null => ExceptionType(type),
            _ => throw Unsupported(node, $"a type test against {type?.ToDisplayString() ?? node.ToString()} is not translated"),
        };
        return Py.Call("isinstance", subject, python);
    }

    /// <summary>
    /// An interface of the source has no Python class (implementing classes keep their methods): a test against
    /// it is a test against the source classes that convert to it (variance included), a tuple of them.
    /// </summary>
    private PyExpression Implementations(INamedTypeSymbol interfaceType, SyntaxNode node)
    {
        var compilation = (CSharpCompilation)_model.Compilation;
        var classes = new List<INamedTypeSymbol>();
        foreach (var declaration in AllTypes(_snippet.Root.Members))
        {
            if (_model.GetDeclaredSymbol(declaration, _cancellationToken) is not { TypeKind: TypeKind.Class or TypeKind.Struct } candidate)
            {
                continue;
            }
            if (candidate.IsGenericType && candidate.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, interfaceType.OriginalDefinition)))
            {
                throw Unsupported(node, $"a type test against {interfaceType.ToDisplayString()}, which the generic class {candidate.Name} implements, is not translated");
            }
            var conversion = compilation.ClassifyConversion(candidate, interfaceType);
            if (conversion.IsImplicit && (conversion.IsReference || conversion.IsBoxing || conversion.IsIdentity))
            {
                classes.Add(candidate);
            }
        }
        // A class whose base is already listed adds nothing to isinstance.
        var needed = classes.Where(c => !classes.Any(other => !SymbolEqualityComparer.Default.Equals(other, c) && InheritsFrom(c, other))).ToList();
        return needed.Count == 1 ? Py.Name(NameOf(needed[0])) : new PyTuple([.. needed.Select(c => (PyExpression)Py.Name(NameOf(c)))]);
    }

    private static bool InheritsFrom(INamedTypeSymbol type, INamedTypeSymbol ancestor)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(t, ancestor))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// <c>d.TryGetValue(k, out var v) ? (v is double x ? ...) : ...</c>: the local gets its value inside the
    /// expression, so a binding in front of the statement would read it before (or read a stale value).
    /// </summary>
    private bool AssignedInItsExpression(IsPatternExpressionSyntax isPattern)
    {
        var local = SymbolOf(isPattern.Expression);
        SyntaxNode root = isPattern;
        while (root.Parent is ExpressionSyntax or ArgumentSyntax or ArgumentListSyntax)
        {
            root = root.Parent;
        }
        return local is not null && (Assigns(root, local) || root.DescendantNodes().OfType<SingleVariableDesignationSyntax>()
            .Any(d => SymbolEqualityComparer.Default.Equals(_model.GetDeclaredSymbol(d, _cancellationToken), local)));
    }

    /// <summary>
    /// The constant a dotted name on the right of <c>is</c> stands for (<c>day is DayOfWeek.Saturday</c>,
    /// <c>n is Limits.Max</c>): the parser reads a type there, the binder a constant pattern. Null for a type.
    /// </summary>
    private PyExpression? ConstantPatternValue(TypeSyntax right) => SymbolOf(right) switch
    {
        null or ITypeSymbol => null,
        IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } member => IsFromSource(member)
            ? new PyMember(Py.Name(NameOf(member.ContainingType)), NameOf(member))
            : IsDayOfWeek(member.ContainingType) ? new PyMember(Helper(CSharpHelpers.DayOfWeek), member.Name)
            : throw Unsupported(right, $"the library enum {member.ToDisplayString()} is not translated"),
        _ when _model.GetConstantValue(right, _cancellationToken) is { HasValue: true } constant => Constant(constant.Value, right),
        _ => throw Unsupported(right, $"the pattern {right} is not translated"),
    };
}
