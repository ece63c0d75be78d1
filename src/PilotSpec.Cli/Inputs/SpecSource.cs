namespace PilotSpec.Cli.Inputs;

/// <summary>The text of one spec file, with the path to show in diagnostics.</summary>
public sealed record SpecSource(string DisplayPath, string Text);
