using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>Constructors, properties, operators and indexers of a class.</summary>
internal sealed partial class CSharpLowering
{
    private IEnumerable<PyStatement> LowerConstructors(TypeDeclarationSyntax declaration, INamedTypeSymbol type)
    {
        var ctors = declaration.Members.OfType<ConstructorDeclarationSyntax>().Where(c => !c.Modifiers.Any(SyntaxKind.StaticKeyword)).ToList();
        var primary = declaration.ParameterList;
        var hasInstanceData = declaration.Members.Any(m =>
            m is BaseFieldDeclarationSyntax && !m.Modifiers.Any(SyntaxKind.StaticKeyword) && !m.Modifiers.Any(SyntaxKind.ConstKeyword)
            || m is PropertyDeclarationSyntax p && !p.Modifiers.Any(SyntaxKind.StaticKeyword) && IsAutoProperty(p));
        var result = new List<PyStatement>();
        foreach (var staticCtor in declaration.Members.OfType<ConstructorDeclarationSyntax>().Where(c => c.Modifiers.Any(SyntaxKind.StaticKeyword)))
        {
            result.AddRange(Untranslated(staticCtor, "static constructors of classes are not translated"));
        }
        if (ctors.Count == 0 && primary is null)
        {
            if (hasInstanceData)
            {
                var body = WithScope(type, () => [.. FieldInitializers(declaration), .. BaseCall(type, null)]);
                result.Add(new PyFunctionDef("__init__", [new PyParameter("self")], body));
            }
            return result;
        }
        // The overloads: the primary constructor (if any) and the declared ones, each lowered under a given name.
        var overloads = ctors.Select(c => (Node: (SyntaxNode)c, Arity: c.ParameterList.Parameters.Count, Lower: (Func<string, PyFunctionDef>)(name => LowerConstructor(c, declaration, type, name)))).ToList();
        if (primary is not null)
        {
            overloads.Insert(0, (declaration, primary.Parameters.Count, name => LowerPrimaryConstructor(declaration, primary, type, name)));
        }
        if (overloads.Count == 1)
        {
            result.AddRange(LowerMemberGuarded(overloads[0].Node, () => [overloads[0].Lower("__init__")]));
            return result;
        }
        if (overloads.Select(c => c.Arity).Distinct().Count() != overloads.Count)
        {
            result.AddRange(Untranslated(overloads[1].Node is TypeDeclarationSyntax ? primary! : overloads[1].Node, "constructor overloads with the same number of parameters are not translated"));
            return result;
        }
        // Overloaded constructors: one __init__ picks the overload by argument count, as C# resolution did.
        var dispatch = new List<PyStatement>();
        foreach (var (node, arity, lower) in overloads)
        {
            result.AddRange(LowerMemberGuarded(node, () => [lower($"_init_{arity}")]));
            dispatch.Add(new PyIf(
                Py.Compare(Py.Length(Py.Name("args")), PyCompareOperator.Equal, Py.Number(arity)),
                [new PyExpressionStatement(new PyCall(new PyMember(Py.Name("self"), $"_init_{arity}"), [Py.Name("*args")])), new PyReturn()],
                []));
        }
        dispatch.Add(new PyRaise(Py.Call("TypeError", new PyString($"no {type.Name} constructor takes this many arguments"))));
        result.Insert(0, new PyFunctionDef("__init__", [new PyParameter("self"), new PyParameter("*args")], dispatch));
        return result;
    }

    private PyFunctionDef LowerConstructor(ConstructorDeclarationSyntax ctor, TypeDeclarationSyntax declaration, INamedTypeSymbol type, string name)
    {
        var parameters = LowerParameters(ctor.ParameterList);
        parameters.Insert(0, new PyParameter("self"));
        var saved = _function;
        _function = new FunctionScope(type, false, saved);
        try
        {
            foreach (var p in ctor.ParameterList.Parameters)
            {
                _owners[_model.GetDeclaredSymbol(p, _cancellationToken)!] = _function;
            }
            var prologue = new List<PyStatement>();
            _pre = [];
            if (ctor.Initializer is { ThisOrBaseKeyword.RawKind: (int)SyntaxKind.ThisKeyword } chained)
            {
                var arity = chained.ArgumentList.Arguments.Count;
                prologue.Add(new PyExpressionStatement(new PyCall(new PyMember(Py.Name("self"), $"_init_{arity}"), LowerArguments(chained.ArgumentList))));
            }
            else
            {
                prologue.AddRange(FieldInitializers(declaration));
                prologue.AddRange(BaseCall(type, ctor.Initializer?.ArgumentList));
            }
            prologue.InsertRange(0, _pre);
            _pre = null;
            var body = LowerFunctionBody(ctor.Body, ctor.ExpressionBody?.Expression, type, false, ctor.ParameterList.Parameters);
            return new PyFunctionDef(name, parameters, [.. prologue, .. body]);
        }
        finally
        {
            _function = saved;
            _pre = null;
        }
    }

