using CodeIntel.Translation.Verification;

namespace CodeIntel.Translation.Tests.Experts.FortranCpp;

/// <summary>The Fortran programs written for the differential tests, copied beside the test binaries.</summary>
internal static class ProgramFiles
{
    public static string Folder => System.IO.Path.Combine(AppContext.BaseDirectory, "Experts", "FortranCpp", "Programs");

    public static string Path(string name) => System.IO.Path.Combine(Folder, name);

    public static TheoryData<string> All() => [.. Directory.GetFiles(Folder).Where(f => f.EndsWith(".f", StringComparison.Ordinal) || f.EndsWith(".f90", StringComparison.Ordinal)).Select(System.IO.Path.GetFileName).OfType<string>().Order()];

    public static TheoryData<string> FixedForm() => [.. Directory.GetFiles(Folder, "*.f").Select(System.IO.Path.GetFileName).OfType<string>().Order()];

    public static Toolchain Tools() => new(Environment.GetEnvironmentVariable("PATH"));
}
