using Microsoft.Extensions.Options;

namespace ParGraph.Api.Reports;

/// <summary>Refuses to start with a <c>Reporting</c> section whose periods do not resolve, naming the first problem.</summary>
public sealed class ReportingOptionsValidator : IValidateOptions<ReportingOptions>
{
    public ValidateOptionsResult Validate(string? name, ReportingOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