    private List<PyStatement> WithScope(INamedTypeSymbol type, Func<List<PyStatement>> lower)
    {
        var saved = _function;
        _function = new FunctionScope(type, false, saved);
        _pre = [];
        try
        {
            var body = lower();
            return [.. _pre, .. body];
        }
        finally
        {
            _function = saved;
            _pre = null;
        }
    }

    private IEnumerable<PyStatement> FieldInitializers(TypeDeclarationSyntax declaration)
    {
        foreach (var member in declaration.Members)
        {
            if (member.Modifiers.Any(SyntaxKind.StaticKeyword) || member.Modifiers.Any(SyntaxKind.ConstKeyword))
            {
                continue;
            }
            if (SyntaxErrorIn(member) is { } broken)
            {
                // A broken property is marked where the property is lowered.
                if (member is not FieldDeclarationSyntax)
                {
                    continue;
                }
                foreach (var marker in Untranslated(member, broken))
                {
                    yield return marker;
                }
            }
            else if (member is BaseFieldDeclarationSyntax field)
            {
                // A field, or an event: the delegate its handlers are combined into (None while it has none).
                foreach (var variable in field.Declaration.Variables)
                {
                    var symbol = _model.GetDeclaredSymbol(variable, _cancellationToken)!;
                    var value = variable.Initializer is { } init ? Lower(init.Value) : DefaultValue(symbol is IFieldSymbol f ? f.Type : null);
                    yield return new PyAssign([new PyMember(Py.Name("self"), NameOf(symbol))], value);
                }
            }
            else if (member is PropertyDeclarationSyntax property && IsAutoProperty(property))
            {
                var symbol = _model.GetDeclaredSymbol(property, _cancellationToken)!;
                var value = property.Initializer is { } init ? Lower(init.Value) : DefaultValue(symbol.Type);
                yield return new PyAssign([new PyMember(Py.Name("self"), NameOf(symbol))], value);
            }
        }
    }

    /// <summary><c>super().__init__(...)</c> with the base constructor's arguments; a library exception gets the message .NET would give it.</summary>
    private IEnumerable<PyStatement> BaseCall(INamedTypeSymbol type, ArgumentListSyntax? argumentList)
    {
        if (type.BaseType is null || type.BaseType.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType)
        {
            yield break;
        }
        if (argumentList is not null)
        {
            CheckContainerBaseArguments(type, argumentList);
        }
        var arguments = argumentList is null ? []
            : !IsFromSource(type.BaseType) && CSharpLibrary.PythonException(type.BaseType) is not null ? ExceptionMessage(type.BaseType.Name, [.. argumentList.Arguments.Select(a => a.Expression)])
            : LowerArguments(argumentList);
        var super = new PyCall(Py.Name("super"), []);
        yield return new PyExpressionStatement(new PyCall(new PyMember(super, "__init__"), arguments));
        if (argumentList is not null && !IsFromSource(type.BaseType) && CSharpLibrary.PythonException(type.BaseType) is not null
            && InnerExceptionArgument([.. argumentList.Arguments.Select(a => a.Expression)]) is { } inner)
        {
            // : Exception(message, inner): the inner exception is the Python cause, read back by InnerException.
            yield return new PyAssign([new PyMember(Py.Name("self"), "__cause__")], Lower(inner));
        }
    }

