using System.Globalization;

namespace CodeIntel.Parsing.Workspace;

/// <summary>The sentences a user reads in <see cref="SkippedFile.Reason"/>, kept in one place so they stay consistent.</summary>
internal static class SkipReasons
{
    public const string Vanished = "vanished during the scan (deleted after its directory was listed)";
    public const string VanishedBeforeRead = "vanished before it could be read (no such file)";
    public const string DirectoryLinkNotFollowed = "symbolic link to a directory (not followed)";
    public const string SymlinkLoop = "symbolic link loop (it leads back to a directory being scanned)";
    public const string Utf16 = "UTF-16 encoded (not supported)";
    public const string Utf32 = "UTF-32 encoded (not supported)";

    public static string TooLarge(long length, long limit) =>
        $"too large ({FormatSize(length)} > {FormatSize(limit)} limit)";

    public static string DanglingLink(string? target) =>
        $"dangling symbolic link (target '{target}' does not exist)";

    public static string UnresolvableLink(string message) => $"symbolic link cannot be resolved ({message})";

    public static string CannotList(Exception exception) => exception switch
    {
        DirectoryNotFoundException => Vanished,
        UnauthorizedAccessException => $"directory could not be listed: permission denied ({exception.Message})",
        _ => $"directory could not be listed ({exception.Message})",
    };

    public static string CannotRead(Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => VanishedBeforeRead,
        UnauthorizedAccessException => $"could not be read: permission denied ({exception.Message})",
        _ => $"could not be read ({exception.Message})",
    };

    public static string IgnoreFileUnreadable(Exception exception) =>
        $"could not be read, so its ignore patterns were not applied ({exception.Message})";

    public static string BinaryExtension(string extension) => $"binary file type ({extension})";

    public static string NulByte(int offset) => $"binary file (NUL byte at offset {offset})";

    public static string Generated(string detail) => $"generated file ({detail})";

    /// <summary>Formats a byte count with binary units: "512 bytes", "3.5 KB", "52.4 MB".</summary>
    public static string FormatSize(long bytes)
    {
        const double Kilo = 1024;
        return bytes switch
        {
            < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
            < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / Kilo:0.0} KB"),
            < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (Kilo * Kilo):0.0} MB"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (Kilo * Kilo * Kilo):0.0} GB"),
        };
    }
}
