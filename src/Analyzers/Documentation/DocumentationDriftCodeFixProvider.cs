using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
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
            var span = diagnostic.Location.SourceSpan;
            // The token that owns the comment (or the parameter / throw the diagnostic is on) leads to the member.
            var member = Member(root.FindToken(span.Start).Parent);
            if (member is null || DocumentationComment.Find(member) is not { } comment)
            {
                continue;
            }
            var (title, change) = drift switch
            {
                DriftKinds.Stale when replacement is not null =>
                    (Format("CI0003FixRename", replacement), (TextChange?)new TextChange(span, replacement)),
                DriftKinds.Stale => (AnalyzerResources.Get("CI0003FixRemove"), RemoveNamed(text, comment, span)),
                DriftKinds.ReturnsNothing => (AnalyzerResources.Get("CI0003FixRemove"), RemoveReturns(text, comment, span)),
                DriftKinds.Missing when name is not null && tag is not null =>
                    (Format("CI0003FixAddParam", name), AddNamed(text, member, comment, tag, name)),
                DriftKinds.MissingException when name is not null && comment.Exceptions.Count > 0 =>
                    (Format("CI0003FixAddException", name), DocumentationEdits.InsertAfter(text,
                        comment.SpanOf(comment.Exceptions[comment.Exceptions.Count - 1].Element), "<exception cref=\"" + name + "\"></exception>")),
                _ => (string.Empty, null),
            };
            if (change is not { } edit)
            {
                continue;
            }
            context.RegisterCodeFix(
                // One equivalence key for every CI0003 fix: "fix all" then repairs all of a comment's drift in one pass.
                CodeAction.Create(title, _ => Task.FromResult(context.Document.WithText(text.WithChanges(edit))), DiagnosticIds.CI0003),
                diagnostic);
        }
    }

    private static SyntaxNode? Member(SyntaxNode? node) =>
        node?.AncestorsAndSelf().FirstOrDefault(n => DocumentedMember.Kinds.Any(k => n.RawKind == (int)k));

    private static TextChange? RemoveNamed(SourceText text, DocumentationComment comment, TextSpan span)
    {
        var element = comment.Params.Concat(comment.TypeParams).FirstOrDefault(e => comment.SpanOf(e.Name) == span).Element;
        return element is null ? null : DocumentationEdits.Remove(text, comment.SpanOf(element));
    }

    private static TextChange? RemoveReturns(SourceText text, DocumentationComment comment, TextSpan span)
    {
        var element = comment.Returns.FirstOrDefault(r => comment.SpanOf(r) == span);
        return element is null ? null : DocumentationEdits.Remove(text, comment.SpanOf(element));
    }

    // A new <param> goes after the element of the nearest documented parameter before it, else before the first one,
    // so the comment keeps the signature's order.
    private static TextChange? AddNamed(SourceText text, SyntaxNode member, DocumentationComment comment, string tag, string name)
    {
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
                return DocumentationEdits.InsertAfter(text, comment.SpanOf(previous.Element), xml);
            }
        }
        return DocumentationEdits.InsertBefore(text, comment.SpanOf(documented[0].Element), xml);
    }

    private static string Format(string resource, string argument) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, AnalyzerResources.Get(resource), argument);
}
