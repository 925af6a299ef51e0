using System.CommandLine;
using CodeIntel.Evaluation.Metrics.Bleu;
using CodeIntel.Translation.Experts.CppCuda;
using CodeIntel.Translation.Verification;

namespace CodeIntel.Cli.TranslationEval;

/// <summary>
/// <c>codeintel eval cpp-cuda [--data DIR] [--header FILE]</c>: the loop-to-kernel expert on the CodeRosetta
/// (BabelTower) C++/CUDA pairs: share of outputs that pass the clang CUDA syntax check, share of functions where a
/// parallel loop was found (the reference made every one a kernel), BLEU-4 of our kernels against the reference kernels.
/// </summary>
internal static class CppCudaEvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "Folder with cpp.para.valid.tok and cuda.para.valid.tok (default: ../shared/data/coderosetta/cpp-cuda)." };
        var header = new Option<FileInfo?>("--header") { Description = "Stand-in CUDA header for the syntax check (default: ../shared/tools/cuda_syntax.h)." };
        var verbose = new Option<bool>("--verbose") { Description = "Print every function's outcome." };
        var command = new Command("cpp-cuda",
            "Translate the CodeRosetta C++ functions to CUDA and check them: syntax-check share (clang-14 -x cuda with a " +
            "stand-in header), share of functions with a parallel loop found, BLEU-4 of the kernels against the references.")
        { data, header, verbose };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var tools = new Toolchain(Environment.GetEnvironmentVariable("PATH"));
            var folder = parse.GetValue(data)?.FullName ?? Path.Combine("..", "shared", "data", "coderosetta", "cpp-cuda");
            var headerPath = parse.GetValue(header)?.FullName ?? Path.GetFullPath(Path.Combine("..", "shared", "tools", "cuda_syntax.h"));
            var cppFile = Path.Combine(folder, "cpp.para.valid.tok");
            var cudaFile = Path.Combine(folder, "cuda.para.valid.tok");
            if (!File.Exists(cppFile) || !File.Exists(cudaFile))
            {
                await stderr.WriteLineAsync($"error: {cppFile} or {cudaFile} not found; pass --data.").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            var checker = File.Exists(headerPath) && tools.Clang is not null ? new CudaSyntaxChecker(tools, headerPath) : null;
            if (checker is null)
            {
                await stderr.WriteLineAsync($"syntax check skipped: {Toolchain.Missing(("clang-14", tools.Clang)) ?? headerPath + " not found"}.").ConfigureAwait(false);
            }
            // One tokenised function per line; ENDCOM and line markers are read back into C++ (CodeRosettaText).
            var cpp = (await File.ReadAllLinesAsync(cppFile, cancellationToken).ConfigureAwait(false)).Select(CodeRosettaText.ToSource).ToArray();
            var cuda = await File.ReadAllLinesAsync(cudaFile, cancellationToken).ConfigureAwait(false);
            var work = Directory.CreateTempSubdirectory("codeintel-cuda-eval-");
            try
            {
                var translator = new CppCudaTranslator();
                int detected = 0, pass = 0, generated = 0, withKernel = 0, originalOk = 0, passWhereOriginalOk = 0;
                var hyps = new List<string>();
                var refs = new List<string>();
                for (int i = 0; i < Math.Min(cpp.Length, cuda.Length); i++)
                {
                    var (result, parallel, host) = translator.Translate(cpp[i], cancellationToken);
                    bool referenceHasKernel = cuda[i].Contains("__global__", StringComparison.Ordinal);
                    withKernel += referenceHasKernel ? 1 : 0;
                    detected += parallel > 0 && referenceHasKernel ? 1 : 0;
                    string status = parallel > 0 ? "kernel" : "host only";
                    if (parallel > 0)
                    {
                        generated++;
                        hyps.Add(KernelText(result.Text));
                        refs.Add(cuda[i]);
                        if (checker is not null)
                        {
                            var cu = Path.Combine(work.FullName, $"f{i}.cu");
                            await File.WriteAllTextAsync(cu, result.Text, cancellationToken).ConfigureAwait(false);
                            var check = await checker.CheckAsync(cu, cancellationToken).ConfigureAwait(false);
                            pass += check.Succeeded ? 1 : 0;
                            // The input itself may not stand alone (an undefined macro, a missing header): check it the same way.
                            var original = Path.Combine(work.FullName, $"o{i}.cu");
                            await File.WriteAllTextAsync(original, cpp[i], cancellationToken).ConfigureAwait(false);
                            if ((await checker.CheckAsync(original, cancellationToken).ConfigureAwait(false)).Succeeded)
                            {
                                originalOk++;
                                passWhereOriginalOk += check.Succeeded ? 1 : 0;
                            }
                            status += check.Succeeded ? ", syntax ok" : ", SYNTAX ERROR: " + check.Stderr.Split('\n').FirstOrDefault(l => l.Contains("error", StringComparison.Ordinal));
                        }
                    }
                    else
                    {
                        status += ": " + string.Join("; ", result.Warnings.Select(w => w.Message));
                    }
                    if (parse.GetValue(verbose) || parallel == 0)
                    {
                        await stdout.WriteLineAsync($"  {i}: {status}").ConfigureAwait(false);
                    }
                }
                await stdout.WriteLineAsync($"eval cpp-cuda: {cpp.Length} functions, {withKernel} with a reference kernel").ConfigureAwait(false);
                await stdout.WriteLineAsync($"  parallel loop found: {detected}/{withKernel} = {FortranCppEvalCommand.Share(detected, withKernel)}").ConfigureAwait(false);
                if (checker is not null)
                {
                    await stdout.WriteLineAsync($"  syntax check (clang-14 -x cuda): {pass}/{generated} generated files = {FortranCppEvalCommand.Share(pass, generated)}; " +
                        $"{passWhereOriginalOk}/{originalOk} = {FortranCppEvalCommand.Share(passWhereOriginalOk, originalOk)} where the C++ input itself passes the same check").ConfigureAwait(false);
                }
                await stdout.WriteLineAsync($"  BLEU-4 of kernels vs reference kernels: {CodeXglueBleu.Corpus(refs.Select(Tokens.Code).ToList(), hyps.Select(Tokens.Code).ToList()).Bleu:F1} ({hyps.Count} functions with a kernel)").ConfigureAwait(false);
            }
            finally
            {
                work.Delete(recursive: true);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The <c>__global__</c> functions of a translation, which is what the references hold.</summary>
    private static string KernelText(string cuda)
    {
        var end = cuda.IndexOf("\n\n", cuda.LastIndexOf("__global__", StringComparison.Ordinal), StringComparison.Ordinal);
        var start = cuda.IndexOf("__global__", StringComparison.Ordinal);
        return start < 0 ? "" : cuda[start..(end < 0 ? cuda.Length : end)];
    }
}
