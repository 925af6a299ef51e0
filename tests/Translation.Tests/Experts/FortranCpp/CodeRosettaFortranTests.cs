using CodeIntel.Translation.Experts.FortranCpp;
using CodeIntel.Translation.Verification;
using Xunit.Abstractions;

namespace CodeIntel.Translation.Tests.Experts.FortranCpp;

/// <summary>
/// The targets on the shared CodeRosetta Fortran set: of the programs gfortran accepts standalone, at least
/// 95% translate into C++ that g++ compiles, and every deterministic one prints what gfortran's build prints.
/// </summary>
public sealed class CodeRosettaFortranTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task SharedSet_StandalonePrograms_CompileAndMatchGfortran()
    {
        var folder = SharedData.Folder("coderosetta/fortran-cpp");
        Skip.If(folder is null, "shared/data/coderosetta/fortran-cpp is not on this machine");
        var tools = ProgramFiles.Tools();
        var missing = Toolchain.Missing(("g++", tools.Gxx), ("gfortran", tools.Gfortran));
        Skip.If(missing is not null, missing);
        var pairs = await FortranCppPairs.ReadAsync(Path.Combine(folder!, "hpc_fortran_cpp.dev.jsonl"));
        using var dir = new TempDirectory();
        var eval = new FortranSetEvaluator(new FortranCppTranslator(), tools, dir.Root);
        var report = await eval.RunAsync(pairs);
        foreach (var line in report.Lines)
        {
            output.WriteLine(line);
        }
        Assert.True(report.Standalone >= 20, $"only {report.Standalone} programs were accepted by gfortran standalone");
        Assert.True(report.Compiled >= 0.95 * report.Standalone, $"{report.Compiled} of {report.Standalone} compiled");
        // The message carries every program's outcome: CI keeps the log, and a failure under load must say which and why.
        Assert.True(report.Deterministic == report.RunEqual,
            $"{report.RunEqual} of {report.Deterministic} deterministic programs printed what gfortran's build printed:\n{string.Join('\n', report.Lines)}");
    }
}
