using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ParGraph.Server.Hosting;

/// <summary>
/// One id per request that a user can quote: the client's <c>X-Request-Id</c> when it is a sane short token
/// (letters, digits, <c>. _ : -</c>, at most <see cref="MaxLength"/>), else ASP.NET Core's trace identifier.
/// It becomes <see cref="HttpContext.TraceIdentifier"/> (so logs and audit entries carry it) and is
/// returned in the <c>X-Request-Id</c> response header.
/// </summary>
public static partial class RequestIds
{
    public const string Header = "X-Request-Id";

    public const int MaxLength = 64;

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    /// <summary>Adds the middleware; put it first, so every answer (401 and 429 too) names its request.</summary>
    public static IApplicationBuilder UseRequestIds(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var sent = context.Request.Headers[Header];
            if (sent.Count == 1 && IsValid(sent[0]))
            {
                context.TraceIdentifier = sent[0]!;
            }
            else if (context.TraceIdentifier.Length > MaxLength)
            {
                context.TraceIdentifier = context.TraceIdentifier[..MaxLength];
            }

            context.Response.Headers[Header] = context.TraceIdentifier;
            return next(context);
        });

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex Pattern();
}
