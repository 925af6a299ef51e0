using CodeIntel.CloneDetection.Fingerprints;

namespace CodeIntel.CloneDetection.Tests.Fingerprints;

public sealed class CloneMatcherTests
{
    private static readonly UnitShapeBuilder Builder = new(5, 4);

    private static UnitShape Shape(string code) => Builder.Build(code.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Token).ToList());

    // A toy lexer for the tests: lower-case words are names, digits are numbers, anything else is fixed.
    private static CloneToken Token(string text) =>
        char.IsDigit(text[0]) ? new CloneToken(TokenCategory.Literal, text, "number")
        : char.IsLower(text[0]) ? new CloneToken(TokenCategory.Identifier, text, string.Empty)
        : new CloneToken(TokenCategory.Fixed, text, string.Empty);

    private const string Code = "FOR ( i = 0 ; i < n ; i ++ ) { s = s + a [ i ] * 2 ; IF ( s > 9 ) { RETURN s ; } } RETURN 0 ;";

    [Fact]
    public void FindGroups_ConsistentRenaming_IsRenamedAndIdenticalIsExact()
    {
        var renamed = Code.Replace("s ", "t ", StringComparison.Ordinal).Replace(" a ", " b ", StringComparison.Ordinal).Replace("9", "7", StringComparison.Ordinal);
        var groups = CloneMatcher.FindGroups([Shape(Code), Shape(Code), Shape(renamed)]);
        var group = Assert.Single(groups);
        Assert.Equal([0, 1, 2], group.Members);
        Assert.Equal(CloneKind.Renamed, group.Kind);

        var exact = Assert.Single(CloneMatcher.FindGroups([Shape(Code), Shape(Code)]));
        Assert.Equal(CloneKind.Exact, exact.Kind);
    }

    [Fact]
    public void FindGroups_InconsistentRenaming_IsNoGroup()
    {
        // "s = s + a" becomes "s = t + a": a blind abstraction would call this a clone; parameterised matching does not.
        var inconsistent = Code.Replace("s = s +", "s = t +", StringComparison.Ordinal);
        Assert.Empty(CloneMatcher.FindGroups([Shape(Code), Shape(inconsistent)]));
    }

    [Fact]
    public void FindNearPairs_StatementInserted_IsNearButNotForUnrelatedCode()
    {
        var gapped = Code.Replace("IF (", "s = s - 1 ; IF (", StringComparison.Ordinal);
        const string unrelated = "WHILE ( x != null ) { x = x . next ; c ++ ; } PRINT ( c ) ; RETURN c * 3 + 1 ;";
        var pairs = CloneMatcher.FindNearPairs([Shape(Code), Shape(gapped), Shape(unrelated)], 0.5);
        var pair = Assert.Single(pairs);
        Assert.Equal((0, 1), (pair.First, pair.Second));
        Assert.InRange(pair.Similarity, 0.5, 0.99);
    }

    [Fact]
    public void FindNearPairs_ExactCopies_AreLeftToFindGroups()
    {
        Assert.Empty(CloneMatcher.FindNearPairs([Shape(Code), Shape(Code)], 0.5));
    }
}
