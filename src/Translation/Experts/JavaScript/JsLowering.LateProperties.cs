using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    /// <summary>
    /// The properties a method of this class assigns (<c>this.resolvedAt = t</c>, or a constructor only by
    /// <c>this.cache ??= {}</c>) that no constructor of any class of the file sets by plain assignment, no field
    /// declares and no class names as a method or accessor. JavaScript reads them as undefined before they are
    /// set; Python would raise AttributeError, so <c>__init__</c> sets them to None first.
    /// </summary>
    private static List<string> LateProperties(SyntaxNode classNode)
    {
        var classes = Descendants(Root(classNode)).Where(n => n.Type is "class_declaration" or "class").ToList();
        var members = classes.SelectMany(c => c.ChildByField("body")?.NamedChildren ?? []).ToList();
        var settled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            var name = member.ChildByField(member.Type == "field_definition" ? "property" : "name")?.Text;
            if (name is null)
            {
                continue;
            }
            settled.Add(name);
            if (member.Type == "method_definition" && name == "constructor")
            {
                settled.UnionWith(AssignedProperties(member, plainOnly: true));
            }
        }
        return (classNode.ChildByField("body")?.NamedChildren ?? [])
            .Where(m => m.Type == "method_definition" && !m.Children.Any(c => c.Type == "static"))
            .SelectMany(m => AssignedProperties(m, plainOnly: false))
            .Where(p => !settled.Contains(p))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<string> AssignedProperties(SyntaxNode method, bool plainOnly) =>
        Descendants(method)
            .Where(n => (n.Type == "assignment_expression" || !plainOnly && n.Type == "augmented_assignment_expression")
                && n.ChildByField("left") is { Type: "member_expression" } left && left.ChildByField("object")?.Type == "this"
                && left.ChildByField("property") is { Type: "property_identifier" })
            .Select(n => n.ChildByField("left")!.Value.ChildByField("property")!.Value.Text);
}
