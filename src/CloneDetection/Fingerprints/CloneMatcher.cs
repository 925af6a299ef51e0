using System;
using System.Collections.Generic;

namespace CodeIntel.CloneDetection.Fingerprints;

/// <summary>
/// Finds exact and renamed clone groups (equal token codes, hashed then verified) and near-duplicate pairs
/// (Jaccard similarity of winnowed fingerprints at or above a threshold, through an inverted index).
/// </summary>
/// <remarks>Shared by source with the Roslyn analyzers (netstandard2.0): keep this file to plain C#.</remarks>
internal static class CloneMatcher
{
    /// <summary>Groups of two or more units with equal renamed codes, each marked exact or renamed.</summary>
    public static List<CloneGroup> FindGroups(IReadOnlyList<UnitShape> units)
    {
        var buckets = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < units.Count; i++)
        {
            if (!buckets.TryGetValue(units[i].RenamedHash, out var bucket))
            {
                bucket = new List<int>(2);
                buckets.Add(units[i].RenamedHash, bucket);
            }
            bucket.Add(i);
        }

        var groups = new List<CloneGroup>();
        foreach (var bucket in buckets.Values)
        {
            if (bucket.Count < 2)
            {
                continue;
            }
            // A 64-bit hash can collide: split the bucket into classes of truly equal codes.
            var pending = new List<int>(bucket);
            while (pending.Count >= 2)
            {
                var head = pending[0];
                var members = new List<int> { head };
                var rest = new List<int>();
                for (var i = 1; i < pending.Count; i++)
                {
                    (SameCodes(units[head].Renamed, units[pending[i]].Renamed) ? members : rest).Add(pending[i]);
                }
                if (members.Count >= 2)
                {
                    var exact = true;
                    for (var i = 1; i < members.Count && exact; i++)
                    {
                        exact = SameCodes(units[head].Exact, units[members[i]].Exact);
                    }
                    members.Sort();
                    groups.Add(new CloneGroup(exact ? CloneKind.Exact : CloneKind.Renamed, members.ToArray()));
                }
                pending = rest;
            }
        }
        groups.Sort((a, b) => a.Members[0].CompareTo(b.Members[0]));
        return groups;
    }

    /// <summary>
    /// Pairs of units, not exact or renamed copies of each other, whose fingerprint Jaccard similarity is at least
    /// <paramref name="minSimilarity"/>. Fingerprints shared by more than <paramref name="maxPostings"/> units are
    /// boilerplate and only propose no candidates (they still count in the similarity).
    /// </summary>
    public static List<NearClonePair> FindNearPairs(IReadOnlyList<UnitShape> units, double minSimilarity, int maxPostings = 64)
    {
        var postings = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < units.Count; i++)
        {
            foreach (var fingerprint in units[i].Fingerprints)
            {
                if (!postings.TryGetValue(fingerprint, out var list))
                {
                    list = new List<int>(2);
                    postings.Add(fingerprint, list);
                }
                list.Add(i);
            }
        }

        var pairs = new List<NearClonePair>();
        var candidates = new HashSet<int>();
        for (var i = 0; i < units.Count; i++)
        {
            candidates.Clear();
            foreach (var fingerprint in units[i].Fingerprints)
            {
                var list = postings[fingerprint];
                if (list.Count > maxPostings)
                {
                    continue;
                }
                foreach (var j in list)
                {
                    if (j > i)
                    {
                        candidates.Add(j);
                    }
                }
            }
            foreach (var j in candidates)
            {
                var a = units[i].Fingerprints.Length;
                var b = units[j].Fingerprints.Length;
                // Jaccard can be no higher than the smaller set over the larger one: skip hopeless pairs cheaply.
                if ((double)Math.Min(a, b) / Math.Max(a, b) < minSimilarity
                    || units[i].RenamedHash == units[j].RenamedHash && SameCodes(units[i].Renamed, units[j].Renamed))
                {
                    continue;
                }
                var similarity = Winnowing.Jaccard(units[i].Fingerprints, units[j].Fingerprints);
                if (similarity >= minSimilarity)
                {
                    pairs.Add(new NearClonePair(i, j, similarity));
                }
            }
        }
        pairs.Sort((x, y) => x.First != y.First ? x.First.CompareTo(y.First) : x.Second.CompareTo(y.Second));
        return pairs;
    }

    private static bool SameCodes(int[] a, int[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }
        return true;
    }
}
