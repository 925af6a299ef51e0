using CodeIntel.Analyzers;
using Verify = CodeIntel.Analyzers.Tests.Verifiers.CSharpVerifier<
    CodeIntel.Analyzers.Documentation.DocumentationDriftAnalyzer,
    CodeIntel.Analyzers.Documentation.DocumentationDriftCodeFixProvider>;

namespace CodeIntel.Analyzers.Tests.Documentation;

/// <summary>CI0003: documentation drift, detection and the fixes that only touch the comment.</summary>
public sealed class DocumentationDriftTests
{
    [Fact]
    public async Task CI0003_ParameterRenamedButNotItsDoc_FixedByRenamingAsync()
    {
        const string source = """
            class Buffer
            {
                /// <summary>Copies a prefix.</summary>
                /// <param name="source">Where from.</param>
                /// <param name="{|#0:count|}">How many.</param>
                public void Copy(int[] source, int length) { }
            }
            """;
        const string fixedSource = """
            class Buffer
            {
                /// <summary>Copies a prefix.</summary>
                /// <param name="source">Where from.</param>
                /// <param name="length">How many.</param>
                public void Copy(int[] source, int length) { }
            }
            """;
        await Verify.VerifyCodeFixAsync(source, fixedSource,
            Verify.Diagnostic(DiagnosticDescriptors.RenamedDocumentation).WithLocation(0).WithArguments("Copy", "param", "count", "length"));
    }

    [Fact]
    public async Task CI0003_DocumentsARemovedParameter_FixedByRemovingTheLineAsync()
    {
        const string source = """
            class Buffer
            {
                /// <summary>Clears the buffer.</summary>
                /// <param name="{|#0:force|}">Ignored.</param>
                /// <param name="size">New size.</param>
                public void Clear(int size) { }
            }
            """;
        const string fixedSource = """
            class Buffer
            {
                /// <summary>Clears the buffer.</summary>
                /// <param name="size">New size.</param>
                public void Clear(int size) { }
            }
            """;
        await Verify.VerifyCodeFixAsync(source, fixedSource,
            Verify.Diagnostic(DiagnosticDescriptors.StaleDocumentation).WithLocation(0).WithArguments("Clear", "param", "force"));
    }

    [Fact]
    public async Task CI0003_NewParameterUndocumented_FixedByAddingItsElementInSignatureOrderAsync()
    {
        const string source = """
            class Buffer
            {
                /// <summary>Resizes.</summary>
                /// <param name="width">Columns.</param>
                /// <param name="depth">Layers.</param>
                public void Resize(int width, int {|#0:height|}, int depth) { }
            }
            """;
        const string fixedSource = """
            class Buffer
            {
                /// <summary>Resizes.</summary>
                /// <param name="width">Columns.</param>
                /// <param name="height"></param>
                /// <param name="depth">Layers.</param>
                public void Resize(int width, int height, int depth) { }
            }
            """;
        await Verify.VerifyCodeFixAsync(source, fixedSource,
            Verify.Diagnostic(DiagnosticDescriptors.MissingDocumentation).WithLocation(0).WithArguments("Resize", "param", "height"));
    }

    [Fact]
    public async Task CI0003_ReturnsOnAVoidMethod_FixedByRemovingItAsync()
    {
        const string source = """
            class Buffer
            {
                /// <summary>Flushes.</summary>
                /// {|#0:<returns>True when written.</returns>|}
                public void Flush() { }
            }
            """;
        const string fixedSource = """
            class Buffer
            {
                /// <summary>Flushes.</summary>
                public void Flush() { }
            }
            """;
        await Verify.VerifyCodeFixAsync(source, fixedSource,
            Verify.Diagnostic(DiagnosticDescriptors.ReturnsNothingDocumentation).WithLocation(0).WithArguments("Flush"));
    }

