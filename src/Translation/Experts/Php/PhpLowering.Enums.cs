using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Enums: a class whose cases are its only instances, made once after the class (<c>Status.Paid =
/// Status("Paid", "paid")</c>), so a case is one object and <c>===</c>, <c>match</c> and <c>instanceof</c> work on
/// it as in PHP. Each case has <c>name</c> (and <c>value</c> when backed); <c>cases()</c> lists them in order;
/// a backed enum has <c>from</c> (ValueError with PHP's message when absent) and <c>tryFrom</c> (null).
/// </summary>
internal sealed partial class PhpLowering
{
    private IReadOnlyList<PyStatement> LowerEnum(SyntaxNode node)
    {
        var name = Field(node, "name").Text;
        var python = PythonNames.Safe(name);
        var backed = node.NamedChildren.Any(c => c.Type == "primitive_type");
        var self = new PyName(python);
        var body = new List<PyStatement>();
        var members = WithTraitMembers(Field(node, "body").NamedChildren.ToArray(), body);
        var cases = members.Where(m => m.Type == "enum_case").ToArray();
        List<PyStatement> init = [new PyAssign(new PyMember(new PyName("self"), PropertyName("name")), new PyName("name"))];
        if (backed)
        {
            init.Add(new PyAssign(new PyMember(new PyName("self"), PropertyName("value")), new PyName("value")));
        }
        body.Add(new PyFunctionDef("__init__", [new("self"), new("name"), new("value", PyConstant.None)], init));
        var caseList = new PyList(cases.Select(c => (PyExpression)new PyMember(self, AttributeName(Field(c, "name").Text))).ToArray());
        body.Add(new PyFunctionDef("cases", [], [new PyReturn(caseList)], ["staticmethod"]));
        if (backed)
        {
            var all = PyCall.Method(self, "cases");
            body.Add(new PyFunctionDef("from_", [new("value")], [new PyReturn(Helper("php_enum_from", all, new PyName("value"), new PyString(name)))], ["staticmethod"]));
            body.Add(new PyFunctionDef("tryFrom", [new("value")], [new PyReturn(Helper("php_enum_try_from", all, new PyName("value")))], ["staticmethod"]));
        }
        var after = new List<PyStatement>();
        var outerScope = _scope;
        _scope = new Scope(outerScope, python, true);
        try
        {
            foreach (var c in cases)
            {
                var caseName = Field(c, "name").Text;
                PyExpression[] arguments = c.ChildByField("value") is { } value
                    ? [new PyString(caseName), LowerExpression(value).Expression]
                    : [new PyString(caseName)];
                after.Add(new PyAssign(new PyMember(self, AttributeName(caseName)), PyCall.Of(python, arguments)));
            }
            foreach (var constant in members.Where(m => m.Type == "const_declaration").SelectMany(m => m.NamedChildren).Where(c => c.Type == "const_element"))
            {
                // After the cases: an enum's constants usually name one of them (const DEFAULT = self::Draft).
                after.Add(new PyAssign(new PyMember(self, AttributeName(constant.NamedChildren[0].Text)), LowerExpression(constant.NamedChildren[^1]).Expression));
            }
        }
        finally
        {
            _scope = outerScope;
        }
        var savedProperties = _properties;
        _properties = new Dictionary<string, PhpType>(StringComparer.Ordinal);
        try
        {
            LowerMethods(members, python, body, [], []);
        }
        finally
        {
            _properties = savedProperties;
        }
        return [new PyClassDef(python, ClassBases(node), body), .. after];
    }
}
