using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace PilotSpec.Monitoring.Tests.Engine;

/// <summary>
/// Promises of the judgement over many inputs: a better value never gets a worse grade, and
/// the difference-in-differences interval behaves as an estimate of a difference must.
/// </summary>
public sealed class JudgementPropertyTests
{
    private static readonly GradeScale Scores = new([new GradeBand("优", 90m), new GradeBand("良", 80m), new GradeBand("中", 60m), new GradeBand("差", null)], 0);

    private static readonly GradeScale Errors = new([new GradeBand("A", 0m), new GradeBand("B", 5m), new GradeBand("C", 10m)], 1, lowerIsBetter: true);

    // Values with two decimals, over and beyond the scales.
    private static Arbitrary<(decimal, decimal)> TwoValues =>
        Gen.Choose(-1_000, 12_000).Two().Select(p => (p.Item1 / 100m, p.Item2 / 100m)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property A_higher_score_never_gets_a_worse_grade() =>
        Prop.ForAll(TwoValues, pair =>
        {
            var (low, high) = pair.Item1 <= pair.Item2 ? pair : (pair.Item2, pair.Item1);
            return Scores.RankOf(low) <= Scores.RankOf(high);
        });

    [Property(MaxTest = 500)]
    public Property Where_lower_is_better_a_higher_value_never_gets_a_better_grade() =>
        Prop.ForAll(TwoValues, pair =>
        {
            var (low, high) = pair.Item1 <= pair.Item2 ? pair : (pair.Item2, pair.Item1);

            // Below every bound (under 0) there is no grade to compare.
            return low < 0m || Errors.RankOf(low) >= Errors.RankOf(high);
        });

    [Property(MaxTest = 500)]
    public Property Every_value_on_a_scale_with_a_lowest_band_has_exactly_its_band() =>
        Prop.ForAll(TwoValues, pair =>
        {
            var band = Scores.BandOf(pair.Item1)!;
            var rounded = Math.Round(pair.Item1, 0, MidpointRounding.AwayFromZero);
            var next = Scores.Bands.TakeWhile(b => !ReferenceEquals(b, band)).LastOrDefault();
            return (band.From is null || rounded >= band.From) && (next is null || rounded < next.From);
        });

    // Two to eight sites a side, changes between -200 and 200.
    private static Arbitrary<(double[], double[], double)> TwoSides =>
        Gen.Choose(-2_000, 2_000).Select(v => v / 10.0).ArrayOf().Where(a => a.Length is >= 2 and <= 8)
            .Two().Zip(Gen.Choose(-500, 500).Select(v => v / 10.0), (sides, shift) => (sides.Item1, sides.Item2, shift))
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property The_interval_holds_its_estimate_and_swapping_the_sides_mirrors_it() =>
        Prop.ForAll(TwoSides, sides =>
        {
            var (treated, control, _) = sides;
            var (effect, lower, upper, _) = WelchInterval.Of(treated, control);
            var (mirrored, mirroredLower, mirroredUpper, _) = WelchInterval.Of(control, treated);
            return lower <= effect && effect <= upper
                && Near(mirrored, -effect) && Near(mirroredLower!.Value, -upper!.Value) && Near(mirroredUpper!.Value, -lower!.Value);
        });

    [Property(MaxTest = 300)]
    public Property A_change_shared_by_every_site_moves_nothing() =>
        Prop.ForAll(TwoSides, sides =>
        {
            // A province-wide shift (the same for pilot and comparison sites) is not the reform's effect.
            var (treated, control, shift) = sides;
            var (effect, lower, upper, _) = WelchInterval.Of(treated, control);
            var (shifted, shiftedLower, shiftedUpper, _) = WelchInterval.Of(treated.Select(v => v + shift).ToArray(), control.Select(v => v + shift).ToArray());
            return Near(effect, shifted) && Near(lower!.Value, shiftedLower!.Value) && Near(upper!.Value, shiftedUpper!.Value);
        });

    private static bool Near(double a, double b) => Math.Abs(a - b) <= 1e-6 * Math.Max(1, Math.Abs(a));
}
