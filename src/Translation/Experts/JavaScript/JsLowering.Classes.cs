using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    /// <summary>
    /// A class: the constructor becomes <c>__init__</c> (instance fields assigned first, after <c>super()</c> in a
    /// derived class), static methods <c>@staticmethod</c>, getters and setters properties, <c>this</c> self.
    /// </summary>
    private List<PyStatement> LowerClass(SyntaxNode node)
    {
        var name = node.ChildByField("name")!.Value.Text;
        var bases = new List<PyExpression>();
        var heritage = node.NamedChildren.Where(c => c.Type == "class_heritage").ToList();
        if (heritage.Count > 0)
        {
            var parent = heritage[0].NamedChildren[0].Text;
            // A subclass of RangeError or TypeError stays one (instanceof RangeError, its name), as in JavaScript.
            bases.Add(new PyName(!parent.EndsWith("Error", StringComparison.Ordinal) || ctx.Facts.Classes.Contains(parent) ? JsContext.SafeName(parent)
                : parent is "TypeError" or "SyntaxError" or "ReferenceError" || JsRuntime.ErrorClasses.Contains(parent) ? ErrorType(parent)
                : "Exception"));
        }
        ctx.Declare(name, node.StartByte, JsType.Function);
        var outerClass = ctx.Class;
        ctx.Class = name;
        try
        {
            var members = node.ChildByField("body")!.Value.NamedChildren;
            var body = new List<PyStatement>();
            var fields = new List<PyStatement>();
            var after = new List<PyStatement>();
            var deferStatics = false;
            foreach (var field in members.Where(m => m.Type == "field_definition"))
            {
                var property = field.ChildByField("property")!.Value;
                if (UnreadableMember(field, property) is { } reason)
                {
                    body.AddRange(Marked(field, reason));
                    continue;
                }
                PyExpression value;
                try
                {
                    var lowered = field.ChildByField("value") is { } v ? Lower(v) : JsValue.Of(PyConstant.None, JsType.Null);
                    value = lowered.Py;
                    if (field.Children.Any(c => c.Type == "static"))
                    {
                        ctx.AssignField(StaticField(property.Text), lowered.Type);
                    }
                }
                catch (UntranslatableException e)
                {
                    body.AddRange(Marked(field, e.Message));
                    continue;
                }
                if (field.Children.Any(c => c.Type == "static"))
                {
                    // A static initializer that names its own class runs once the class exists (Python's class body runs
                    // before the name is bound), and the static fields after it follow it there, in order.
                    deferStatics |= field.ChildByField("value") is { } initializer && Descendants(initializer).Any(d => d.Type == "identifier" && d.Text == name);
                    if (deferStatics)
                    {
                        after.Add(new PyAssign([new PyMember(new PyName(JsContext.SafeName(name)), JsContext.SafeName(property.Text))], value));
                    }
                    else
                    {
                        body.Add(new PyAssign([new PyName(JsContext.SafeName(property.Text))], value));
                    }
                }
                else
                {
                    ctx.AssignField(property.Text, field.ChildByField("value") is { } fv ? Lower(fv).Type : JsType.Null);
                    fields.Add(new PyAssign([new PyMember(new PyName("self"), JsContext.SafeName(property.Text))], value));
                }
            }
            // A property a method assigns and nothing sets at construction is undefined until then, not missing.
            fields.AddRange(LateProperties(node).Select(p => (PyStatement)new PyAssign([new PyMember(new PyName("self"), JsContext.SafeName(p))], PyConstant.None)));
            var hasConstructor = members.Any(m => m.Type == "method_definition" && m.ChildByField("name")?.Text == "constructor");
            if (!hasConstructor && fields.Count > 0)
            {
                var init = new List<PyStatement>();
                if (bases.Count > 0)
                {
                    init.Add(new PyExpressionStatement(PyCall.Method(PyCall.Of("super"), "__init__", new PyName("*args"))));
                }
                init.AddRange(fields);
                body.Add(new PyFunctionDef("__init__", bases.Count > 0 ? [new("self"), new("*args")] : [new("self")], init));
            }
            foreach (var member in members)
            {
                switch (member.Type)
                {
                    case "comment":
                        body.Add(Comment(member));
                        break;
                    case "method_definition" when IsIteratorMethod(member):
                        body.AddRange(IteratorMethod(member));
                        break;
                    case "method_definition" when UnreadableMember(member, member.ChildByField("name")) is { } reason:
                        body.AddRange(Marked(member, reason));
                        break;
                    case "method_definition":
                        body.AddRange(LowerMethod(member, fields, bases.Count > 0));
                        break;
                    case "field_definition":
                    case ";":
                        break;
                    default:
                        body.Add(ctx.Warn(member, $"class member '{member.Type}' is not translated"));
                        break;
                }
            }
            return [new PyClassDef(JsContext.SafeName(name), bases, body), .. after];
        }
        finally
        {
            ctx.Class = outerClass;
        }
    }

    /// <summary>The marked comment (warned) and the raise that stand for a class member not translated.</summary>
    private PyStatement[] Marked(SyntaxNode member, string reason) => [ctx.Warn(member, reason), Py.NotImplemented(reason)];

    /// <summary>Why a class member cannot be translated by name: a computed name (<c>[key]</c>) or a syntax error; null when it can.</summary>
    /// <summary>The key a static field's kind is recorded under, apart from instance fields of the same name.</summary>
    private static string StaticField(string name) => "static " + name;

    private static string? UnreadableMember(SyntaxNode member, SyntaxNode? name) =>
        name is not { Type: "property_identifier" or "private_property_identifier" } ? "a class member with a computed name is not translated"
        : BrokenSyntax.InOwnParts(member) && member.Type == "field_definition" || name.Value.IsMissing ? "the JavaScript source has a syntax error in this class member"
        : null;

    private static bool IsIteratorMethod(SyntaxNode member) =>
        member.ChildByField("name") is { Type: "computed_property_name" } name && name.Text.Replace(" ", string.Empty, StringComparison.Ordinal) == "[Symbol.iterator]"
        && !member.Children.Any(c => c.Type is "static" or "get" or "set" or "async");

    /// <summary>
    /// <c>[Symbol.iterator]() { ... }</c>, what for..of and spread call: a method <c>js_iterator</c> and an
    /// <c>__iter__</c> that calls it. Python's iter() wants an iterator back where JavaScript takes any iterable
    /// result of the method (a Map's entries(), an array's values()), hence the iter() around it.
    /// </summary>
    private PyStatement[] IteratorMethod(SyntaxNode member)
    {
        const string name = "js_iterator";
        var def = LowerFunction(member, name, method: true);
        var iter = new PyFunctionDef("__iter__", [new("self")], [new PyReturn(PyCall.Of("iter", PyCall.Method(new PyName("self"), name)))]);
        return [def, iter];
    }

    private List<PyStatement> LowerMethod(SyntaxNode member, List<PyStatement> fields, bool derived)
    {
        var name = member.ChildByField("name")!.Value.Text;
        var isStatic = member.Children.Any(c => c.Type == "static");
        var kind = member.Children.Where(c => c.Type is "get" or "set").Select(c => c.Type).FirstOrDefault();
        var decorators = kind switch
        {
            "get" when isStatic => ["staticmethod"],
            "get" => ["property"],
            "set" => [$"{JsContext.SafeName(name)}.setter"],
            _ => isStatic ? new[] { "staticmethod" } : null,
        };
        IReadOnlyList<PyStatement>? prologue = null;
        if (name == "constructor" && fields.Count > 0)
        {
            prologue = derived ? null : fields;
        }
        var def = LowerFunction(member, name, method: !isStatic, decorators, prologue);
        if (name == "constructor" && derived && fields.Count > 0)
        {
            // Fields of a derived class are set right after super() returns.
            var superCall = def.Body.ToList().FindIndex(s => s is PyExpressionStatement { Expression: PyCall { Function: PyMember { Name: "__init__" } } });
            var list = def.Body.ToList();
            list.InsertRange(superCall + 1, fields);
            def = def with { Body = list };
        }
        var result = new List<PyStatement> { def };
        if (name == "toString" && !isStatic)
        {
            result.Add(new PyFunctionDef("__str__", [new("self")], [new PyReturn(PyCall.Method(new PyName("self"), "toString"))]));
        }
        return result;
    }
}
