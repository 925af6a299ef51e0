using System.Collections.Frozen;

namespace CodeIntel.Parsing.Workspace;

/// <summary>Tells binary files (and text in encodings other than UTF-8) from text, by extension or by their first bytes.</summary>
internal static class BinaryDetector
{
    /// <summary>How far a NUL byte is looked for; git uses the same 8 KB window.</summary>
    public const int SniffLength = 8 * 1024;

    private static readonly FrozenSet<string> Extensions = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        // images and fonts
        ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".ico", ".webp", ".tif", ".tiff", ".psd",
        ".woff", ".woff2", ".ttf", ".otf", ".eot",
        // archives and packages
        ".zip", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".7z", ".rar", ".tar", ".jar", ".war", ".nupkg", ".whl",
        // compiled code and native objects
        ".dll", ".exe", ".so", ".dylib", ".o", ".a", ".lib", ".obj", ".pdb", ".class", ".pyc", ".pyo", ".wasm",
        // documents, media, data and models
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx",
        ".mp3", ".mp4", ".wav", ".ogg", ".flac", ".avi", ".mov", ".mkv", ".webm",
        ".sqlite", ".db", ".onnx", ".pt", ".safetensors", ".npy", ".npz", ".pkl", ".snk");

    /// <summary>The extension when the path has a known binary extension, else null.</summary>
    public static string? BinaryExtension(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Length > 0 && Extensions.Contains(extension) ? extension : null;
    }

    /// <summary>Why <paramref name="bytes"/> are not UTF-8 text, or null when they may be.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 LE starts like UTF-16 LE, so it is checked first.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return SkipReasons.Utf32;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return SkipReasons.Utf16;
        }
        var nul = bytes[..Math.Min(bytes.Length, SniffLength)].IndexOf((byte)0);
        return nul >= 0 ? SkipReasons.NulByte(nul) : null;
    }
}
