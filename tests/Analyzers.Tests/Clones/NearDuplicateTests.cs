using Verify = CodeIntel.Analyzers.Tests.Verifiers.CSharpVerifier<
    CodeIntel.Analyzers.Clones.DuplicateCodeAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace CodeIntel.Analyzers.Tests.Clones;

/// <summary>CI0002: near-duplicates (gapped clones) by winnowed fingerprints.</summary>
public sealed class NearDuplicateTests
{
    [Fact]
    public async Task CI0002_CopyWithAStatementAddedAndOneRemoved_ReportedAtBothAsync()
    {
        await Verify.VerifyAnalyzerAsync(
            new[]
            {
                CloneSources.Class("Orders", "{|#0:Sum|}", CloneSources.Body),
                CloneSources.Class("Invoices", "{|#1:Total|}", CloneSources.GappedBody),
            },
            null,
            Verify.Diagnostic("CI0002").WithLocation(0).WithLocation(1),
            Verify.Diagnostic("CI0002").WithLocation(1).WithLocation(0));
    }

    [Fact]
    public async Task CI0002_GappedCopyAlsoRenamed_ReportedAsync()
    {
        var renamedGapped = CloneSources.GappedBody
            .Replace("total", "acc", StringComparison.Ordinal)
            .Replace("values", "xs", StringComparison.Ordinal);
        await Verify.VerifyAnalyzerAsync(
            new[]
            {
                CloneSources.Class("Orders", "{|#0:Sum|}", CloneSources.Body),
                CloneSources.Class("Invoices", "{|#1:Total|}", renamedGapped, "int[] xs, int limit"),
            },
            null,
            Verify.Diagnostic("CI0002").WithLocation(0).WithLocation(1),
            Verify.Diagnostic("CI0002").WithLocation(1).WithLocation(0));
    }

    [Fact]
    public async Task CI0002_UnrelatedMethodsOfTheSameSize_UnchangedAsync()
    {
        await Verify.VerifyAnalyzerAsync(
            new[]
            {
                CloneSources.Class("Orders", "Sum", CloneSources.Body),
                CloneSources.Class("Invoices", "Total", CloneSources.UnrelatedBody),
            },
            null);
    }

    [Fact]
    public async Task CI0002_ExactCopies_ReportedAsCI0001OnlyAsync()
    {
        await Verify.VerifyAnalyzerAsync(
            new[]
            {
                CloneSources.Class("Orders", "{|#0:Sum|}", CloneSources.Body),
                CloneSources.Class("Invoices", "{|#1:Total|}", CloneSources.Body),
            },
            null,
            Verify.Diagnostic("CI0001").WithLocation(0).WithLocation(1),
            Verify.Diagnostic("CI0001").WithLocation(1).WithLocation(0));
    }

    [Fact]
    public async Task CI0002_SimilarityThresholdFromEditorConfig_SilencesTheGappedCopyAsync()
    {
        await Verify.VerifyAnalyzerAsync(
            new[]
            {
                CloneSources.Class("Orders", "Sum", CloneSources.Body),
                CloneSources.Class("Invoices", "Total", CloneSources.GappedBody),
            },
            "codeintel.CI0002.min_similarity = 0.99\n");
    }
}
