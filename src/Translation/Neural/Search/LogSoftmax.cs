namespace CodeIntel.Translation.Neural.Search;

/// <summary>Log-softmax of each row, in double precision like the reference search.</summary>
internal static class LogSoftmax
{
    public static double[] Rows(float[] logits, int rows, int width)
    {
        var result = new double[logits.Length];
        for (var r = 0; r < rows; r++)
        {
            var row = logits.AsSpan(r * width, width);
            double max = double.NegativeInfinity;
            foreach (var v in row)
            {
                max = Math.Max(max, v);
            }
            double sum = 0;
            foreach (var v in row)
            {
                sum += Math.Exp(v - max);
            }
            var log = max + Math.Log(sum);
            for (var i = 0; i < width; i++)
            {
                result[(r * width) + i] = row[i] - log;
            }
        }
        return result;
    }

    /// <summary>Indices of the <paramref name="count"/> highest values, highest first (ties: lower index first).</summary>
    public static int[] Top(double[] values, int count)
    {
        var indices = new int[values.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            indices[i] = i;
        }
        Array.Sort(indices, (a, b) => values[a] != values[b] ? values[b].CompareTo(values[a]) : a.CompareTo(b));
        return indices[..Math.Min(count, indices.Length)];
    }
}