    [Fact]
    public async Task CI0003_ReturnsOnAnAsyncTaskMethod_ReportedButNotOnTaskOfTAsync()
    {
        const string source = """
            using System.Threading.Tasks;
            class Buffer
            {
                /// <summary>Flushes.</summary>
                /// {|#0:<returns>The count.</returns>|}
                public async Task FlushAsync() => await Task.Yield();

                /// <summary>Counts.</summary>
                /// <returns>The count.</returns>
                public async Task<int> CountAsync() { await Task.Yield(); return 1; }
            }
            """;
        await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic("CI0003").WithLocation(0));
    }

    [Fact]
    public async Task CI0003_ThrowsAnUnlistedException_FixedByListingItAsync()
    {
        const string source = """
            using System;
            class Buffer
            {
                /// <summary>Reads.</summary>
                /// <exception cref="ArgumentNullException">No data.</exception>
                public int Read(int[] data)
                {
                    if (data is null) throw new ArgumentNullException(nameof(data));
                    if (data.Length == 0) throw new {|#0:InvalidOperationException|}("empty");
                    return data[0];
                }
            }
            """;
        const string fixedSource = """
            using System;
            class Buffer
            {
                /// <summary>Reads.</summary>
                /// <exception cref="ArgumentNullException">No data.</exception>
                /// <exception cref="InvalidOperationException"></exception>
                public int Read(int[] data)
                {
                    if (data is null) throw new ArgumentNullException(nameof(data));
                    if (data.Length == 0) throw new InvalidOperationException("empty");
                    return data[0];
                }
            }
            """;
        await Verify.VerifyCodeFixAsync(source, fixedSource,
            Verify.Diagnostic(DiagnosticDescriptors.MissingExceptionDocumentation).WithLocation(0).WithArguments("Read", "InvalidOperationException"));
    }

    [Fact]
    public async Task CI0003_ThrowsCoveredByABaseTypeOrCaughtOrInALambda_UnchangedAsync()
    {
        const string source = """
            using System;
            class Buffer
            {
                /// <summary>Reads.</summary>
                /// <exception cref="ArgumentException">Bad data.</exception>
                public int Read(int[] data)
                {
                    if (data is null) throw new ArgumentNullException(nameof(data));
                    try { throw new InvalidOperationException(); } catch (InvalidOperationException) { }
                    Func<int> later = () => throw new NotSupportedException();
                    return data.Length;
                }
            }
            """;
        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task CI0003_DocumentationThatMatches_UnchangedAsync()
    {
        const string source = """
            using System;
            class Buffer
            {
                /// <summary>Copies.</summary>
                /// <typeparam name="T">Element type.</typeparam>
                /// <param name="source">From.</param>
                /// <param name="count">How many.</param>
                /// <returns>Copied.</returns>
                /// <exception cref="ArgumentOutOfRangeException">Too many.</exception>
                public T[] Copy<T>(T[] source, int count)
                {
                    if (count > source.Length) throw new ArgumentOutOfRangeException(nameof(count));
                    return source;
                }

                /// <inheritdoc/>
                public override string ToString() => "";

                /// <summary>Undocumented parameters are CS1591's business, not drift.</summary>
                public void Log(string message) { }
            }
            """;
        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task CI0003_TypeParameterRenamed_FixedByRenamingAsync()
    {
        const string source = """
            class Buffer
            {
                /// <summary>Makes one.</summary>
                /// <typeparam name="{|#0:TItem|}">The element.</typeparam>
                public TElement[] Make<TElement>() => new TElement[0];
            }
            """;
        const string fixedSource = """
            class Buffer
            {
                /// <summary>Makes one.</summary>
                /// <typeparam name="TElement">The element.</typeparam>
                public TElement[] Make<TElement>() => new TElement[0];
            }
            """;
        await Verify.VerifyCodeFixAsync(source, fixedSource,
            Verify.Diagnostic(DiagnosticDescriptors.RenamedDocumentation).WithLocation(0).WithArguments("Make", "typeparam", "TItem", "TElement"));
    }

    [Fact]
    public async Task CI0003_ConstructorWithReturns_FixedByRemovingItAsync()
    {
        const string source = """
            class Buffer
            {
                /// <summary>Creates.</summary>
                /// {|#0:<returns/>|}
                public Buffer() { }
            }
            """;
        const string fixedSource = """
            class Buffer
            {
                /// <summary>Creates.</summary>
                public Buffer() { }
            }
            """;
        await Verify.VerifyCodeFixAsync(source, fixedSource, Verify.Diagnostic("CI0003").WithLocation(0));
    }

    [Fact]
    public async Task CI0003_ProjectWithoutDocumentationFile_StillReportedAndFixedAsync()
    {
        const string source = """
            using System;
            class Buffer
            {
                /// <summary>Reads.</summary>
                /// <param name="{|#0:buffer|}">Target.</param>
                /// <exception cref="ArgumentException">Bad data.</exception>
                /// {|#1:<returns>Nothing.</returns>|}
                public void Read(byte[] data)
                {
                    if (data is null) throw new ArgumentNullException(nameof(data));
                }
            }
            """;
        const string fixedSource = """
            using System;
            class Buffer
            {
                /// <summary>Reads.</summary>
                /// <param name="data">Target.</param>
                /// <exception cref="ArgumentException">Bad data.</exception>
                public void Read(byte[] data)
                {
                    if (data is null) throw new ArgumentNullException(nameof(data));
                }
            }
            """;
        await Verify.VerifyCodeFixAsync(source, fixedSource, Microsoft.CodeAnalysis.DocumentationMode.None,
            Verify.Diagnostic("CI0003").WithLocation(0),
            Verify.Diagnostic("CI0003").WithLocation(1));
    }
}