    private IEnumerable<PyStatement> LowerProperty(PropertyDeclarationSyntax property, INamedTypeSymbol type, bool moduleLevel)
    {
        var symbol = _model.GetDeclaredSymbol(property, _cancellationToken)!;
        var name = NameOf(symbol);
        if (symbol.IsAbstract)
        {
            yield break; // the overriding class defines it (an attribute or a @property)
        }
        if (IsAutoProperty(property))
        {
            if (symbol.IsStatic)
            {
                var value = property.Initializer is { } init ? LowerStandalone(init.Value) : DefaultValue(symbol.Type);
                yield return new PyAssign([Py.Name(name)], value);
            }
            yield break; // instance auto-properties are attributes set in __init__
        }
        if (symbol.IsStatic && !moduleLevel && symbol.SetMethod is not null)
        {
            throw Unsupported(property, "static computed properties with a setter are not translated");
        }
        // A static getter runs its body on every read (Vec3.Zero => new(0, 0, 0) is a new value each time): a
        // static method, which every read calls.
        var isStatic = moduleLevel || symbol.IsStatic;
        var self = isStatic ? new List<PyParameter>() : [new PyParameter("self")];
        var decorators = moduleLevel ? null : symbol.IsStatic ? new[] { "staticmethod" } : ["property"];
        if (property.ExpressionBody is { } arrow)
        {
            yield return new PyFunctionDef(name, self, LowerFunctionBody(null, arrow.Expression, type, isStatic, [], returnsValue: true), decorators);
            yield break;
        }
        foreach (var accessor in property.AccessorList!.Accessors)
        {
            if (accessor.IsKind(SyntaxKind.GetAccessorDeclaration))
            {
                yield return new PyFunctionDef(name, self, LowerFunctionBody(accessor.Body, accessor.ExpressionBody?.Expression, type, isStatic, [], returnsValue: true), decorators);
            }
            else if (moduleLevel)
            {
                throw Unsupported(accessor, "setters of static properties are not translated");
            }
            else
            {
                yield return new PyFunctionDef(name, [.. self, new PyParameter("value")], LowerFunctionBody(accessor.Body, accessor.ExpressionBody?.Expression, type, false, []), [$"{name}.setter"]);
            }
        }
    }

    private IEnumerable<PyStatement> LowerOperator(OperatorDeclarationSyntax op, INamedTypeSymbol type)
    {
        var unary = op.ParameterList.Parameters.Count == 1;
        var name = op.OperatorToken.Kind() switch
        {
            SyntaxKind.PlusToken => unary ? "__pos__" : "__add__",
            SyntaxKind.MinusToken => unary ? "__neg__" : "__sub__",
            SyntaxKind.AsteriskToken => "__mul__",
            SyntaxKind.SlashToken => "__truediv__",
            SyntaxKind.PercentToken => "__mod__",
            SyntaxKind.EqualsEqualsToken => "__eq__",
            SyntaxKind.ExclamationEqualsToken => "__ne__",
            SyntaxKind.LessThanToken => "__lt__",
            SyntaxKind.GreaterThanToken => "__gt__",
            SyntaxKind.LessThanEqualsToken => "__le__",
            SyntaxKind.GreaterThanEqualsToken => "__ge__",
            _ => throw Unsupported(op, $"operator {op.OperatorToken.ValueText} is not translated"),
        };
        // The static operator's first operand plays self: Python calls a.__add__(b) for a + b. When only the second
        // operand is this type (2.0 * v), Python calls the reflected v.__rmul__(2.0): the parameters swap.
        var parameters = LowerParameters(op.ParameterList);
        var symbol = _model.GetDeclaredSymbol(op, _cancellationToken)!;
        var reflected = !unary && !SymbolEqualityComparer.Default.Equals(symbol.Parameters[0].Type, type) && name is "__add__" or "__sub__" or "__mul__" or "__truediv__" or "__mod__";
        if (reflected)
        {
            name = "__r" + name[2..];
            parameters = [parameters[1], parameters[0]];
        }
        var declaration = (TypeDeclarationSyntax)op.Parent!;
        var earlier = declaration.Members.OfType<OperatorDeclarationSyntax>().TakeWhile(o => o != op)
            .Any(o => o.OperatorToken.IsKind(op.OperatorToken.Kind()) && o.ParameterList.Parameters.Count == op.ParameterList.Parameters.Count
                && SymbolEqualityComparer.Default.Equals(_model.GetDeclaredSymbol(o, _cancellationToken)?.Parameters[0].Type, symbol.Parameters[0].Type));
        var body = LowerFunctionBody(op.Body, op.ExpressionBody?.Expression, type, true, op.ParameterList.Parameters, returnsValue: true);
        if (!reflected && OverloadsByOperand(op, symbol, type) is { } group)
        {
            return OperatorOverload(name, parameters, body, group, op);
        }
        if (earlier)
        {
            throw Unsupported(op, $"a second operator {op.OperatorToken.ValueText} told apart by its operand types is not translated");
        }
        return [new PyFunctionDef(name, parameters, body)];
    }

