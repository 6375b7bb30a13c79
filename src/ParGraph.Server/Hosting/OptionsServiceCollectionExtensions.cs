using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ParGraph.Server.Hosting;

public static class OptionsServiceCollectionExtensions
{
    /// <summary>
    /// The one way options are registered: bound from the configuration section <paramref name="section"/> (each
    /// options class names it in its <c>SectionName</c> constant), checked by their data annotations, and validated at
    /// start-up, so a wrong setting stops the process with a message instead of failing the first request.
    /// Add further checks with <c>.Validate(…)</c> on the builder returned.
    /// </summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, string section)
        where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();

    /// <summary>The same, from the <paramref name="configuration"/> given: for registrations that take it explicitly (the kit's own).</summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class =>
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
}
