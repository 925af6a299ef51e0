using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    /// <summary>
    /// A tagged template (<c>money`${name} owes ${sum}`</c>): the tag is called with the list of the literal's text
    /// pieces (one more than its substitutions, empty where two meet) and then each substitution's value, as
    /// JavaScript calls it. The pieces' <c>raw</c> spelling is not kept: a program that reads it is reported.
    /// </summary>
    private JsValue TaggedTemplate(SyntaxNode callee, SyntaxNode template)
    {
        if (ctx.Facts.ReadsRaw || callee.Text == "String.raw")
        {
            throw Unsupported(template, "a tagged template whose tag reads the raw strings");
        }
        var pieces = new List<PyExpression>();
        var values = new List<PyExpression>();
        var position = template.StartByte + 1;
        foreach (var substitution in template.NamedChildren.Where(c => c.Type == "template_substitution"))
        {
            pieces.Add(new PyString(Unescape(template.Tree.Source.Decode(position, substitution.StartByte))));
            values.Add(Lower(substitution.NamedChildren.First(c => c.Type != "comment")).Py);
            position = substitution.EndByte;
        }
        pieces.Add(new PyString(Unescape(template.Tree.Source.Decode(position, template.EndByte - 1))));
        var tag = Lower(callee);
        return JsValue.Of(new PyCall(tag.Py, [new PyList(pieces), .. values]), ctx.Returns.GetValueOrDefault(callee.Text) ?? JsType.Unknown);
    }
}
