namespace CodeIntel.Retrieval.Vectors;

/// <summary>Seeded random directions, for benchmarks and tests that need many vectors and no model.</summary>
internal static class UnitVectors
{
    /// <summary><paramref name="count"/> vectors drawn uniformly from the unit sphere (normalised Gaussians).</summary>
    public static float[][] Random(int count, int dimensions, int seed)
    {
        var random = new Random(seed);
        var vectors = new float[count][];
        for (var i = 0; i < count; i++)
        {
            var vector = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                vector[d] = (float)Gaussian(random);
            }
            vectors[i] = Normalize(vector);
        }
        return vectors;
    }

    /// <summary>
    /// <paramref name="count"/> unit vectors with structure like text embeddings': Gaussian points of a
    /// <paramref name="latentDimensions"/>-dimensional space mapped into <paramref name="dimensions"/> by one fixed
    /// random matrix, plus a little isotropic noise. Uniform directions (<see cref="Random"/>) are the worst case
    /// for a proximity graph; embeddings of real text have an intrinsic dimension of tens, which this imitates.
    /// </summary>
    public static float[][] Structured(int count, int dimensions, int latentDimensions, int seed, int projectionSeed)
    {
        var projection = Random(latentDimensions, dimensions, projectionSeed);
        var random = new Random(seed);
        var vectors = new float[count][];
        var latent = new double[latentDimensions];
        for (var i = 0; i < count; i++)
        {
            for (var l = 0; l < latentDimensions; l++)
            {
                latent[l] = Gaussian(random);
            }
            var vector = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                var value = 0.1 * Gaussian(random) / Math.Sqrt(dimensions) * Math.Sqrt(latentDimensions);
                for (var l = 0; l < latentDimensions; l++)
                {
                    value += latent[l] * projection[l][d];
                }
                vector[d] = (float)value;
            }
            vectors[i] = Normalize(vector);
        }
        return vectors;
    }

    public static float[] Normalize(float[] vector)
    {
        var norm = MathF.Sqrt(ExactSearch.Dot(vector, vector));
        for (var d = 0; d < vector.Length; d++)
        {
            vector[d] /= norm;
        }
        return vector;
    }

    private static double Gaussian(Random random)
    {
        // Box-Muller; 1 - NextDouble() is in (0, 1], so the logarithm is finite.
        var u = 1 - random.NextDouble();
        var v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }
}
