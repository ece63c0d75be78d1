using PilotSpec.Monitors;

// The reporting job of a district police information system taking part in the policing
// reform pilot. PolicingReformMonitor is generated from ../policing-reform.pilot while this
// project builds: the sites, indicators and evaluations are typed members, so a misspelt
// district or indicator is a compile error here, and an error in the spec fails the build
// with its PS code at the spec's line and column.
var monitor = new PolicingReformMonitor();
var sites = monitor.Sites;
var indicators = monitor.Indicators;
var endOf2020 = new DateTime(2020, 12, 31);

// Case clearance rate, in percent (baseline 62%; target +15 points in wave `first`).
indicators.ClearanceRate.At(sites.东城区).Record(endOf2020, 78m);
indicators.ClearanceRate.At(sites.南城区).Record(endOf2020, 74m);

// Public sense of security, in percent, from the third-party survey (85% at 80% of sites).
indicators.SecuritySatisfaction.At(sites.东城区).Record(endOf2020, 88m);
indicators.SecuritySatisfaction.At(sites.南城区).Record(endOf2020, 86m);

// Policing cost per case handled, in CNY (baseline 4,800; target -10% at all sites).
indicators.CostPerCase.At(sites.东城区).Record(endOf2020, 4_250m);
indicators.CostPerCase.At(sites.南城区).Record(endOf2020, 4_300m);

var final = monitor.Evaluations.Final.EvaluateAsScheduled();
Console.WriteLine($"Evaluation {final.Evaluation.Name} as of {final.AsOf:yyyy'-'MM'-'dd}");
foreach (var criterion in final.Criteria)
{
    Console.WriteLine($"  {criterion}");
}

Console.WriteLine($"Decision: {final.Decision}");