    private IEnumerable<PyStatement> LowerIndexer(IndexerDeclarationSyntax indexer, INamedTypeSymbol type)
    {
        var parameters = LowerParameters(indexer.ParameterList);
        // this[int r, int c]: Python passes m[r, c] as one tuple key, unpacked first.
        List<PyStatement> unpack = [];
        if (parameters.Count > 1)
        {
            unpack.Add(new PyAssign([new PyTuple([.. parameters.Select(p => Py.Name(p.Name))])], Py.Name("key")));
            parameters = [new PyParameter("key")];
        }
        parameters.Insert(0, new PyParameter("self"));
        if (indexer.ExpressionBody is { } arrow)
        {
            yield return new PyFunctionDef("__getitem__", parameters, [.. unpack, .. LowerFunctionBody(null, arrow.Expression, type, false, indexer.ParameterList.Parameters, returnsValue: true)]);
            yield break;
        }
        foreach (var accessor in indexer.AccessorList!.Accessors)
        {
            var isGet = accessor.IsKind(SyntaxKind.GetAccessorDeclaration);
            yield return new PyFunctionDef(
                isGet ? "__getitem__" : "__setitem__",
                isGet ? parameters : [.. parameters, new PyParameter("value")],
                [.. unpack, .. LowerFunctionBody(accessor.Body, accessor.ExpressionBody?.Expression, type, false, indexer.ParameterList.Parameters, returnsValue: isGet)]);
        }
    }

    /// <summary>C#'s default value of a type: 0, 0.0, False, '\0', or None.</summary>
    private static IReadOnlyList<ParameterSyntax>? PrimaryConstructorParameters(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<TypeDeclarationSyntax>().FirstOrDefault(d => d.ParameterList is not null)?.ParameterList!.Parameters;

    private PyExpression DefaultValue(ITypeSymbol? type) => Classify(type) switch
    {
        _ when type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } => new PyConstant("None"),
        CsKind.Int => Py.Number(0),
        CsKind.Float when IsDecimal(type) => Py.Number(0), // an int 0 mixes with Decimals and prints as decimal's 0 does
        CsKind.Float => new PyNumber("0.0"),
        CsKind.Bool => new PyConstant("False"),
        CsKind.Char => new PyString("\0"),
        CsKind.Enum => new PyCall(IsDayOfWeek(type) ? Helper(CSharpHelpers.DayOfWeek) : Py.Name(NameOf(type!)), [Py.Number(0)]),
        CsKind.Date => DateModule("min"),
        CsKind.Tuple => new PyTuple([.. ((INamedTypeSymbol)type!).TupleElements.Select(e => DefaultValue(e.Type))]),
        // A KeyValuePair is a (key, value) tuple here; its default is the pair of defaults, never null.
        _ when type is INamedTypeSymbol { Name: "KeyValuePair", TypeArguments: [var key, var value] } pair && FullName(pair) == "System.Collections.Generic.KeyValuePair"
            => new PyTuple([DefaultValue(key), DefaultValue(value)]),
        // A struct of the source is never null: its default is the zeroed value its parameterless constructor makes,
        // or, for a record struct or a struct with a primary constructor, that constructor given zeroed arguments.
        _ when type is INamedTypeSymbol { TypeKind: TypeKind.Struct } s && IsFromSource(s) && PrimaryConstructorParameters(s) is { } parameters
            => new PyCall(Py.Name(NameOf(s)), [.. parameters.Select(p => DefaultValue(_model.GetTypeInfo(p.Type!, _cancellationToken).Type))]),
        // A struct whose constructors all take arguments still has C#'s zeroing one, which Python's __init__ lacks:
        // an instance made without __init__, its fields zeroed.
        _ when type is INamedTypeSymbol { TypeKind: TypeKind.Struct } s && IsFromSource(s) && s.InstanceConstructors.Any(c => c.Parameters.Length == 0)
            && s.InstanceConstructors.Any(c => !c.IsImplicitlyDeclared && c.Parameters.Length > 0) && !s.InstanceConstructors.Any(c => !c.IsImplicitlyDeclared && c.Parameters.Length == 0)
            => new PyCall(Helper(CSharpHelpers.With), [Py.Method(Py.Name(NameOf(s)), "__new__", Py.Name(NameOf(s)))],
                [.. s.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst)
                    .Select(f => new PyKeyword(NameOf(f.AssociatedSymbol ?? f), DefaultValue(f.Type)))]),
        _ when type is INamedTypeSymbol { TypeKind: TypeKind.Struct } s && IsFromSource(s) && s.InstanceConstructors.Any(c => c.Parameters.Length == 0)
            => new PyCall(Py.Name(NameOf(s)), []),
        _ => new PyConstant("None"),
    };
}
