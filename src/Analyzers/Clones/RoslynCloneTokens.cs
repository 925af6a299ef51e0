using System.Collections.Generic;
using CodeIntel.CloneDetection.Fingerprints;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeIntel.Analyzers.Clones;

/// <summary>The C# front end of clone matching: a body's tokens (trivia dropped) as names, literals and fixed tokens.</summary>
internal static class RoslynCloneTokens
{
    /// <summary>The tokens of <paramref name="body"/>, or null as soon as there are fewer than <paramref name="minTokens"/>.</summary>
    public static List<CloneToken>? Read(SyntaxNode body, int minTokens)
    {
        // Every token is at least one character: a short span cannot hold enough tokens, so skip it unread.
        if (body.Span.Length < minTokens)
        {
            return null;
        }
        var tokens = new List<CloneToken>(64);
        foreach (var token in body.DescendantTokens())
        {
            tokens.Add(Classify(token));
        }
        return tokens.Count >= minTokens ? tokens : null;
    }

    private static CloneToken Classify(SyntaxToken token)
    {
        switch (token.Kind())
        {
            case SyntaxKind.IdentifierToken:
                return new CloneToken(TokenCategory.Identifier, token.ValueText, string.Empty);
            case SyntaxKind.NumericLiteralToken:
                return new CloneToken(TokenCategory.Literal, token.Text, "number");
            case SyntaxKind.CharacterLiteralToken:
                return new CloneToken(TokenCategory.Literal, token.Text, "char");
            case SyntaxKind.StringLiteralToken:
            case SyntaxKind.Utf8StringLiteralToken:
            case SyntaxKind.SingleLineRawStringLiteralToken:
            case SyntaxKind.MultiLineRawStringLiteralToken:
            case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
            case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
            case SyntaxKind.InterpolatedStringTextToken:
                return new CloneToken(TokenCategory.Literal, token.Text, "string");
            default:
                return new CloneToken(TokenCategory.Fixed, token.Text, string.Empty);
        }
    }
}
