using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeIntel.Analyzers.Documentation;

/// <summary>
/// CI0003: an XML documentation comment that drifted from its member. It names a parameter or type parameter the
/// member no longer has, leaves one undescribed while describing others, describes a return value of a member that
/// returns nothing, or lists exceptions but not one the member itself throws.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DocumentationDriftAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(
            DiagnosticDescriptors.StaleDocumentation,
            DiagnosticDescriptors.RenamedDocumentation,
            DiagnosticDescriptors.MissingDocumentation,
            DiagnosticDescriptors.ReturnsNothingDocumentation,
            DiagnosticDescriptors.MissingExceptionDocumentation);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var compilation = start.Compilation;
            start.RegisterSyntaxTreeAction(tree => AnalyzeTree(tree, compilation));
        });
    }

    // A syntax-tree action rather than syntax-node actions: the driver then resolves no symbols for every
    // declaration of the build, and the rule pays only for members that have a doc comment.
    private static void AnalyzeTree(SyntaxTreeAnalysisContext tree, Compilation compilation)
    {
        SemanticModel? model = null;
        foreach (var node in tree.Tree.GetRoot(tree.CancellationToken).DescendantNodes(Clones.MemberBody.MayContainMembers))
        {
            if (!DocumentedMember.Kinds.Any(k => node.RawKind == (int)k))
            {
                continue;
            }
            // Most members have no doc comment: this is the cheap exit that keeps the rule off the build's critical path.
            if (DocumentationComment.Find(node) is not { IsIndirect: false } comment)
            {
                continue;
            }
            // Only async return types and thrown exception types need binding, and only in documented members: the
            // tree's model is made on first need.
#pragma warning disable RS1030 // Made at most once per tree and only for documented members; a syntax-tree action has no model of its own.
            SemanticModel Model() => model ??= compilation.GetSemanticModel(tree.Tree);
#pragma warning restore RS1030
            Analyze(new DriftContext(node, Model, tree.ReportDiagnostic, tree.CancellationToken), comment);
        }
    }

    private static void Analyze(DriftContext context, DocumentationComment comment)
    {
        var member = DocumentedMember.Name(context.Node);
        var parameters = DocumentedMember.Parameters(context.Node);
        CheckNames(context, comment, member, "param", comment.Params, parameters.Select(p => p.Identifier).ToList());
        CheckNames(context, comment, member, "typeparam", comment.TypeParams,
            DocumentedMember.TypeParameters(context.Node).Select(p => p.Identifier).ToList());

        if (comment.Returns.Count > 0 && DocumentedMember.ReturnsNothing(context.Node, context.Model, context.CancellationToken))
        {
            foreach (var returns in comment.Returns)
            {
                Report(context, comment.LocationOf(returns), DriftKinds.ReturnsNothing, "returns", null, null,
                    DiagnosticDescriptors.ReturnsNothingDocumentation, member);
            }
        }

        if (comment.Exceptions.Count > 0 && DocumentedMember.Body(context.Node) is { } body)
        {
            CheckExceptions(context, member, comment, body);
        }
    }

    private static void CheckNames(DriftContext context, DocumentationComment comment, string member, string tag,
        List<NamedElement> documented, List<Microsoft.CodeAnalysis.SyntaxToken> declared)
    {
        if (documented.Count == 0)
        {
            return;
        }
        var declaredNames = new HashSet<string>(declared.Select(t => t.ValueText));
        var documentedNames = new HashSet<string>(documented.Select(d => d.Name.Identifier.ValueText));
        var stale = documented.Where(d => !declaredNames.Contains(d.Name.Identifier.ValueText)).ToList();
        var missing = declared.Where(t => !documentedNames.Contains(t.ValueText)).ToList();

        // One stale name and one undescribed parameter is a rename the comment did not follow: say so, once.
        if (stale.Count == 1 && missing.Count == 1)
        {
            var oldName = stale[0].Name.Identifier.ValueText;
            var newName = missing[0].ValueText;
            Report(context, comment.LocationOf(stale[0].Name), DriftKinds.Stale, tag, oldName, newName,
                DiagnosticDescriptors.RenamedDocumentation, member, tag, oldName, newName);
            return;
        }
        foreach (var element in stale)
        {
            var name = element.Name.Identifier.ValueText;
            Report(context, comment.LocationOf(element.Name), DriftKinds.Stale, tag, name, null, DiagnosticDescriptors.StaleDocumentation, member, tag, name);
        }
        foreach (var token in missing)
        {
            Report(context, token.GetLocation(), DriftKinds.Missing, tag, token.ValueText, null,
                DiagnosticDescriptors.MissingDocumentation, member, tag, token.ValueText);
        }
    }

    private static void CheckExceptions(DriftContext context, string member, DocumentationComment comment, SyntaxNode body)
    {
        var documented = comment.Exceptions
            // The comment may have been parsed apart from the tree (see DocumentationComment.Find): bind its
            // crefs as type names at the member's position, which works either way.
            .Select(e => context.Model().GetSpeculativeTypeInfo(context.Node.SpanStart,
                SyntaxFactory.ParseTypeName(e.Cref.ToString()), SpeculativeBindingOption.BindAsTypeOrNamespace).Type)
            .Where(t => t is not null and not IErrorTypeSymbol)
            .ToList();
        foreach (var (type, syntax) in ThrownExceptions.Find(body, context.Model(), context.CancellationToken))
        {
            if (documented.Any(d => InheritsFrom(type, d!)))
            {
                continue;
            }
            Report(context, syntax.GetLocation(), DriftKinds.MissingException, "exception", syntax.ToString(), null,
                DiagnosticDescriptors.MissingExceptionDocumentation, member, type.Name);
        }
    }

    private static bool InheritsFrom(ITypeSymbol type, ITypeSymbol documented)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, documented))
            {
                return true;
            }
        }
        return false;
    }

    private static void Report(DriftContext context, Location location, string drift, string tag, string? name,
        string? replacement, DiagnosticDescriptor descriptor, params object[] messageArgs)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties.Add(DriftKinds.Key, drift);
        properties.Add(DriftKinds.TagKey, tag);
        properties.Add(DriftKinds.NameKey, name);
        properties.Add(DriftKinds.ReplacementKey, replacement);
        context.Report(Diagnostic.Create(descriptor, location, properties.ToImmutable(), messageArgs));
    }
}
