using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Benchmarks.Transcoder;

/// <summary>
/// Tells a wrong translation from a wrong reference. The C++ (g++) or Java (javac) script is run with an
/// <c>f_filled</c> that calls <c>f_gold</c> and prints each result, the Python harness with a wrapper that prints
/// each result of the translation; the translation does what the source does when both print the same values
/// (floats within 1e-9 relative). Several Python references of the set compute something other than their
/// C++ and Java sources (sorting a whole array where the source sorts a prefix, float division, other loops).
/// </summary>
public sealed partial class TranscoderSourceCheck(TranscoderOptions options)
{
    private const string Marker = "//TOFILL";

    private const string PythonWrapper =
        "\ndef _codeintel_show(r):\n" +
        "    if isinstance(r, bool):\n        return '1' if r else '0'\n" +
        "    if isinstance(r, float):\n        return '%.17g' % r\n" +
        "    return str(r)\n\n\n" +
        "def f_filled(*a):\n    r = _codeintel_translated(*a)\n    print('@@' + _codeintel_show(r))\n    return r\n";

    /// <summary>True when the translation printed what the source printed; false when not; null when this problem cannot be checked (void function, missing compiler, source that does not build).</summary>
    public async Task<bool?> AgreesAsync(TranscoderProblem problem, string translation, string scratchFolder, ParserPool parsers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(translation);
        var folder = Path.Combine(scratchFolder, "check_" + problem.SourceLanguage.Id + "_" + problem.Id);
        Directory.CreateDirectory(folder);
        var script = await File.ReadAllTextAsync(problem.SourcePath, cancellationToken).ConfigureAwait(false);
        var source = problem.SourceLanguage == Language.Java
            ? await RunJavaAsync(problem, script, folder, parsers, cancellationToken).ConfigureAwait(false)
            : await RunCppAsync(problem, script, folder, parsers, cancellationToken).ConfigureAwait(false);
        if (source is null)
        {
            return null;
        }
        var renamed = FilledName().Replace(translation, "_codeintel_translated(");
        var harness = await File.ReadAllTextAsync(problem.PythonHarnessPath, cancellationToken).ConfigureAwait(false);
        var pythonPath = Path.Combine(folder, "check.py");
        await File.WriteAllTextAsync(pythonPath, harness.Replace("#TOFILL", renamed + PythonWrapper, StringComparison.Ordinal), cancellationToken).ConfigureAwait(false);
        var python = await RunAsync(options.Python, [pythonPath], folder, cancellationToken).ConfigureAwait(false);
        var translated = Results(python.Stdout);
        return translated.Count == source.Count && translated.Zip(source).All(p => Same(p.First, p.Second));
    }

    private async Task<IReadOnlyList<string>?> RunCppAsync(TranscoderProblem problem, string script, string folder, ParserPool parsers, CancellationToken cancellationToken)
    {
        if (ReturnsVoid(script, Language.Cpp, parsers, cancellationToken))
        {
            return null;
        }
        const string Wrapper = "template <typename... A> auto f_filled(A... a) -> decltype(f_gold(a...)) { auto r = f_gold(a...); " +
            "std::cout << std::setprecision(17) << \"@@\" << r << \"\\n\"; return r; }\n";
        var path = Path.Combine(folder, "check.cpp");
        await File.WriteAllTextAsync(path, script.Replace(Marker, Wrapper, StringComparison.Ordinal), cancellationToken).ConfigureAwait(false);
        var binary = Path.Combine(folder, "check");
        var compile = await RunAsync("g++", ["-O0", "-w", "-o", binary, path], folder, cancellationToken, TimeSpan.FromMinutes(2)).ConfigureAwait(false);
        if (compile.ExitCode != 0)
        {
            return null;
        }
        var run = await RunAsync(binary, [], folder, cancellationToken).ConfigureAwait(false);
        return run.TimedOut ? null : Results(run.Stdout);
    }

    private async Task<IReadOnlyList<string>?> RunJavaAsync(TranscoderProblem problem, string script, string folder, ParserPool parsers, CancellationToken cancellationToken)
    {
        using var tree = parsers.Parse(Grammar.Java, SourceText.FromString(script), cancellationToken);
        var method = GoldFunction.Find(tree.Root);
        if (method is not { } gold || gold.ChildByField("type") is not { } type || type.Text == "void" || gold.ChildByField("parameters") is not { } parameters)
        {
            return null;
        }
        var names = parameters.NamedChildren.Where(p => p.Type == "formal_parameter").Select(p => p.ChildByField("name")!.Value.Text);
        var dimensions = gold.ChildByField("dimensions")?.Text ?? string.Empty;
        var wrapper = $"static {type.Text}{dimensions} f_filled{parameters.Text} {{ {type.Text}{dimensions} r = f_gold({string.Join(", ", names)}); System.out.println(\"@@\" + r); return r; }}\n";
        var path = Path.Combine(folder, problem.Id + ".java");
        // The scripts import javafx.util.Pair, which JDKs after 8 do not ship; no f_gold of the set uses it.
        var buildable = script.Replace("import javafx.util.Pair;", string.Empty, StringComparison.Ordinal).Replace(Marker, wrapper, StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, buildable, cancellationToken).ConfigureAwait(false);
        var compile = await RunAsync("javac", ["-nowarn", "-d", folder, path], folder, cancellationToken, TimeSpan.FromMinutes(2)).ConfigureAwait(false);
        if (compile.ExitCode != 0)
        {
            return null;
        }
        var run = await RunAsync("java", ["-cp", folder, problem.Id], folder, cancellationToken).ConfigureAwait(false);
        return run.TimedOut ? null : Results(run.Stdout);
    }

    private static bool ReturnsVoid(string script, Language language, ParserPool parsers, CancellationToken cancellationToken)
    {
        using var tree = parsers.Parse(language.Grammar, SourceText.FromString(script), cancellationToken);
        var gold = GoldFunction.Find(tree.Root);
        return gold is not { } g || g.ChildByField("type")?.Text == "void" && g.ChildByField("declarator")?.Type == "function_declarator";
    }

    private static List<string> Results(string stdout) =>
        stdout.Split('\n').Where(l => l.StartsWith("@@", StringComparison.Ordinal)).Select(l => l[2..].Trim()).ToList();

    private static bool Same(string a, string b)
    {
        static string Normal(string s) => s switch { "true" => "1", "false" => "0", _ => s };
        (a, b) = (Normal(a), Normal(b));
        if (a == b)
        {
            return true;
        }
        return double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            && double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
            && Math.Abs(x - y) <= 1e-9 * Math.Max(1, Math.Abs(x));
    }

    private async Task<(int ExitCode, string Stdout, bool TimedOut)> RunAsync(string program, string[] arguments, string folder, CancellationToken cancellationToken, TimeSpan? limit = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{program}'.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit ?? options.Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            return (-1, string.Empty, true);
        }
        await stderr.ConfigureAwait(false);
        return (process.ExitCode, await stdout.ConfigureAwait(false), false);
    }

    [GeneratedRegex(@"\bf_filled\(")]
    private static partial Regex FilledName();
}
