using ParGraph.Api.Kpis;

namespace ParGraph.Api.Tests.Kpis;

public class ComparatorTests
{
    [Theory]
    [InlineData(Comparator.Gt, 87.01, 87, true)]
    [InlineData(Comparator.Gt, 87, 87, false)]
    [InlineData(Comparator.Gte, 90, 90, true)]
    [InlineData(Comparator.Gte, 89.99, 90, false)]
    [InlineData(Comparator.Eq, 5, 5, true)]
    [InlineData(Comparator.Lte, 10, 10, true)]
    [InlineData(Comparator.Lte, 10.5, 10, false)]
    [InlineData(Comparator.Lt, 9, 10, true)]
    [InlineData(Comparator.Lt, 10, 10, false)]
    public void IsMetBy_ComparesTheValueWithTheTarget(Comparator comparator, double value, double target, bool met) =>
        Assert.Equal(met, comparator.IsMetBy(value, target));
}
