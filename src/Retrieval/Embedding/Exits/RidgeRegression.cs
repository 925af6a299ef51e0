namespace CodeIntel.Retrieval.Embedding.Exits;

/// <summary>
/// Closed-form ridge regression without intercept: W = (XᵀX + λI)⁻¹ XᵀY, solved by Cholesky factorisation in
/// double precision. Sized for embedding heads (a few hundred dimensions, thousands of rows).
/// </summary>
internal static class RidgeRegression
{
    /// <summary>Returns W with <c>W[i, j]</c> the weight of input i in output j (inputs × outputs), row-major.</summary>
    public static double[] Fit(IReadOnlyList<float[]> inputs, IReadOnlyList<float[]> targets, double lambda, CancellationToken cancellationToken = default)
    {
        var n = inputs[0].Length;
        var m = targets[0].Length;
        var gram = new double[n * n];
        var cross = new double[n * m];
        for (var row = 0; row < inputs.Count; row++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var x = inputs[row];
            var y = targets[row];
            for (var i = 0; i < n; i++)
            {
                var xi = (double)x[i];
                var g = i * n;
                for (var j = 0; j <= i; j++)
                {
                    gram[g + j] += xi * x[j];
                }
                var c = i * m;
                for (var j = 0; j < m; j++)
                {
                    cross[c + j] += xi * y[j];
                }
            }
        }
        for (var i = 0; i < n; i++)
        {
            gram[i * n + i] += lambda * inputs.Count;
            for (var j = 0; j < i; j++)
            {
                gram[j * n + i] = gram[i * n + j];
            }
        }
        Cholesky(gram, n);
        // Solve L Lᵀ W = XᵀY column by column.
        var w = new double[n * m];
        var column = new double[n];
        for (var j = 0; j < m; j++)
        {
            for (var i = 0; i < n; i++)
            {
                column[i] = cross[i * m + j];
            }
            ForwardSubstitute(gram, n, column);
            BackSubstitute(gram, n, column);
            for (var i = 0; i < n; i++)
            {
                w[i * m + j] = column[i];
            }
        }
        return w;
    }

    private static void Cholesky(double[] a, int n)
    {
        for (var j = 0; j < n; j++)
        {
            var sum = a[j * n + j];
            for (var k = 0; k < j; k++)
            {
                sum -= a[j * n + k] * a[j * n + k];
            }
            if (sum <= 0)
            {
                throw new InvalidOperationException("The regression matrix is not positive definite; raise the ridge penalty or use more samples.");
            }
            var diagonal = Math.Sqrt(sum);
            a[j * n + j] = diagonal;
            for (var i = j + 1; i < n; i++)
            {
                var s = a[i * n + j];
                for (var k = 0; k < j; k++)
                {
                    s -= a[i * n + k] * a[j * n + k];
                }
                a[i * n + j] = s / diagonal;
            }
        }
    }

    private static void ForwardSubstitute(double[] l, int n, double[] b)
    {
        for (var i = 0; i < n; i++)
        {
            var s = b[i];
            for (var k = 0; k < i; k++)
            {
                s -= l[i * n + k] * b[k];
            }
            b[i] = s / l[i * n + i];
        }
    }

    private static void BackSubstitute(double[] l, int n, double[] b)
    {
        for (var i = n - 1; i >= 0; i--)
        {
            var s = b[i];
            for (var k = i + 1; k < n; k++)
            {
                s -= l[k * n + i] * b[k];
            }
            b[i] = s / l[i * n + i];
        }
    }
}
