using ParGraph.Server.Errors;

namespace ParGraph.Api.Reports;

/// <summary>
/// The report workflow as an explicit state machine: which step may leave which state, and where it leads.
/// DRAFT → submit → SUBMITTED → approve → APPROVED, or → return → RETURNED → submit → SUBMITTED again.
/// Entries are edited in DRAFT and RETURNED only.
/// </summary>
public static class ReportStateMachine
{
    public enum Step
    {
        EditEntries,
        Submit,
        Approve,
        Return,
    }

    private static readonly Dictionary<Step, (ReportStatus[] From, ReportStatus? To)> Steps = new()
    {
        [Step.EditEntries] = ([ReportStatus.Draft, ReportStatus.Returned], null),
        [Step.Submit] = ([ReportStatus.Draft, ReportStatus.Returned], ReportStatus.Submitted),
        [Step.Approve] = ([ReportStatus.Submitted], ReportStatus.Approved),
        [Step.Return] = ([ReportStatus.Submitted], ReportStatus.Returned),
    };

    public static bool Allows(ReportStatus current, Step step) => Steps[step].From.Contains(current);

    /// <summary>The state <paramref name="step"/> leads to from <paramref name="report"/>'s; VALIDATION naming the current state when it may not be taken.</summary>
    public static ReportStatus? Require(Report report, Step step)
    {
        var (from, to) = Steps[step];
        if (!from.Contains(report.Status))
        {
            throw new ApiException(
                ErrorCodes.Validation,
                $"The report is {Name(report.Status)}; {Describe(step)} needs a report that is {string.Join(" or ", from.Select(Name))}.",
                new Dictionary<string, object?> { ["field"] = "input.reportId", ["currentStatus"] = Name(report.Status) });
        }

        return to;
    }

    /// <summary>The state's name as the API spells it (DRAFT, SUBMITTED…).</summary>
    public static string Name(ReportStatus status) => status.ToString().ToUpperInvariant();

    private static string Describe(Step step) => step switch
    {
        Step.EditEntries => "editing its entries",
        Step.Submit => "submitting",
        Step.Approve => "approving",
        _ => "returning",
    };
}
