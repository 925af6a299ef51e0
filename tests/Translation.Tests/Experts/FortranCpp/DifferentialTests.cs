using CodeIntel.Translation.Experts.FortranCpp;
using CodeIntel.Translation.Verification;
using Xunit.Abstractions;

namespace CodeIntel.Translation.Tests.Experts.FortranCpp;

/// <summary>Each test program: its translation compiles with g++ -std=c++17 -fopenmp and prints what gfortran's build prints.</summary>
public sealed class DifferentialTests(ITestOutputHelper output)
{
    [SkippableTheory]
    [MemberData(nameof(ProgramFiles.All), MemberType = typeof(ProgramFiles))]
    public async Task Translation_OfTestProgram_CompilesAndPrintsWhatGfortranPrints(string name)
    {
        var tools = ProgramFiles.Tools();
        var missing = Toolchain.Missing(("g++", tools.Gxx), ("gfortran", tools.Gfortran));
        Skip.If(missing is not null, missing);
        var source = await File.ReadAllTextAsync(ProgramFiles.Path(name));
        var result = new FortranCppTranslator().Translate(source, name);
        Assert.Empty(result.Warnings);
        using var dir = new TempDirectory();
        var runner = new DifferentialRunner(tools, dir.Root) { Threads = 4 };
        var diff = await runner.RunAsync(Path.GetFileNameWithoutExtension(name), source, Path.GetExtension(name), result.Text);
        Assert.True(diff.CppCompiles, diff.CppErrors);
        Assert.True(diff.Deterministic, "the original's output varied between runs");
        output.WriteLine(diff.CppOutput);
        Assert.Equal(diff.FortranOutput, diff.CppOutput);
    }
}
