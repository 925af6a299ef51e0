using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>
/// Java enums as Python classes. Each constant is an instance made once after the class, with its fields, constructor
/// and methods as the enum declares them, plus what every Java enum has: <c>name()</c>, <c>ordinal()</c>,
/// <c>compareTo</c> (by ordinal, and <c>__lt__</c> for sorting), <c>toString()</c> (the name, unless declared),
/// and the static <c>values()</c> and <c>valueOf(name)</c>. Constants compare by identity, as Java's do, and a
/// switch on an enum names its constants bare (<c>case FOOD -&gt;</c>), which the switch qualifies. A constant with
/// a body of its own (a per-constant method) is reported.
/// </summary>
internal sealed partial class CLowering
{
    private List<PyStatement> LowerJavaEnum(SyntaxNode node)
    {
        var name = Field(node, "name").Text;
        var body = Field(node, "body");
        var constants = body.NamedChildren.Where(c => c.Type == "enum_constant").ToArray();
        var members = body.NamedChildren.Where(c => c.Type == "enum_body_declarations").SelectMany(d => d.NamedChildren).ToArray();
        if (constants.Where(c => c.ChildByField("body") is not null).Select(c => (SyntaxNode?)c).FirstOrDefault() is { } special)
        {
            return [_ctx.Warn(special, $"an enum constant with a body of its own is not translated: {Snippet(node)}")];
        }
        var names = constants.Select(c => Field(c, "name").Text).ToArray();
        var type = new CType(CKind.Object, Name: name);
        _ctx.Enums[name] = names;
        RegisterMembers(name, members);
        foreach (var method in new[] { "name", "ordinal", "compareTo", "values", "valueOf" })
        {
            _ctx.MethodNames.Add(method);
        }
        _ctx.Functions["name"] = CType.String;
        _ctx.Functions["ordinal"] = CType.Int;
        _ctx.Functions["values"] = CType.ListOf(type);
        _ctx.Functions["valueOf"] = type;
        var statements = new List<PyStatement>();
        foreach (var nested in members.Where(m => m.Type is "class_declaration" or "enum_declaration"))
        {
            var ignored = false;
            statements.AddRange(nested.Type == "enum_declaration" ? LowerJavaEnum(nested) : LowerJavaClass(nested, ref ignored));
        }
        statements.Add(LowerKeptClass(node, name, members, new EnumShape(name, type, names)));
        var enumName = Py.Name(name);
        for (var i = 0; i < constants.Length; i++)
        {
            var constant = new PyMember(enumName, LoweringContext.SafeName(names[i]));
            var arguments = constants[i].ChildByField("arguments") is { } list ? list.NamedChildren.Where(a => a.Type != "comment").ToArray() : [];
            var ordinal = i;
            statements.AddRange(Guarded(constants[i], () =>
            [
                new PyAssign(constant, new PyCall(enumName, ConstructorArgumentsFor(name, arguments.Select(Lower).ToArray()))),
                new PyAssign(new PyTuple([new PyMember(constant, "_name"), new PyMember(constant, "_ordinal")]), new PyTuple([new PyString(names[ordinal]), Py.Number(ordinal)])),
            ]));
        }
        statements.Add(new PyAssign(new PyMember(enumName, "_values"), new PyList(names.Select(n => (PyExpression)new PyMember(enumName, LoweringContext.SafeName(n))).ToArray())));
        return statements;
    }

    /// <summary>A switch label naming a constant of the enum the switch is on: <c>Category.FOOD</c>; null for any other label.</summary>
    private PyMember? EnumLabel(SyntaxNode label, CType subject) =>
        label.Type == "identifier" && subject is { Kind: CKind.Object, Name: { } name } && _ctx.Enums.TryGetValue(name, out var constants) && constants.Contains(label.Text)
            ? new PyMember(Py.Name(name), LoweringContext.SafeName(label.Text))
            : null;

    /// <summary>What makes a kept class an enum: its constants (static fields of its own type) and Java's enum methods.</summary>
    private sealed record EnumShape(string Name, CType Type, IReadOnlyList<string> Constants)
    {
        public void Declare(ClassScope scope)
        {
            foreach (var constant in Constants)
            {
                scope.Fields[constant] = (Type, true);
            }
            foreach (var method in new[] { "name", "ordinal", "compareTo" })
            {
                scope.Methods.TryAdd(method, false);
            }
            scope.Methods.TryAdd("values", true);
            scope.Methods.TryAdd("valueOf", true);
        }

        public IEnumerable<PyStatement> Protocol(IReadOnlyList<SyntaxNode> members)
        {
            bool Declares(string method) => members.Any(m => m.Type == "method_declaration" && Field(m, "name").Text == method);
            var self = Py.Name("self");
            var other = Py.Name("other");
            var values = new PyMember(Py.Name(Name), "_values");
            PyParameter[] selfOnly = [new("self")];
            yield return new PyFunctionDef("name", selfOnly, [new PyReturn(new PyMember(self, "_name"))]);
            yield return new PyFunctionDef("ordinal", selfOnly, [new PyReturn(new PyMember(self, "_ordinal"))]);
            yield return new PyFunctionDef("compareTo", [new("self"), new("other")],
                [new PyReturn(Py.Binary(new PyMember(self, "_ordinal"), PyBinaryOperator.Subtract, new PyMember(other, "_ordinal")))]);
            yield return new PyFunctionDef("__lt__", [new("self"), new("other")],
                [new PyReturn(Py.Compare(new PyMember(self, "_ordinal"), PyCompareOperator.Less, new PyMember(other, "_ordinal")))]);
            if (!Declares("toString"))
            {
                foreach (var dunder in new[] { "__str__", "__repr__" })
                {
                    yield return new PyFunctionDef(dunder, selfOnly, [new PyReturn(new PyMember(self, "_name"))]);
                }
            }
            yield return new PyFunctionDef("values", [], [new PyReturn(Py.Call("list", values))], ["staticmethod"]);
            // valueOf("X") raises for a name no constant has, as Java's throws IllegalArgumentException.
            var c = Py.Name("c");
            yield return new PyFunctionDef("valueOf", [new("name")],
            [
                new PyReturn(new PySubscript(
                    new PyComprehension(c, c, values, Py.Compare(new PyMember(c, "_name"), PyCompareOperator.Equal, Py.Name("name"))),
                    Py.Number(0))),
            ], ["staticmethod"]);
        }
    }
}
