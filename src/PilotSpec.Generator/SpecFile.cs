namespace PilotSpec.Generator;

/// <summary>One .pilot additional file: its path as the compiler knows it, and its text.</summary>
internal readonly record struct SpecFile(string Path, string Text);
