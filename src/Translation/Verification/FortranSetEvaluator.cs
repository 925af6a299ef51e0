namespace CodeIntel.Translation.Verification;

/// <summary>Runs a Fortran-to-C++ translator over a set of programs and checks every output with the compilers.</summary>
public sealed class FortranSetEvaluator
{
    private readonly ITranslator _translator;
    private readonly Toolchain _tools;
    private readonly string _workDir;

    public FortranSetEvaluator(ITranslator translator, Toolchain tools, string workDir)
    {
        _translator = translator;
        _tools = tools;
        _workDir = workDir;
    }

    public int Threads { get; init; } = 4;

    public async Task<FortranSetReport> RunAsync(IReadOnlyList<FortranCppPair> pairs, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        int standalone = 0, translated = 0, compiled = 0, runnable = 0, deterministic = 0, equal = 0, warnings = 0;
        var outputs = new List<string?>();
        var isStandalone = new List<bool>();
        var lines = new List<string>();
        var runner = new DifferentialRunner(_tools, _workDir) { Threads = Threads };
        for (int i = 0; i < pairs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = $"p{pairs[i].Line}";
            var f = Path.Combine(_workDir, name + ".f90");
            await File.WriteAllTextAsync(f, pairs[i].Fortran, cancellationToken).ConfigureAwait(false);
            var syntax = await ProcessRunner.RunAsync(_tools.Gfortran!, ["-fopenmp", "-fsyntax-only", "-ffree-line-length-none", "-w", f], _workDir, TimeSpan.FromSeconds(60), null, cancellationToken).ConfigureAwait(false);
            isStandalone.Add(syntax.Succeeded);
            TranslationResult result;
            try
            {
                result = await _translator.TranslateAsync(new TranslationRequest(pairs[i].Fortran, TranslationTarget.Cpp, Parsing.Languages.Language.Fortran, f), cancellationToken).ConfigureAwait(false);
            }
            catch (TranslationUnavailableException ex)
            {
                outputs.Add(null);
                lines.Add($"{name}: not translated: {ex.Message}");
                continue;
            }
            outputs.Add(result.Text);
            if (!syntax.Succeeded)
            {
                continue;
            }
            standalone++;
            translated++;
            warnings += result.Warnings.Count;
            if (!result.Text.Contains("int main(", StringComparison.Ordinal))
            {
                var cpp = Path.Combine(_workDir, name + ".cpp");
                await File.WriteAllTextAsync(cpp, result.Text, cancellationToken).ConfigureAwait(false);
                var build = await runner.CompileCppAsync(cpp, cancellationToken).ConfigureAwait(false);
                if (!build.Succeeded)
                {
                    lines.Add($"{name}: g++ rejects the translation: {FirstError(build.Stderr)}");
                    continue;
                }
                compiled++;
                lines.Add($"{name}: compiles (no main program to run)");
                continue;
            }
            var diff = await runner.RunAsync(name, pairs[i].Fortran, ".f90", result.Text, cancellationToken).ConfigureAwait(false);
            if (!diff.CppCompiles)
            {
                lines.Add($"{name}: g++ rejects the translation: {FirstError(diff.CppErrors ?? "")}");
                continue;
            }
            compiled++;
            runnable++;
            if (diff.Deterministic != true)
            {
                lines.Add($"{name}: compiles; gfortran's output is not deterministic, not compared");
                continue;
            }
            deterministic++;
            if (diff.Equal)
            {
                equal++;
                lines.Add($"{name}: compiles, output equal");
            }
            else
            {
                lines.Add($"{name}: compiles, OUTPUT DIFFERS (gfortran {diff.FortranOutput?.Length} chars, ours {diff.CppOutput?.Length})");
            }
            progress?.Report(lines[^1]);
        }
        return new FortranSetReport(pairs.Count, standalone, translated, compiled, runnable, deterministic, equal, warnings, outputs, isStandalone, lines);
    }

    private static string FirstError(string stderr) =>
        stderr.Split('\n').FirstOrDefault(l => l.Contains("error", StringComparison.Ordinal))?.Trim() ?? stderr.Trim();
}
