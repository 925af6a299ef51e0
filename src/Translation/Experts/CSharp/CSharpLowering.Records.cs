using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Records (positional or not, class or struct, derived or not) get what the compiler synthesizes: value equality
/// over every instance field of the record and its base records, between objects of the same runtime type
/// (a List field compares by reference, as <c>EqualityComparer&lt;List&gt;.Default</c> does), a hash over the
/// same fields, and a ToString printing <c>Name { A = 1, B = 2 }</c> with the public fields and properties of
/// each record level, base first. <c>with</c> copies (shallow, like the compiler's clone) and sets the members.
/// </summary>
internal sealed partial class CSharpLowering
{
    private IEnumerable<PyStatement> RecordMembers(TypeDeclarationSyntax declaration, INamedTypeSymbol type)
    {
        var self = Py.Name("self");
        var other = Py.Name("other");
        var declared = declaration.Members.OfType<MethodDeclarationSyntax>().Select(m => _model.GetDeclaredSymbol(m, _cancellationToken)).OfType<IMethodSymbol>().ToList();
        if (declared.Any(m => m is { Name: "Equals", Parameters: [{ Type: var t }] } && SymbolEqualityComparer.Default.Equals(t, type)))
        {
            foreach (var marker in Untranslated(declaration, "a record that declares its own Equals is not translated"))
            {
                yield return marker;
            }
            yield break;
        }
        var stored = RecordLevels(type).SelectMany(level => RecordOwnMembers(level).Where(m => m.Stored)).Select(m => m.Symbol).ToList();
        // type(other) is type(self): the compiler compares EqualityContract, the runtime type.
        PyExpression equal = Py.Compare(Py.Call("type", other), PyCompareOperator.Is, Py.Call("type", self));
        foreach (var member in stored)
        {
            var byReference = ComparesByReference(MemberType(member));
            var comparison = Py.Compare(new PyMember(self, NameOf(member)), byReference ? PyCompareOperator.Is : PyCompareOperator.Equal, new PyMember(other, NameOf(member)));
            equal = new PyBoolean(equal, PyBooleanOperator.And, comparison);
        }
        yield return new PyFunctionDef("__eq__", [new PyParameter("self"), new PyParameter("other")], [new PyReturn(equal)]);
        if (!declared.Any(m => m is { Name: "GetHashCode", Parameters.Length: 0 }))
        {
            var hashed = stored.Select(m => ComparesByReference(MemberType(m)) ? Py.Call("id", new PyMember(self, NameOf(m))) : (PyExpression)new PyMember(self, NameOf(m)));
            yield return new PyFunctionDef("__hash__", [new PyParameter("self")], [new PyReturn(Py.Call("hash", new PyTuple([Py.Call("type", self), .. hashed])))]);
        }
        if (!declared.Any(m => m is { Name: "ToString", Parameters.Length: 0 }))
        {
            yield return RecordToString(declaration, type);
        }
        var positional = declaration.ParameterList?.Parameters.Select(p => type.GetMembers(p.Identifier.ValueText).FirstOrDefault() ?? FindInherited(type, p.Identifier.ValueText)).ToList();
        if (positional is [_, ..] && positional.All(p => p is IPropertySymbol or IFieldSymbol)
            && !declared.Any(m => m.Name == "Deconstruct" && m.Parameters.Length == positional.Count || m.Name == "GetEnumerator"))
        {
            // The synthesized Deconstruct: var (a, b) = r and foreach (var (a, b) in rs) unpack the positional members.
            yield return new PyFunctionDef("__iter__", [new PyParameter("self")],
                [new PyReturn(Py.Call("iter", new PyTuple([.. positional.Select(p => (PyExpression)new PyMember(self, NameOf(p!)))])))]);
        }
    }

