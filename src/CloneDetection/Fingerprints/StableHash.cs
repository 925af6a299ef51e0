namespace CodeIntel.CloneDetection.Fingerprints;

/// <summary>
/// FNV-1a hashes that are the same in every process and on every machine: string.GetHashCode is randomised per
/// process, and clone fingerprints must stay stable between runs (SARIF partial fingerprints, baselines).
/// </summary>
/// <remarks>Shared by source with the Roslyn analyzers (netstandard2.0): keep this file to plain C#.</remarks>
internal static class StableHash
{
    private const uint Offset32 = 2166136261;
    private const uint Prime32 = 16777619;
    private const ulong Offset64 = 14695981039346656037;
    private const ulong Prime64 = 1099511628211;

    /// <summary>32-bit FNV-1a of a string's UTF-16 code units.</summary>
    public static int Of(string text)
    {
        var hash = Offset32;
        for (var i = 0; i < text.Length; i++)
        {
            hash = (hash ^ text[i]) * Prime32;
        }
        return unchecked((int)hash);
    }

    /// <summary>32-bit FNV-1a of a prefix character and a string, without concatenating them.</summary>
    public static int Of(char prefix, string text)
    {
        var hash = (Offset32 ^ prefix) * Prime32;
        for (var i = 0; i < text.Length; i++)
        {
            hash = (hash ^ text[i]) * Prime32;
        }
        return unchecked((int)hash);
    }

    /// <summary>64-bit FNV-1a over a sequence of token codes.</summary>
    public static ulong Of(int[] codes)
    {
        var hash = Offset64;
        for (var i = 0; i < codes.Length; i++)
        {
            var code = unchecked((uint)codes[i]);
            for (var b = 0; b < 4; b++)
            {
                hash = (hash ^ (code & 0xFF)) * Prime64;
                code >>= 8;
            }
        }
        return hash;
    }
}
