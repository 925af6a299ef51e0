using System.Reflection;

namespace CodeIntel.Translation.Experts.FortranCpp;

/// <summary>
/// The C++ support code a translation may need (arrays, fixed-length strings, gfortran-style I/O), shipped as
/// embedded headers and pasted into the output so that every translation compiles on its own with g++ alone.
/// </summary>
internal static class RuntimeLibrary
{
    /// <summary>Sections in dependency order: a later section may use an earlier one.</summary>
    public static readonly string[] Sections = ["core", "array", "string", "io", "format", "system"];

    public static string Text(string section)
    {
        var name = $"CodeIntel.Translation.Experts.FortranCpp.Runtime.ftn_{section}.hpp";
        using var stream = typeof(RuntimeLibrary).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The runtime section {section} is not embedded in {typeof(RuntimeLibrary).Assembly.GetName().Name}; rebuild the project.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().TrimEnd() + "\n";
    }
}
