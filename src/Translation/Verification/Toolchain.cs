namespace CodeIntel.Translation.Verification;

/// <summary>
/// The compilers that check translations, found on the PATH the caller passes (only the composition root reads the
/// environment): g++ for C++, gfortran for the Fortran originals, f2c for the FORTRAN 77 side-by-side,
/// clang-14 for the CUDA syntax check. A missing tool is null, and the checks that need it say so.
/// </summary>
public sealed class Toolchain
{
    public Toolchain(string? searchPath)
    {
        var dirs = (searchPath ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        string? Find(params string[] names) =>
            names.SelectMany(n => dirs.Select(d => Path.Combine(d, n))).FirstOrDefault(File.Exists);
        Gxx = Find("g++");
        Gfortran = Find("gfortran");
        F2c = Find("f2c");
        Gcc = Find("gcc");
        Clang = Find("clang-14", "clang");
    }

    public string? Gxx { get; }

    public string? Gfortran { get; }

    public string? F2c { get; }

    public string? Gcc { get; }

    public string? Clang { get; }

    /// <summary>Why a check cannot run, or null when every named tool is present.</summary>
    public static string? Missing(params (string Name, string? Path)[] tools)
    {
        var missing = tools.Where(t => t.Path is null).Select(t => t.Name).ToList();
        return missing.Count == 0 ? null : $"{string.Join(", ", missing)} not found on PATH (Debian: apt-get install {string.Join(" ", missing.Select(m => m == "f2c" ? "f2c libf2c2-dev" : m == "clang-14" ? "clang-14" : m))})";
    }
}
