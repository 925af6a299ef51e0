using System.CommandLine;
using System.Globalization;
using CodeIntel.Evaluation.Metrics.Bleu;
using CodeIntel.Translation.Experts.FortranCpp;
using CodeIntel.Translation.Verification;

namespace CodeIntel.Cli.TranslationEval;

/// <summary>
/// <c>codeintel eval fortran-cpp [--data DIR] [--f77 DIR]</c>: the Fortran expert on the CodeRosetta Fortran/C++ pairs
/// (compile share, run-equal share, BLEU-4 against the reference C++), and side by side with f2c on fixed-form programs.
/// </summary>
internal static class FortranCppEvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "Folder with hpc_fortran_cpp.dev.jsonl (default: ../shared/data/coderosetta/fortran-cpp)." };
        var f77 = new Option<DirectoryInfo?>("--f77") { Description = "Folder of fixed-form FORTRAN 77 programs (*.f) to compare with f2c." };
        var threads = new Option<int>("--threads") { Description = "OMP_NUM_THREADS for the runs.", DefaultValueFactory = _ => 4 };
        var command = new Command("fortran-cpp",
            "Translate the CodeRosetta Fortran programs to C++ and check them: share that g++ compiles, share whose output " +
            "equals gfortran's build (deterministic programs), BLEU-4 against the reference C++; with --f77, the same " +
            "checks for our translation and for f2c on FORTRAN 77 programs. Needs gfortran and g++ (f2c, gcc for --f77).")
        { data, f77, threads };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var tools = new Toolchain(Environment.GetEnvironmentVariable("PATH"));
            if (Toolchain.Missing(("g++", tools.Gxx), ("gfortran", tools.Gfortran)) is { } missing)
            {
                await stderr.WriteLineAsync($"error: {missing}.").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            var folder = parse.GetValue(data)?.FullName ?? Path.Combine("..", "shared", "data", "coderosetta", "fortran-cpp");
            var file = Path.Combine(folder, "hpc_fortran_cpp.dev.jsonl");
            if (!File.Exists(file))
            {
                await stderr.WriteLineAsync($"error: {file} not found; pass --data with the folder holding hpc_fortran_cpp.dev.jsonl.").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            var pairs = await FortranCppPairs.ReadAsync(file, cancellationToken).ConfigureAwait(false);
            var work = Directory.CreateTempSubdirectory("codeintel-fortran-eval-");
            try
            {
                var translator = new FortranCppTranslator();
                var evaluator = new FortranSetEvaluator(translator, tools, work.FullName) { Threads = parse.GetValue(threads) };
                var report = await evaluator.RunAsync(pairs, null, cancellationToken).ConfigureAwait(false);
                foreach (var line in report.Lines)
                {
                    await stdout.WriteLineAsync("  " + line).ConfigureAwait(false);
                }
                var all = Enumerable.Range(0, pairs.Count).Where(i => report.Translations[i] is not null).ToList();
                var standalone = all.Where(i => report.IsStandalone[i]).ToList();
                // The pasted runtime support is not part of the translation proper: score the program after it.
                double Bleu(List<int> idx) => CodeXglueBleu.Corpus(
                    idx.Select(i => Tokens.Code(pairs[i].Cpp)).ToList(),
                    idx.Select(i => Tokens.Code(FortranCppTranslator.ProgramText(report.Translations[i]!))).ToList()).Bleu;
                await stdout.WriteLineAsync($"eval fortran-cpp: {report.Total} programs, {report.Standalone} accepted by gfortran standalone (-fopenmp -fsyntax-only)").ConfigureAwait(false);
                await stdout.WriteLineAsync($"  compile share (g++ -std=c++17 -fopenmp): {report.Compiled}/{report.Standalone} = {Share(report.Compiled, report.Standalone)}").ConfigureAwait(false);
                await stdout.WriteLineAsync($"  run-equal share (deterministic main programs, OMP_NUM_THREADS={parse.GetValue(threads)}): {report.RunEqual}/{report.Deterministic} = {Share(report.RunEqual, report.Deterministic)} ({report.Runnable - report.Deterministic} of {report.Runnable} runnable programs not deterministic)").ConfigureAwait(false);
                await stdout.WriteLineAsync($"  BLEU-4 vs reference C++ (runtime support excluded): {Bleu(standalone):F1} (standalone programs), {Bleu(all):F1} (all {all.Count} translated)").ConfigureAwait(false);
                await stdout.WriteLineAsync($"  translated with warnings (constructs flagged): {report.Warnings} warning(s) over the standalone programs; {pairs.Count - all.Count} program(s) not translated at all").ConfigureAwait(false);
                if (parse.GetValue(f77) is { } dir)
                {
                    await F2cSideBySide.RunAsync(dir, tools, work.FullName, parse.GetValue(threads), stdout, stderr, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                work.Delete(recursive: true);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    internal static string Share(int part, int whole) =>
        whole == 0 ? "n/a" : (100.0 * part / whole).ToString("F1", CultureInfo.InvariantCulture) + "%";
}
