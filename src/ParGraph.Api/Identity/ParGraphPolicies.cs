using Microsoft.AspNetCore.Authorization;

namespace ParGraph.Api.Identity;

/// <summary>
/// Authorization policies that mutation fields declare (<c>.AuthorizeWithPolicy(…)</c>) where a realm role is not
/// enough. Which agency's rows a caller may change is decided per row (e.g. <see cref="Tasks.TaskAccess"/>).
/// </summary>
public static class ParGraphPolicies
{
    /// <summary>The SNV PAR office or an editor of some agency: the callers of the agencies' own write mutations.</summary>
    public const string AgencyEditor = "agency-editor";

    public static void Configure(AuthorizationOptions options) =>
        options.AddPolicy(AgencyEditor, policy => policy.RequireAssertion(context => new CurrentUser(context.User).EditsSomeAgency));
}
