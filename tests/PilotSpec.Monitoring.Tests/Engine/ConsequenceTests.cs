namespace PilotSpec.Monitoring.Tests.Engine;

/// <summary>
/// Per-site consequences: `consequence: "2022 budget cut by 10%" when evaluation_score.grade == 差`
/// applies to each site whose own grade is 差, and names the sites whose data is missing.
/// </summary>
public sealed class ConsequenceTests
{
    private static readonly Site[] Projects = [new("RuralSchools"), new("TeacherTraining"), new("CountyHospitals")];

    private static readonly IndicatorDefinition Score = new(
        "evaluation_score", unit: "score", direction: Direction.HigherIsBetter, baseline: 75m, frequency: PeriodUnit.Year,
        grades: new GradeScale([new GradeBand("优", 90m), new GradeBand("良", 80m), new GradeBand("中", 60m), new GradeBand("差", null)], 0));

    // 差 is the lowest band: rank 0.
    private static Consequence BudgetCut() => new(
        "2022 budget cut by 10%",
        "evaluation_score.grade == 差 in projects",
        new QuantifiedExpr(Quantifier.All, null, Projects, "projects", new BinaryExpr(BinaryOperator.Equal, new IndicatorExpr(Score, ValueMember.Grade), new ConstantExpr(0m))));

    private static EvaluationContext Context(bool hospitalsReport)
    {
        var store = new ObservationStore(new ObservationStoreOptions { Clock = Clocks.Fixed(new DateTime(2030, 1, 1)) });
        store.Record(Score, Projects[0], new DateTime(2021, 12, 31), 89.5m); // 90: 优
        store.Record(Score, Projects[1], new DateTime(2021, 12, 31), 59.49m); // 59: 差
        if (hospitalsReport)
        {
            store.Record(Score, Projects[2], new DateTime(2021, 12, 31), 59.5m); // 60: 中, not 差
        }

        return new EvaluationContext(store, new DateTime(2021, 12, 31));
    }

    [Fact]
    public void A_consequence_applies_to_each_site_whose_own_result_meets_it()
    {
        var result = BudgetCut().Apply(Context(hospitalsReport: true));

        Assert.Equal(["TeacherTraining"], result.AppliesTo.Select(s => s.Code));
        Assert.Empty(result.Undetermined);
        Assert.Empty(result.Gaps);
    }

    [Fact]
    public void A_site_without_data_is_neither_spared_nor_penalised_but_named_with_the_data_that_would_settle_it()
    {
        var result = BudgetCut().Apply(Context(hospitalsReport: false));

        Assert.Equal(["TeacherTraining"], result.AppliesTo.Select(s => s.Code));
        Assert.Equal(["CountyHospitals"], result.Undetermined.Select(s => s.Code));
        var gap = Assert.Single(result.Gaps);
        Assert.Equal(("evaluation_score", "CountyHospitals", DataGapKind.Missing), (gap.Indicator.Name, gap.Site.Code, gap.Kind));
    }

    [Fact]
    public void An_evaluation_reports_its_consequences_in_order_whatever_it_decides()
    {
        var evaluation = new EvaluationDefinition("annual", null, null, [], [], Decision.Extend, consequences: [BudgetCut()]);

        var result = evaluation.Evaluate(Context(hospitalsReport: true));

        Assert.Equal(Decision.Extend, result.Decision);
        Assert.Equal(["TeacherTraining"], Assert.Single(result.Consequences).AppliesTo.Select(s => s.Code));
    }
}
