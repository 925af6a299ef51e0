using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeIntel.Bench.AnalyzerOverhead;

/// <summary>
/// An analyzer that does nothing but be there. `dotnet build` always runs analyzers (the SDK's own are on by
/// default), so the analyzer driver's fixed cost is already paid in a real build; timing the compiler with this
/// one present separates that fixed cost from what the CodeIntel rules add.
/// </summary>
#pragma warning disable RS1036, RS1041, RS2008 // A benchmark stand-in inside the bench executable, never shipped or loaded by a compiler.
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class NoOpAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("NOOP0001", "No-op", "No-op", "Bench", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxTreeAction(_ => { });
    }
}
#pragma warning restore RS1036, RS1041, RS2008
