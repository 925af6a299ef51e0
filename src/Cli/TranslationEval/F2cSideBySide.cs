using CodeIntel.Translation.Experts.FortranCpp;
using CodeIntel.Translation.Verification;

namespace CodeIntel.Cli.TranslationEval;

/// <summary>Our C++ and f2c's C for the same FORTRAN 77 programs: does each compile, print what gfortran prints, and how long is it.</summary>
internal static class F2cSideBySide
{
    public static async Task RunAsync(DirectoryInfo dir, Toolchain tools, string work, int threads, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (Toolchain.Missing(("f2c", tools.F2c), ("gcc", tools.Gcc)) is { } missing)
        {
            await stderr.WriteLineAsync($"f2c comparison skipped: {missing}.").ConfigureAwait(false);
            return;
        }
        var files = dir.GetFiles("*.f").OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        await stdout.WriteLineAsync($"f2c side by side on {files.Count} fixed-form FORTRAN 77 programs in {dir.Name}:").ConfigureAwait(false);
        await stdout.WriteLineAsync("  program            ours: runs-equal lines  | f2c: runs-equal lines").ConfigureAwait(false);
        int oursEqual = 0, f2cEqual = 0;
        var env = new Dictionary<string, string> { ["OMP_NUM_THREADS"] = threads.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var file in files)
        {
            var source = await File.ReadAllTextAsync(file.FullName, cancellationToken).ConfigureAwait(false);
            var stem = Path.GetFileNameWithoutExtension(file.Name);
            var cpp = new FortranCppTranslator().Translate(source, file.Name, cancellationToken).Text;
            var ours = await new DifferentialRunner(tools, work) { Threads = threads }.RunAsync(stem, source, ".f", cpp, cancellationToken).ConfigureAwait(false);
            var (f2cOut, f2cError, cText) = await new F2cRunner(tools, work).RunAsync(stem + "_f2c", source, env, cancellationToken).ConfigureAwait(false);
            bool f2cOk = f2cError is null && f2cOut == ours.FortranOutput;
            oursEqual += ours.Equal ? 1 : 0;
            f2cEqual += f2cOk ? 1 : 0;
            // Lines of the program proper: our runtime support and f2c's header boilerplate both excluded.
            var ourLines = CountCode(cpp[(cpp.LastIndexOf("}  // namespace ftn", StringComparison.Ordinal) is var k and >= 0 ? k : 0)..]);
            var f2cLines = cText is null ? 0 : CountCode(cText[(cText.IndexOf("*/", StringComparison.Ordinal) + 2)..]);
            await stdout.WriteLineAsync($"  {file.Name,-18} {(ours.Equal ? "yes" : "NO"),-10} {ourLines,5}  | {(f2cOk ? "yes" : "NO " + f2cError),-10} {f2cLines,5}").ConfigureAwait(false);
        }
        await stdout.WriteLineAsync($"  run-equal: ours {oursEqual}/{files.Count}, f2c {f2cEqual}/{files.Count}").ConfigureAwait(false);
    }

    private static int CountCode(string text) => text.Split('\n').Count(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
}
