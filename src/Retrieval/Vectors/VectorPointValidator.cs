namespace CodeIntel.Retrieval.Vectors;

/// <summary>Checks points and queries before an index touches them, so a bad batch changes nothing.</summary>
internal static class VectorPointValidator
{
    /// <summary>Throws <see cref="ArgumentException"/> for the first point that no index could store or compare.</summary>
    public static void ValidatePoints(IReadOnlyList<VectorPoint> points, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(points);
        for (var i = 0; i < points.Count; i++)
        {
            ValidatePoint(points, i, dimensions);
        }
    }

    public static void ValidateQuery(ReadOnlyMemory<float> query, int limit, int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (query.Length != dimensions)
        {
            throw new ArgumentException($"The query has {query.Length} dimensions; this index holds {dimensions}.", nameof(query));
        }
    }

    private static void ValidatePoint(IReadOnlyList<VectorPoint> points, int index, int dimensions)
    {
        var point = points[index];
        if (point is null)
        {
            throw new ArgumentException($"Point {index} is null.", nameof(points));
        }
        if (point.Key < 0)
        {
            throw new ArgumentException($"Point {index} has key {point.Key}; chunk keys are non-negative.", nameof(points));
        }
        if (point.Vector is null || point.Vector.Length != dimensions)
        {
            throw new ArgumentException(
                $"Point {index} (key {point.Key}) has {point.Vector?.Length ?? 0} dimensions; this index holds {dimensions}.", nameof(points));
        }
        if (point.Payload is null)
        {
            throw new ArgumentException($"Point {index} (key {point.Key}) has no payload.", nameof(points));
        }
        var squaredNorm = 0d;
        foreach (var value in point.Vector)
        {
            if (!float.IsFinite(value))
            {
                throw new ArgumentException($"Point {index} (key {point.Key}) holds a NaN or infinite value.", nameof(points));
            }
            squaredNorm += value * value;
        }
        if (squaredNorm == 0)
        {
            throw new ArgumentException($"Point {index} (key {point.Key}) is the zero vector, which has no direction to compare.", nameof(points));
        }
    }
}
