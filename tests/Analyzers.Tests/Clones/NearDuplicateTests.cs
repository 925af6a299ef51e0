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
    public async Task CI0001_CI0002_TwoSwitchTablesOfOneShape_UnchangedAsync()
    {
        // Tables mapping constants to constants look alike once names are abstracted but share no logic to extract.
        const string Tables = """
            enum Op { Add, Sub, Mul, Div, Mod, Pow, Shl, Shr }
            enum Cmp { Eq, Ne, Lt, Le, Gt, Ge, In, Is }
            static class Spelling
            {
                public static string Of(Op op) => op switch
                {
                    Op.Add => "+", Op.Sub => "-", Op.Mul => "*", Op.Div => "/", Op.Mod => "%", Op.Pow => "**", Op.Shl => "<<", _ => ">>",
                };
                public static string Of(Cmp op)
                {
                    switch (op)
                    {
                        case Cmp.Eq: return "==";
                        case Cmp.Ne: return "!=";
                        case Cmp.Lt: return "<";
                        case Cmp.Le: return "<=";
                        case Cmp.Gt: return ">";
                        case Cmp.Ge: return ">=";
                        case Cmp.In: return "in";
                        default: return "is";
                    }
                }
                public static string Name(Cmp op) => op switch
                {
                    Cmp.Eq => "equal", Cmp.Ne => "not equal", Cmp.Lt => "less", Cmp.Le => "at most", Cmp.Gt => "more", Cmp.Ge => "at least", Cmp.In => "in", _ => "is",
                };
            }
            """;
        await Verify.VerifyAnalyzerAsync(new[] { Tables }, null);
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
