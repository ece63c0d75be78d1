namespace PilotSpec.Generator;

/// <summary>One source file to add to the compilation: <c>PolicingReform.Monitor.g.cs</c>.</summary>
internal sealed record GeneratedMonitor(string HintName, string Source);
