using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Comparison;

/// <summary>Whether a condition became easier or harder to satisfy, or changed in a way that is neither.</summary>
internal enum Ease
{
    Easier,
    Harder,
    Changed,
}

/// <summary>One part of a condition that differs between two versions, with both sides as written.</summary>
internal sealed class ConditionChange
{
    public ConditionChange(ChangeAspect aspect, Ease ease, SyntaxNode old, SyntaxNode @new)
    {
        Aspect = aspect;
        Ease = ease;
        Old = old;
        New = @new;
    }

    public ChangeAspect Aspect { get; }

    public Ease Ease { get; }

    public SyntaxNode Old { get; }

    public SyntaxNode New { get; }
}
