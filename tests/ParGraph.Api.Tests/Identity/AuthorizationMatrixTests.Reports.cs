using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ParGraph.Api.Tests.Reports;

namespace ParGraph.Api.Tests.Identity;

/// <summary>
/// The report workflow's mutations in the matrix. Each run gets a plan of its own and, when the operation
/// needs one, an SNV report on it in the right state, opened (and submitted) by the SNV PAR office.
/// </summary>
public partial class AuthorizationMatrixTests
{
    public enum ReportState
    {
        None,
        Draft,
        Submitted,
    }

    private static readonly Dictionary<string, (string Document, string Field, Func<string, Outcome> Expected, ReportState Needs)> ReportOperations = new()
    {
        ["openReport (SNV)"] = (
            "mutation($planId: ID!) { openReport(input: { agencyCode: \"SNV\", year: 2024, period: Q1, planId: $planId }) { report { id } } }",
            "openReport", user => user is "admin" or "snv.editor" ? Outcome.Allowed : Outcome.Forbidden, ReportState.None),
        ["updateReportEntry (SNV draft)"] = (
            "mutation($reportId: ID!, $taskId: ID!) { updateReportEntry(input: { reportId: $reportId, taskId: $taskId, progress: 10 }) { entry { progress } } }",
            "updateReportEntry", EditorsOfSnv, ReportState.Draft),
        ["submitReport (SNV draft)"] = (
            "mutation($reportId: ID!) { submitReport(input: { reportId: $reportId }) { report { status } } }",
            "submitReport", EditorsOfSnv, ReportState.Draft),
        ["approveReport (SNV submitted)"] = (
            "mutation($reportId: ID!) { approveReport(input: { reportId: $reportId }) { report { status } } }",
            "approveReport", user => user == "admin" ? Outcome.Allowed : Outcome.Forbidden, ReportState.Submitted),
        ["returnReport (SNV submitted)"] = (
            "mutation($reportId: ID!) { returnReport(input: { reportId: $reportId, reason: \"Bổ sung\" }) { report { status } } }",
            "returnReport", user => user == "admin" ? Outcome.Allowed : Outcome.Forbidden, ReportState.Submitted),
    };

    public static TheoryData<string, string, Outcome> ReportMatrix()
    {
        var data = new TheoryData<string, string, Outcome>();
        foreach (var user in Users)
        {
            foreach (var (operation, rule) in ReportOperations)
            {
                data.Add(user, operation, user == Anonymous ? Outcome.Unauthenticated : rule.Expected(user));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReportMatrix))]
    public async Task ReportOperation_ByUser_IsAnsweredAsTheRolesSay(string user, string operation, Outcome expected)
    {
        var (document, field, _, needs) = ReportOperations[operation];
        var variables = await ReportVariablesAsync(document, needs);
        using var http = await ClientForAsync(user);

        using var response = await http.PostAsJsonAsync("/graphql", new { query = document, variables });
        await AssertAnsweredAsync(response, user, operation, field, expected);
    }

    /// <summary>SNV's editors and the office may; another agency's editor cannot even see an SNV draft; readers who edit nothing are refused.</summary>
    private static Outcome EditorsOfSnv(string user) => user switch
    {
        "admin" or "snv.editor" => Outcome.Allowed,
        "stttt.editor" => Outcome.NotFound,
        _ => Outcome.Forbidden,
    };

    private async Task<Dictionary<string, object?>> ReportVariablesAsync(string document, ReportState needs)
    {
        var plan = await ReportTestPlan.CreateAsync(Factory);
        var office = new Infrastructure.GraphQLClient(Factory);
        var reportId = needs switch
        {
            ReportState.Draft => (string?)(await plan.OpenAsync(office))["id"],
            ReportState.Submitted => await plan.SubmittedAsync(office),
            _ => null,
        };
        var all = new Dictionary<string, object?> { ["planId"] = plan.PlanId, ["reportId"] = reportId, ["taskId"] = ReportTestPlan.TaskId(plan.LedBySnv) };
        return all.Where(v => document.Contains("$" + v.Key, StringComparison.Ordinal)).ToDictionary();
    }
}
