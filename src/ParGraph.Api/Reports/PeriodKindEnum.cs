using GraphQL.Types;

namespace ParGraph.Api.Reports;

public sealed class PeriodKindEnum : EnumerationGraphType<PeriodKind>
{
    public PeriodKindEnum()
    {
        Name = "PeriodKind";
        Description = "Which reporting period of a year: Q1, H1 (6 tháng), Q3 (9 tháng) or YEAR.";
    }

    /// <summary>Q1, H1, Q3 as the province writes them (CONSTANT_CASE would give Q_1), and YEAR.</summary>
    protected override string ChangeEnumCase(string val) => val.ToUpperInvariant();
}
