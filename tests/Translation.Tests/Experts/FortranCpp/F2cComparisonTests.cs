using CodeIntel.Translation.Experts.FortranCpp;
using CodeIntel.Translation.Verification;
using Xunit.Abstractions;

namespace CodeIntel.Translation.Tests.Experts.FortranCpp;

/// <summary>The fixed-form FORTRAN 77 programs side by side with f2c: both must reproduce gfortran's output.</summary>
public sealed class F2cComparisonTests(ITestOutputHelper output)
{
    [SkippableTheory]
    [MemberData(nameof(ProgramFiles.FixedForm), MemberType = typeof(ProgramFiles))]
    public async Task FixedFormProgram_OursAndF2c_BothPrintWhatGfortranPrints(string name)
    {
        var tools = ProgramFiles.Tools();
        var missing = Toolchain.Missing(("g++", tools.Gxx), ("gfortran", tools.Gfortran), ("f2c", tools.F2c), ("gcc", tools.Gcc));
        Skip.If(missing is not null, missing);
        var source = await File.ReadAllTextAsync(ProgramFiles.Path(name));
        using var dir = new TempDirectory();
        var stem = Path.GetFileNameWithoutExtension(name);
        var ours = await new DifferentialRunner(tools, dir.Root).RunAsync(stem, source, ".f", new FortranCppTranslator().Translate(source, name).Text);
        var (f2cOutput, f2cError, cText) = await new F2cRunner(tools, dir.Root).RunAsync(stem + "_f2c", source);
        output.WriteLine($"{name}: ours {(ours.Equal ? "equal" : "DIFFERENT")}, f2c {(f2cOutput == ours.FortranOutput ? "equal" : "different: " + f2cError)}");
        output.WriteLine($"lines of output: ours {ours.CppOutput?.Split('\n').Length}, f2c C {cText?.Split('\n').Length}");
        Assert.True(ours.Equal, $"ours printed:\n{ours.CppOutput}\ngfortran printed:\n{ours.FortranOutput}");
        Assert.Null(f2cError);
    }
}
