using ParGraph.Api.Plans;

namespace ParGraph.Api.Hosting.Demo;

/// <summary>A generated plan with its sections; <see cref="SourceFile"/> starts with <c>demo:</c>.</summary>
public sealed record DemoPlan(
    int Id, int Year, PlanKind Kind, PlanStatus Status, string DocumentNumber, string Title, string SourceFile,
    DateOnly IssuedOn, DateOnly PeriodStart, DateOnly PeriodEnd, IReadOnlyList<DemoSection> Sections);
