using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>
/// Compiles a C# program in memory with Roslyn, loads it into a collectible context and runs its entry point
/// with Console output captured: what the C# source prints, to compare with its Python translation.
/// </summary>
internal static class CSharpProgramRunner
{
    // Console is process-wide: one captured run at a time.
    private static readonly Lock ConsoleLock = new();

    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using System.Text;
        """;

    public static string Run(string source)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new[] { CSharpSyntaxTree.ParseText(source, options), CSharpSyntaxTree.ParseText(ImplicitUsings, options) };
        var references = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Program" + Guid.NewGuid().ToString("N"), trees, references, new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
            throw new InvalidOperationException("The C# program does not compile:\n" + string.Join("\n", errors));
        }
        image.Position = 0;
        var context = new AssemblyLoadContext("csharp-program", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var entry = assembly.EntryPoint ?? throw new InvalidOperationException("The C# program has no Main.");
            lock (ConsoleLock)
            {
                var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
                var previousOut = Console.Out;
                var previousCulture = CultureInfo.CurrentCulture;
                Console.SetOut(output);
                CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
                try
                {
                    entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
                }
                catch (TargetInvocationException e) when (e.InnerException is not null)
                {
                    output.Write($"<uncaught {e.InnerException.GetType().Name}>");
                }
                finally
                {
                    Console.SetOut(previousOut);
                    CultureInfo.CurrentCulture = previousCulture;
                }
                return output.ToString();
            }
        }
        finally
        {
            context.Unload();
        }
    }
}
