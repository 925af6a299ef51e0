using System.Collections.Generic;

namespace CodeIntel.CloneDetection.Fingerprints;

/// <summary>
/// Turns a unit's tokens into its <see cref="UnitShape"/>: exact codes, consistently renamed codes and the
/// winnowed fingerprints of the blindly abstracted codes.
/// </summary>
/// <remarks>Shared by source with the Roslyn analyzers (netstandard2.0): keep this file to plain C#.</remarks>
internal sealed class UnitShapeBuilder
{
    private static readonly int AnyIdentifier = StableHash.Of('I', string.Empty);

    private readonly int _kgram;
    private readonly int _window;

    /// <param name="kgram">Winnowing noise threshold k, in tokens.</param>
    /// <param name="window">Winnowing window w, in k-grams; shared runs of w + k - 1 tokens are always seen.</param>
    public UnitShapeBuilder(int kgram, int window)
    {
        _kgram = kgram;
        _window = window;
    }

    public UnitShape Build(IReadOnlyList<CloneToken> tokens)
    {
        var exact = new int[tokens.Count];
        var renamed = new int[tokens.Count];
        var blind = new int[tokens.Count];
        var firstSeen = new Dictionary<string, int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            switch (token.Category)
            {
                case TokenCategory.Identifier:
                    exact[i] = StableHash.Of('I', token.Text);
                    if (!firstSeen.TryGetValue(token.Text, out var index))
                    {
                        index = firstSeen.Count;
                        firstSeen.Add(token.Text, index);
                    }
                    renamed[i] = unchecked((int)(0x9E3779B1u * (uint)(index + 1)));
                    blind[i] = AnyIdentifier;
                    break;
                case TokenCategory.Literal:
                    exact[i] = StableHash.Of('L', token.Text);
                    renamed[i] = blind[i] = StableHash.Of('K', token.Kind);
                    break;
                default:
                    exact[i] = renamed[i] = blind[i] = StableHash.Of('F', token.Text);
                    break;
            }
        }
        return new UnitShape(exact, renamed, Winnowing.Fingerprints(blind, _kgram, _window));
    }
}
