using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CodeIntel.Analyzers.Tests.Verifiers;

/// <summary>
/// The Roslyn analyzer test harness set up for this package: local references, compiler warnings left out (CS1572
/// and friends overlap CI0003 when documentation is diagnosed), markup in sources.
/// </summary>
internal static class CSharpVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>
    /// An expected warning with this ID whose message is only checked when arguments are given: the rules have
    /// several descriptors per ID, so the harness cannot pick the message format from the ID alone.
    /// </summary>
    public static DiagnosticResult Diagnostic(string id) => new(id, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);

    /// <summary>An expected diagnostic of one descriptor, message checked against its format and arguments.</summary>
    public static DiagnosticResult Diagnostic(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor) =>
        CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(descriptor);

    public static Test Create()
    {
        var test = new Test
        {
            ReferenceAssemblies = LocalReferenceAssemblies.None,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        test.TestState.AdditionalReferences.AddRange(LocalReferenceAssemblies.Runtime);
        test.FixedState.AdditionalReferences.AddRange(LocalReferenceAssemblies.Runtime);
        return test;
    }

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAnalyzerAsync(new[] { source }, null, expected);

    /// <summary>Several files (a clone across files is the common case) and an optional .editorconfig.</summary>
    public static async Task VerifyAnalyzerAsync(string[] sources, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = Create();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        }
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static Task VerifyCodeFixAsync(string source, string fixedSource, params DiagnosticResult[] expected) =>
        VerifyCodeFixAsync(source, fixedSource, DocumentationMode.Diagnose, expected);

    /// <summary>
    /// With <paramref name="documentation"/> None, as `dotnet build` compiles a project that generates no
    /// documentation file: doc comments then reach analyzers as plain comments.
    /// </summary>
    public static async Task VerifyCodeFixAsync(string source, string fixedSource, DocumentationMode documentation, params DiagnosticResult[] expected)
    {
        var test = Create();
        test.Documentation = documentation;
        test.TestCode = source;
        test.FixedCode = fixedSource;
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    internal sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public DocumentationMode Documentation { get; set; } = DocumentationMode.Diagnose;

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithDocumentationMode(Documentation);
    }
}
