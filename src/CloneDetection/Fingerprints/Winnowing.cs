using System.Collections.Generic;

namespace CodeIntel.CloneDetection.Fingerprints;

/// <summary>
/// Winnowing (Schleimer, Wilkerson and Aiken, "Winnowing: local algorithms for document fingerprinting",
/// SIGMOD 2003): hash every k-gram of tokens, slide a window of w hashes and keep the minimum of each window
/// (the rightmost one on ties). Any shared run of at least w + k - 1 tokens shares a fingerprint; runs shorter
/// than k never do, which is the noise threshold.
/// </summary>
/// <remarks>Shared by source with the Roslyn analyzers (netstandard2.0): keep this file to plain C#.</remarks>
internal static class Winnowing
{
    /// <summary>The sorted, distinct fingerprints of <paramref name="codes"/>.</summary>
    public static ulong[] Fingerprints(int[] codes, int k, int w)
    {
        if (codes.Length == 0)
        {
            return System.Array.Empty<ulong>();
        }
        k = k < 1 ? 1 : k;
        w = w < 1 ? 1 : w;
        var gramCount = codes.Length >= k ? codes.Length - k + 1 : 1;
        var grams = new ulong[gramCount];
        for (var i = 0; i < gramCount; i++)
        {
            grams[i] = GramHash(codes, i, codes.Length >= k ? k : codes.Length);
        }

        var selected = new List<ulong>();
        var lastIndex = -1;
        var windows = gramCount >= w ? gramCount - w + 1 : 1;
        var width = gramCount >= w ? w : gramCount;
        for (var start = 0; start < windows; start++)
        {
            var minIndex = start;
            for (var i = start + 1; i < start + width; i++)
            {
                if (grams[i] <= grams[minIndex])
                {
                    minIndex = i;
                }
            }
            if (minIndex != lastIndex)
            {
                selected.Add(grams[minIndex]);
                lastIndex = minIndex;
            }
        }
        selected.Sort();
        return Distinct(selected);
    }

    /// <summary>Jaccard similarity of two sorted, distinct fingerprint sets.</summary>
    public static double Jaccard(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        var shared = SharedCount(a, b);
        return (double)shared / (a.Length + b.Length - shared);
    }

    /// <summary>How many fingerprints two sorted, distinct sets share (a merge walk).</summary>
    public static int SharedCount(ulong[] a, ulong[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return shared;
    }

    private static ulong GramHash(int[] codes, int start, int length)
    {
        // A multiply-xorshift mix per token: cheap, and order-sensitive so "a b" and "b a" differ.
        var hash = 0x9E3779B97F4A7C15UL;
        for (var i = start; i < start + length; i++)
        {
            hash ^= unchecked((uint)codes[i]);
            hash *= 0xBF58476D1CE4E5B9UL;
            hash ^= hash >> 31;
        }
        return hash;
    }

    private static ulong[] Distinct(List<ulong> sorted)
    {
        var result = new List<ulong>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            if (i == 0 || sorted[i] != sorted[i - 1])
            {
                result.Add(sorted[i]);
            }
        }
        return result.ToArray();
    }
}
