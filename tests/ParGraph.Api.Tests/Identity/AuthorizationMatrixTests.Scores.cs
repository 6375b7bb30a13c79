using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ParGraph.Api.Tests.Identity;

/// <summary>
/// Agency scores in the matrix: every reader sees the scores and the formulas; only the SNV PAR office defines a
/// formula, publishes a ranking, and reads live figures of a year whose ranking is published.
/// </summary>
public partial class AuthorizationMatrixTests
{
    private const int PublishedYear = 2095;

    private static readonly Dictionary<string, (string Document, string Field, Func<string, bool> Allowed, bool NeedsPublished)> ScoreOperations = new()
    {
        ["read agencyScores"] = ("{ agencyScores(year: 2094) { rank score formulaVersion agency { code } } }", "agencyScores", _ => true, false),
        ["read agencyScores (published year)"] = (
            $"{{ agencyScores(year: {PublishedYear}) {{ rank published }} }}", "agencyScores", _ => true, true),
        ["read agencyScores live (published year)"] = (
            $"{{ agencyScores(year: {PublishedYear}, live: true) {{ rank published }} }}", "agencyScores", user => user == "admin", true),
        ["read agencyScoreFormulas"] = ("{ agencyScoreFormulas { version } }", "agencyScoreFormulas", _ => true, false),
        ["defineAgencyScoreFormula"] = (
            """mutation { defineAgencyScoreFormula(input: { tasksOnTimeWeight: 35, overdueTasksWeight: 20, reportTimelinessWeight: 25, kpiAttainmentWeight: 20, note: "matrix" }) { formula { version } } }""",
            "defineAgencyScoreFormula", user => user == "admin", false),
        ["publishAgencyRanking"] = (
            "mutation { publishAgencyRanking(input: { year: 2093 }) { year scores { rank } } }", "publishAgencyRanking", user => user == "admin", false),
    };

    public static TheoryData<string, string, Outcome> ScoreMatrix()
    {
        var data = new TheoryData<string, string, Outcome>();
        foreach (var user in Users)
        {
            foreach (var (operation, rule) in ScoreOperations)
            {
                data.Add(user, operation, user == Anonymous ? Outcome.Unauthenticated : rule.Allowed(user) ? Outcome.Allowed : Outcome.Forbidden);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ScoreMatrix))]
    public async Task ScoreOperation_ByUser_IsAnsweredAsTheRolesSay(string user, string operation, Outcome expected)
    {
        var (document, field, _, needsPublished) = ScoreOperations[operation];
        if (needsPublished)
        {
            await new Infrastructure.GraphQLClient(Factory).DataAsync($"mutation {{ publishAgencyRanking(input: {{ year: {PublishedYear} }}) {{ year }} }}");
        }

        using var http = await ClientForAsync(user);
        using var response = await http.PostAsJsonAsync("/graphql", new { query = document });
        await AssertAnsweredAsync(response, user, operation, field, expected);
    }
}
