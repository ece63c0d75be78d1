using Xunit.Abstractions;
using Xunit.Sdk;

namespace PilotSpec.Tests.Shared;

/// <summary>
/// A class fixture that says once, in dotnet test's default output, which requirement of the
/// class's tests is missing and how to provide it: xunit 2 prints a skip's reason only at
/// normal verbosity, a diagnostic message (xunit.runner.json: diagnosticMessages) at every one.
/// </summary>
public abstract class RequirementNotice
{
    protected RequirementNotice(IMessageSink sink, Requirement requirement)
    {
        if (!requirement.IsPresent() && !Requirement.IsStrict)
        {
            sink.OnMessage(new DiagnosticMessage($"skipped: {requirement.Reason}"));
        }
    }
}
