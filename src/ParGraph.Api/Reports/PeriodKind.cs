namespace ParGraph.Api.Reports;

public enum PeriodKind
{
    Q1,
    H1,
    Q3,
    Year,
}
