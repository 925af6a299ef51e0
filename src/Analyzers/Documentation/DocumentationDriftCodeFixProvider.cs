using System.Collections.Immutable;
using System.Composition;
using System.Linq;

using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace CodeIntel.Analyzers.Documentation;

/// <summary>
/// Fixes CI0003 where the fix cannot change meaning: follows a parameter rename, removes a stale element or a
/// &lt;returns&gt; of a member that returns nothing, and adds an empty element for an undescribed parameter or an
/// unlisted exception (for the author to fill in). Code is never touched, only the comment.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DocumentationDriftCodeFixProvider)), Shared]
public sealed class DocumentationDriftCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CI0003);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }
        var text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            diagnostic.Properties.TryGetValue(DriftKinds.Key, out var drift);
            diagnostic.Properties.TryGetValue(DriftKinds.TagKey, out var tag);
            diagnostic.Properties.TryGetValue(DriftKinds.NameKey, out var name);
            diagnostic.Properties.TryGetValue(DriftKinds.ReplacementKey, out var replacement);
            var node = root.FindNode(diagnostic.Location.SourceSpan, findInsideTrivia: true, getInnermostNodeForTie: true);
            var (title, change) = drift switch
            {
                DriftKinds.Stale when replacement is not null =>
                    (Format("CI0003FixRename", replacement), (TextChange?)new TextChange(diagnostic.Location.SourceSpan, replacement)),
                DriftKinds.Stale or DriftKinds.ReturnsNothing when Element(node) is { } element =>
                    (AnalyzerResources.Get("CI0003FixRemove"), DocumentationEdits.Remove(text, element)),
                DriftKinds.Missing when name is not null && tag is not null =>
                    (Format("CI0003FixAddParam", name), AddNamed(text, node, tag, name)),
                DriftKinds.MissingException when name is not null =>
                    (Format("CI0003FixAddException", name), AddException(text, node, name)),
                _ => (string.Empty, null),
            };
            if (change is not { } edit)
            {
                continue;
            }
            context.RegisterCodeFix(
                CodeAction.Create(title, _ => Task.FromResult(context.Document.WithText(text.WithChanges(edit))), drift + ":" + name),
                diagnostic);
        }
    }

    private static XmlNodeSyntax? Element(SyntaxNode node) =>
        node.AncestorsAndSelf().FirstOrDefault(n => n is XmlElementSyntax || n is XmlEmptyElementSyntax) as XmlNodeSyntax;

    private static SyntaxNode? Member(SyntaxNode node) =>
        node.AncestorsAndSelf().FirstOrDefault(n => DocumentedMember.Kinds.Any(k => n.RawKind == (int)k));

    // A new <param> goes after the element of the nearest documented parameter before it, else before the first one,
    // so the comment keeps the signature's order.
    private static TextChange? AddNamed(SourceText text, SyntaxNode node, string tag, string name)
    {
        if (Member(node) is not { } member || DocumentationComment.Find(member) is not { } comment)
        {
            return null;
        }
        var documented = tag == "param" ? comment.Params : comment.TypeParams;
        var declared = tag == "param"
            ? DocumentedMember.Parameters(member).Select(p => p.Identifier.ValueText).ToList()
            : DocumentedMember.TypeParameters(member).Select(p => p.Identifier.ValueText).ToList();
        if (documented.Count == 0)
        {
            return null;
        }
        var xml = "<" + tag + " name=\"" + name + "\"></" + tag + ">";
        for (var i = declared.IndexOf(name) - 1; i >= 0; i--)
        {
            var previous = documented.FirstOrDefault(d => d.Name.Identifier.ValueText == declared[i]);
            if (previous.Element is not null)
            {
                return DocumentationEdits.InsertAfter(text, previous.Element, xml);
            }
        }
        return DocumentationEdits.InsertBefore(text, documented[0].Element, xml);
    }

    private static TextChange? AddException(SourceText text, SyntaxNode node, string type)
    {
        if (Member(node) is not { } member || DocumentationComment.Find(member) is not { Exceptions.Count: > 0 } comment)
        {
            return null;
        }
        return DocumentationEdits.InsertAfter(text, comment.Exceptions[comment.Exceptions.Count - 1].Element,
            "<exception cref=\"" + type + "\"></exception>");
    }

    private static string Format(string resource, string argument) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, AnalyzerResources.Get(resource), argument);

}