    private static ISymbol? FindInherited(INamedTypeSymbol type, string name)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.GetMembers(name).FirstOrDefault(m => m is IPropertySymbol or IFieldSymbol) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    private PyFunctionDef RecordToString(TypeDeclarationSyntax declaration, INamedTypeSymbol type)
    {
        List<PyStatement> body;
        try
        {
            if (declaration.Members.OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Identifier.ValueText == "PrintMembers") is { } printMembers)
            {
                throw Unsupported(printMembers, "a record's own PrintMembers is not translated");
            }
            var self = Py.Name("self");
            var printed = RecordLevels(type).SelectMany(level => RecordOwnMembers(level).Where(m => m.Printed)).Select(m => m.Symbol).ToList();
            var parts = new List<PyExpression>();
            for (var i = 0; i < printed.Count; i++)
            {
                parts.Add(new PyString((i == 0 ? string.Empty : ", ") + printed[i].Name + " = "));
                parts.Add(RecordValueText(new PyMember(self, NameOf(printed[i])), MemberType(printed[i]), declaration));
            }
            parts.Add(new PyString(printed.Count == 0 ? "}" : " }"));
            PyExpression text = new PyString(type.Name + " { ");
            foreach (var part in parts)
            {
                text = text is PyString a && part is PyString b ? new PyString(a.Value + b.Value) : Py.Binary(text, PyBinaryOperator.Add, part);
            }
            body = [new PyReturn(text)];
        }
        catch (CSharpUntranslatableException e)
        {
            body = [.. Untranslated(e.Node, e.Message)];
        }
        return new PyFunctionDef("__str__", [new PyParameter("self")], body);
    }

    /// <summary>The record and its base records, the root first.</summary>
    private static List<INamedTypeSymbol> RecordLevels(INamedTypeSymbol type)
    {
        var levels = new List<INamedTypeSymbol>();
        for (var t = type; t is not null && t.IsRecord && IsFromSource(t); t = t.BaseType)
        {
            levels.Insert(0, t);
        }
        return levels;
    }

    /// <summary>
    /// The fields and properties one record level declares, in declaration order (the positional ones first):
    /// stored when they hold a value (a field, an auto-property), printed when the compiler's PrintMembers
    /// shows them (public, not static, readable, not an override).
    /// </summary>
    private IEnumerable<(ISymbol Symbol, bool Stored, bool Printed)> RecordOwnMembers(INamedTypeSymbol level)
    {
        var declaration = level.DeclaringSyntaxReferences.Select(r => r.GetSyntax(_cancellationToken)).OfType<RecordDeclarationSyntax>().FirstOrDefault();
        if (declaration is null)
        {
            yield break;
        }
        foreach (var parameter in declaration.ParameterList?.Parameters ?? default)
        {
            if (SynthesizedProperty(level, parameter) is { } property)
            {
                yield return (property, true, true);
            }
        }
        foreach (var member in declaration.Members)
        {
            if (member.Modifiers.Any(SyntaxKind.StaticKeyword) || member.Modifiers.Any(SyntaxKind.ConstKeyword))
            {
                continue;
            }
            if (member is FieldDeclarationSyntax field)
            {
                foreach (var variable in field.Declaration.Variables)
                {
                    var symbol = _model.GetDeclaredSymbol(variable, _cancellationToken)!;
                    yield return (symbol, true, symbol.DeclaredAccessibility == Accessibility.Public);
                }
            }
            else if (member is PropertyDeclarationSyntax property && _model.GetDeclaredSymbol(property, _cancellationToken) is { } symbol)
            {
                var printed = symbol.DeclaredAccessibility == Accessibility.Public && symbol.GetMethod is { DeclaredAccessibility: Accessibility.Public } && !symbol.IsOverride;
                yield return (symbol, IsAutoProperty(property), printed);
            }
        }
    }

    private static ITypeSymbol MemberType(ISymbol member) => member switch
    {
        IPropertySymbol p => p.Type,
        IFieldSymbol f => f.Type,
        _ => throw new ArgumentException("not a field or property", nameof(member)),
    };

    /// <summary>Types Python compares by content where .NET's default comparer compares references (collections, arrays, builders).</summary>
    private static bool ComparesByReference(ITypeSymbol type) =>
        Classify(type) is CsKind.List or CsKind.Array or CsKind.Dictionary or CsKind.Set or CsKind.Queue or CsKind.Stack or CsKind.StringBuilder or CsKind.Enumerable;

    /// <summary>A member value as the compiler's PrintMembers appends it (its ToString; null prints nothing).</summary>
    private PyExpression RecordValueText(PyExpression value, ITypeSymbol type, SyntaxNode where)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            var inner = RecordValueText(value, nullable.TypeArguments[0], where);
            return inner is PyCall { Function: PyName { Id: CSharpHelpers.Str } } ? inner : new PyConditional(Py.Compare(value, PyCompareOperator.Is, PyConstant.None), new PyString(string.Empty), inner);
        }
        switch (Classify(type))
        {
            case CsKind.Enum:
                return EnumText(value, type);
            case CsKind.StringBuilder or CsKind.Date:
                return AsString(value, type);
            case CsKind.Tuple:
                var elements = ((INamedTypeSymbol)type).TupleElements;
                PyExpression text = new PyString("(");
                for (var i = 0; i < elements.Length; i++)
                {
                    text = Py.Binary(text, PyBinaryOperator.Add, RecordValueText(new PySubscript(value, Py.Number(i)), elements[i].Type, where));
                    text = Py.Binary(text, PyBinaryOperator.Add, new PyString(i == elements.Length - 1 ? ")" : ", "));
                }
                return text;
            case CsKind.List or CsKind.Array or CsKind.Dictionary or CsKind.Set or CsKind.Queue or CsKind.Stack when type.TypeKind != TypeKind.Interface:
                // Collections do not override ToString: .NET prints the runtime type's name, here the declared one.
                return new PyConditional(Py.Compare(value, PyCompareOperator.Is, PyConstant.None), new PyString(string.Empty), new PyString(NetTypeName(type)));
            case CsKind.List or CsKind.Dictionary or CsKind.Set or CsKind.Enumerable or CsKind.Other when type.TypeKind == TypeKind.Interface && !IsFromSource(type):
                throw Unsupported(where, $"the record's ToString prints the runtime type of a {type.ToDisplayString()} member, which the translation does not know");
            default:
                return new PyCall(Helper(CSharpHelpers.Str), [value]);
        }
    }

    /// <summary>The name .NET's Object.ToString prints for a type: <c>System.Collections.Generic.List`1[System.Int32]</c>.</summary>
    private static string NetTypeName(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return NetTypeName(array.ElementType) + "[" + new string(',', array.Rank - 1) + "]";
        }
        var name = type.ContainingType is { } outer ? NetTypeName(outer.OriginalDefinition) + "+" + type.MetadataName
            : type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;
        return type is INamedTypeSymbol { TypeArguments.Length: > 0 } generic && !SymbolEqualityComparer.Default.Equals(generic, generic.OriginalDefinition)
            ? name + "[" + string.Join(",", generic.TypeArguments.Select(NetTypeName)) + "]"
            : name;
    }

    /// <summary>
    /// <c>x with { A = 1 }</c>: the receiver is copied first (<c>copy.copy</c>, shallow, as the compiler's clone),
    /// then the values are computed and set in order. A tuple becomes a new tuple.
    /// </summary>
    private PyExpression LowerWith(WithExpressionSyntax with)
    {
        var type = TypeOf(with.Expression);
        var members = new List<(ISymbol Symbol, ExpressionSyntax Value)>();
        foreach (var expression in with.Initializer.Expressions)
        {
            if (expression is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment || SymbolOf(name) is not { } symbol)
            {
                throw Unsupported(expression, "this member of a with expression is not translated");
            }
            members.Add((symbol, assignment.Right));
        }
        var receiver = Lower(with.Expression);
        if (type is INamedTypeSymbol { IsTupleType: true } tuple)
        {
            var changes = members.ToDictionary(m => TupleIndex((IFieldSymbol)m.Symbol), m => Lower(m.Value));
            if (receiver is PyName && members.All(m => IsSideEffectFree(m.Value)))
            {
                // t with { B = v }: (t[0], v) when computing v cannot change t.
                return new PyTuple([.. tuple.TupleElements.Select((_, i) => changes.TryGetValue(i, out var value) ? value : new PySubscript(receiver, Py.Number(i)))]);
            }
            return new PyCall(Helper(CSharpHelpers.TupleWith), [receiver, new PyDict([.. changes.Select(c => new PyDictEntry(Py.Number(c.Key), c.Value))])]);
        }
        if (type is null || !(type.IsAnonymousType || IsFromSource(type) && (type.IsRecord || type.TypeKind == TypeKind.Struct)))
        {
            throw Unsupported(with, $"a with expression on {type?.ToDisplayString() ?? "this value"} is not translated");
        }
        PyExpression copy = ShallowCopy(receiver);
        if (members.Count == 0)
        {
            return copy;
        }
        return new PyCall(Helper(CSharpHelpers.With), [copy], [.. members.Select(m => new PyKeyword(NameOf(m.Symbol), Lower(m.Value)))]);
    }

    /// <summary>Whether evaluating the expression can change no variable: no call, assignment, ++/-- or object creation.</summary>
    private static bool IsSideEffectFree(ExpressionSyntax expression) =>
        !expression.DescendantNodesAndSelf().Any(n => n is InvocationExpressionSyntax or AssignmentExpressionSyntax or BaseObjectCreationExpressionSyntax
            || n is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression }
            || n is PostfixUnaryExpressionSyntax);
}
