using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CodeIntel.CloneDetection.Fingerprints;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeIntel.Analyzers.Clones;

/// <summary>
/// CI0001 (exact and renamed clones) and CI0002 (near-duplicates) across the whole compilation. Member bodies are
/// collected concurrently as the compiler visits them and matched once, at the end of the compilation, so each
/// copy is reported with the locations of the others. One analyzer serves both rules so the bodies are read once.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateCodeAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.DuplicateCode, DiagnosticDescriptors.NearDuplicateCode);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var units = new ConcurrentBag<CloneUnit>();
            var shapes = new UnitShapeBuilder(CloneOptions.DefaultKGram, CloneOptions.DefaultWindow);
            // Clones are a matter of syntax: a tree action reads the bodies without asking the driver for symbols
            // or semantic models, which is what keeps the rule cheap in a build.
            start.RegisterSyntaxTreeAction(tree => Collect(tree, shapes, units));
            start.RegisterCompilationEndAction(end => Report(end, units));
        });
    }

    private static void Collect(SyntaxTreeAnalysisContext context, UnitShapeBuilder shapes, ConcurrentBag<CloneUnit> units)
    {
        var options = CloneOptions.Read(context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Tree));
        var root = context.Tree.GetRoot(context.CancellationToken);
        // Members are found without entering their bodies: a body is read once, as a unit, never walked twice.
        foreach (var node in root.DescendantNodes(MemberBody.MayContainMembers))
        {
            if (!MemberBody.IsMember(node) || MemberBody.Body(node) is not { } body || LookupTable.IsTable(body))
            {
                continue;
            }
            if (RoslynCloneTokens.Read(body, options.SmallestMinTokens) is not { } tokens)
            {
                continue;
            }
            context.CancellationToken.ThrowIfCancellationRequested();
            units.Add(new CloneUnit(MemberBody.DisplayName(node), MemberBody.NameToken(node).GetLocation(), shapes.Build(tokens), options));
        }
    }

    private static void Report(CompilationAnalysisContext context, ConcurrentBag<CloneUnit> bag)
    {
        if (bag.Count < 2)
        {
            return;
        }
        // A fixed order (by file and position) makes the matching, and so the messages, the same on every build.
        var units = bag
            .OrderBy(u => u.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
            .ThenBy(u => u.Location.SourceSpan.Start)
            .ToList();
        var shapes = units.Select(u => u.Shape).ToList();

        foreach (var group in CloneMatcher.FindGroups(shapes))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            ReportGroup(context, units, group);
        }

        var minSimilarity = units.Min(u => u.Options.MinSimilarity);
        foreach (var pair in CloneMatcher.FindNearPairs(shapes, minSimilarity))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            ReportNear(context, units[pair.First], units[pair.Second], pair.Similarity);
            ReportNear(context, units[pair.Second], units[pair.First], pair.Similarity);
        }
    }

    private static void ReportGroup(CompilationAnalysisContext context, List<CloneUnit> units, CloneGroup group)
    {
        var kind = group.Kind == CloneKind.Exact ? "exact" : "renamed";
        foreach (var index in group.Members)
        {
            var unit = units[index];
            if (unit.Shape.TokenCount < unit.Options.ExactMinTokens)
            {
                continue;
            }
            var others = group.Members.Where(m => m != index).Select(m => units[m]).ToList();
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.DuplicateCode,
                unit.Location,
                others.Select(o => o.Location),
                unit.Name,
                kind,
                string.Join(", ", others.Select(o => o.Describe())),
                unit.Shape.TokenCount));
        }
    }

    private static void ReportNear(CompilationAnalysisContext context, CloneUnit unit, CloneUnit other, double similarity)
    {
        if (unit.Shape.TokenCount < unit.Options.NearMinTokens || similarity < unit.Options.MinSimilarity)
        {
            return;
        }
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.NearDuplicateCode,
            unit.Location,
            new[] { other.Location },
            unit.Name,
            similarity.ToString("P0", CultureInfo.InvariantCulture),
            other.Describe()));
    }
}
