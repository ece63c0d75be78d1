namespace PilotSpec.Cli.Inputs;

/// <summary>
/// One spec file to read. <paramref name="DisplayPath"/> is how the user named it (relative
/// stays relative), used in every message; <paramref name="FullPath"/> only finds duplicates.
/// </summary>
public sealed record SpecInput(string DisplayPath, string FullPath);
