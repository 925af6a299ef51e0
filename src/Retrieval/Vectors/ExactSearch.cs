using System.Numerics;
using System.Runtime.InteropServices;

namespace CodeIntel.Retrieval.Vectors;

/// <summary>
/// Brute-force cosine search over unit vectors held in one flat array: the ground truth that approximate search
/// is measured against, and the baseline of the benchmark.
/// </summary>
internal sealed class ExactSearch
{
    private readonly float[] _matrix;

    /// <param name="unitVectors">Vectors of length one; row i gets key i.</param>
    /// <param name="dimensions">The length of every vector (and of the queries).</param>
    public ExactSearch(IReadOnlyList<float[]> unitVectors, int dimensions)
    {
        Dimensions = dimensions;
        Count = unitVectors.Count;
        _matrix = new float[(long)Count * dimensions];
        for (var i = 0; i < Count; i++)
        {
            unitVectors[i].AsSpan().CopyTo(_matrix.AsSpan(i * dimensions, dimensions));
        }
    }

    public int Dimensions { get; }

    public int Count { get; }

    /// <summary>The keys of the <paramref name="k"/> rows most similar to a unit query, best first, with their cosine similarity.</summary>
    public VectorHit[] Search(ReadOnlySpan<float> unitQuery, int k)
    {
        k = Math.Min(k, Count);
        var best = new PriorityQueue<int, float>(k + 1); // min-heap on similarity: the root is the worst kept
        for (var row = 0; row < Count; row++)
        {
            var similarity = Dot(unitQuery, _matrix.AsSpan(row * Dimensions, Dimensions));
            if (best.Count < k)
            {
                best.Enqueue(row, similarity);
            }
            else if (best.TryPeek(out _, out var worst) && similarity > worst)
            {
                best.DequeueEnqueue(row, similarity);
            }
        }
        var hits = new VectorHit[best.Count];
        for (var i = hits.Length - 1; i >= 0; i--)
        {
            best.TryDequeue(out var row, out var similarity);
            hits[i] = new VectorHit(row, similarity);
        }
        return hits;
    }

    internal static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var width = Vector<float>.Count;
        var i = 0;
        var va = MemoryMarshal.Cast<float, Vector<float>>(a);
        var vb = MemoryMarshal.Cast<float, Vector<float>>(b);
        for (; i < va.Length; i++)
        {
            sum += va[i] * vb[i];
        }
        var result = Vector.Sum(sum);
        for (var j = i * width; j < a.Length; j++)
        {
            result += a[j] * b[j];
        }
        return result;
    }
}
