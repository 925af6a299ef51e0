using System.Text.Json;

namespace CodeIntel.Parsing.Languages;

/// <summary>
/// Stage one of the language gate: a multinomial logistic regression over <see cref="LexicalFeatures"/>,
/// with weights learned by training/language-gate/train.py and embedded as language-gate.json. Immutable and
/// thread-safe once loaded.
/// </summary>
internal sealed class LexicalModel
{
    internal const string ResourceName = "CodeIntel.Parsing.Languages.Detection.language-gate.json";
    private const string NoCodeClass = "text";
    private const string Retrain = "Retrain it with `python3 training/language-gate/train.py`.";

    private readonly LexicalFeatures _features;
    private readonly double[][] _weights;   // one row per feature, one column per class
    private readonly double[] _bias;

    private LexicalModel(IReadOnlyList<Language?> classes, LexicalFeatures features, double[][] weights, double[] bias)
    {
        Classes = classes;
        _features = features;
        _weights = weights;
        _bias = bias;
    }

    /// <summary>The classes in score order; null stands for "not code".</summary>
    public IReadOnlyList<Language?> Classes { get; }

    public static LexicalModel LoadEmbedded()
    {
        using var stream = typeof(LexicalModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"The language gate model ({ResourceName}) is not embedded in {typeof(LexicalModel).Assembly.GetName().Name}. " +
                "Check the EmbeddedResource item in Parsing.csproj.");
        return Load(stream);
    }

    public static LexicalModel Load(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var classes = root.GetProperty("classes").EnumerateArray().Select(c => ToLanguage(c.GetString()!)).ToArray();
        var bias = ReadVector(root.GetProperty("bias"), classes.Length, "bias");

        var words = new List<string>();
        var patterns = new List<string>();
        var weights = new List<double[]>();
        foreach (var word in root.GetProperty("words").EnumerateArray())
        {
            words.Add(word.GetProperty("word").GetString()!);
            weights.Add(ReadVector(word.GetProperty("weights"), classes.Length, words[^1]));
        }
        foreach (var pattern in root.GetProperty("patterns").EnumerateArray())
        {
            patterns.Add(pattern.GetProperty("regex").GetString()!);
            weights.Add(ReadVector(pattern.GetProperty("weights"), classes.Length, pattern.GetProperty("name").GetString()!));
        }
        return new LexicalModel(classes, new LexicalFeatures(words, patterns), weights.ToArray(), bias);
    }

    /// <summary>Probability of each class in <see cref="Classes"/> for <paramref name="text"/>.</summary>
    public double[] Probabilities(string text)
    {
        Span<double> x = stackalloc double[_features.Count];
        _features.Extract(text, x);
        var z = (double[])_bias.Clone();
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] == 0)
            {
                continue;
            }
            var row = _weights[i];
            for (var k = 0; k < z.Length; k++)
            {
                z[k] += row[k] * x[i];
            }
        }
        var max = z.Max();
        var sum = 0.0;
        for (var k = 0; k < z.Length; k++)
        {
            z[k] = Math.Exp(z[k] - max);
            sum += z[k];
        }
        for (var k = 0; k < z.Length; k++)
        {
            z[k] /= sum;
        }
        return z;
    }

    private static Language? ToLanguage(string id)
    {
        if (id == NoCodeClass)
        {
            return null;
        }
        var language = Language.FromId(id);
        if (language is null || !language.HasGrammar)
        {
            throw new InvalidDataException($"language-gate.json names the class '{id}', which is not a parsed language. {Retrain}");
        }
        return language;
    }

    private static double[] ReadVector(JsonElement array, int length, string what)
    {
        var values = array.EnumerateArray().Select(e => e.GetDouble()).ToArray();
        if (values.Length != length)
        {
            throw new InvalidDataException(
                $"language-gate.json has {values.Length} weights for '{what}' but {length} classes. {Retrain}");
        }
        return values;
    }
}
