namespace ParGraph.Api.Reports;

public static class SubmissionRules
{
    /// <summary>
    /// How an agency reported for a period, from the <c>submittedLate</c> flags of its submitted reports for it (any
    /// plan): one on time is enough; else late; else missing once the due date has passed, pending before.
    /// </summary>
    public static SubmissionStatus Judge(IEnumerable<bool> submittedLate, DateOnly due, DateOnly today)
    {
        var flags = submittedLate.ToList();
        return flags.Contains(false) ? SubmissionStatus.OnTime
            : flags.Count > 0 ? SubmissionStatus.Late
            : today > due ? SubmissionStatus.Missing
            : SubmissionStatus.Pending;
    }
}
