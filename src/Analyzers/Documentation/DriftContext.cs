using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace CodeIntel.Analyzers.Documentation;

/// <summary>What a CI0003 check needs: the member, its tree's semantic model on demand, and where to report.</summary>
internal readonly struct DriftContext
{
    public DriftContext(SyntaxNode node, Func<SemanticModel> model, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Node = node;
        Model = model;
        Report = report;
        CancellationToken = cancellationToken;
    }

    public SyntaxNode Node { get; }

    public Func<SemanticModel> Model { get; }

    public Action<Diagnostic> Report { get; }

    public CancellationToken CancellationToken { get; }
}
