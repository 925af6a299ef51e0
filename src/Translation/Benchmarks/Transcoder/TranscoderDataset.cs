using CodeIntel.Parsing.Languages;

namespace CodeIntel.Translation.Benchmarks.Transcoder;

/// <summary>
/// Reads the TransCoder GeeksforGeeks evaluation folder: <c>cpp/ID.cpp</c>, <c>java/ID.java</c> and
/// <c>python/ID.py</c>, where each script holds <c>f_gold</c>, a TOFILL marker, and a main that compares.
/// </summary>
public static class TranscoderDataset
{
    /// <summary>The problems with both a <paramref name="language"/> script and a Python harness, ordered by id.</summary>
    public static IReadOnlyList<TranscoderProblem> Load(string folder, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var (subfolder, extension) = language == Language.Java ? ("java", ".java") : language == Language.Cpp ? ("cpp", ".cpp")
            : throw new ArgumentException($"The TransCoder set has C++ and Java sources, not {language.Name}.", nameof(language));
        var sources = Path.Combine(folder, subfolder);
        var harnesses = Path.Combine(folder, "python");
        if (!Directory.Exists(sources) || !Directory.Exists(harnesses))
        {
            throw new DirectoryNotFoundException($"'{folder}' is not a TransCoder GeeksforGeeks folder: it needs '{subfolder}/' and 'python/' subfolders.");
        }
        return Directory.EnumerateFiles(sources, "*" + extension)
            .Select(path => (Id: Path.GetFileNameWithoutExtension(path), Path: path))
            .Where(p => File.Exists(Path.Combine(harnesses, p.Id + ".py")))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new TranscoderProblem(p.Id, language, p.Path, Path.Combine(harnesses, p.Id + ".py")))
            .ToArray();
    }
}
