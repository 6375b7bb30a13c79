namespace ParGraph.Api.Kpis;

public static class ComparatorExtensions
{
    /// <summary>Whether <paramref name="value"/> meets a target of <paramref name="target"/> under this comparator.</summary>
    public static bool IsMetBy(this Comparator comparator, double value, double target) => comparator switch
    {
        Comparator.Gt => value > target,
        Comparator.Gte => value >= target,
        Comparator.Eq => Math.Abs(value - target) < 1e-9,
        Comparator.Lte => value <= target,
        Comparator.Lt => value < target,
        _ => throw new ArgumentOutOfRangeException(nameof(comparator), comparator, null),
    };
}
