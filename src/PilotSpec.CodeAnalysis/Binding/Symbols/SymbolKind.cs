namespace PilotSpec.CodeAnalysis.Binding;

public enum SymbolKind
{
    Pilot,
    Goal,
    Indicator,
    Site,
    Wave,
    Phase,
    Alert,
    Evaluation,
    Stakeholder,
}
