namespace PilotSpec.Monitoring.Tests.Engine;

/// <summary>
/// The 2018 approval reform, cut down to three cities: working days to approve a project,
/// lower is better, programme baseline 200 on 2017-12-31, and a compound target —
/// at most 120 working days *and* half the site's own baseline, both by 2019-12-31.
/// </summary>
internal static class ApprovalReform
{
    public static readonly Site Hangzhou = new("杭州", "Hangzhou");
    public static readonly Site Ningbo = new("宁波", "Ningbo");
    public static readonly Site Wenzhou = new("温州", "Wenzhou");
    public static readonly Site[] Cities = [Hangzhou, Ningbo, Wenzhou];

    public static DateTime D(int year, int month, int day) => new(year, month, day);

    public static IndicatorDefinition ApprovalDays(IReadOnlyDictionary<string, decimal>? siteBaselines = null, int? staleAfter = null) => new(
        "approval_days",
        "Working days to approve a project",
        "working days",
        Direction.LowerIsBetter,
        baseline: 200m,
        baselineDate: D(2017, 12, 31),
        frequency: PeriodUnit.Quarter,
        targets: [new TargetDefinition(TargetKind.Level, 120m, D(2019, 12, 31)), new TargetDefinition(TargetKind.RelativeChange, -50m, D(2019, 12, 31))],
        siteBaselines: siteBaselines,
        staleAfter: staleAfter);

    /// <summary>`approval_days.change &lt;= -50% at all sites`.</summary>
    public static Criterion Halved(IndicatorDefinition indicator) => new(
        "approval_days.change <= -50% at all sites",
        new QuantifiedExpr(Quantifier.All, null, Cities, null, new BinaryExpr(BinaryOperator.LessOrEqual, new IndicatorExpr(indicator, ValueMember.RelativeChange), new ConstantExpr(-50m))));

    /// <summary>
    /// Hangzhou 150 → 90, Ningbo 260 → 125 (each observed on the baseline date), Wenzhou
    /// without a baseline observation → 100.
    /// </summary>
    public static ObservationStore Store(IndicatorDefinition indicator, bool wenzhouReports = true)
    {
        var store = new ObservationStore(new ObservationStoreOptions { Clock = Clocks.Fixed(D(2030, 1, 1)) });
        store.Record(indicator, Hangzhou, D(2017, 12, 31), 150m);
        store.Record(indicator, Hangzhou, D(2019, 12, 31), 90m);
        store.Record(indicator, Ningbo, D(2017, 12, 31), 260m);
        store.Record(indicator, Ningbo, D(2019, 12, 31), 125m);
        if (wenzhouReports)
        {
            store.Record(indicator, Wenzhou, D(2019, 12, 31), 100m);
        }

        return store;
    }

}
