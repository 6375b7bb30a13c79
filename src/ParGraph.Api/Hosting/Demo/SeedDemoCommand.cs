using System.CommandLine;
using ParGraph.Api.Data;

namespace ParGraph.Api.Hosting.Demo;

/// <summary>
/// <c>seed-demo --tasks N [--years Y] [--seed S]</c>: migrates, loads the registry and the seed documents,
/// then replaces the synthetic benchmark data (README, Command-line verbs; docs/benchmarks.md): progress lines on
/// standard error as each stage is done, then rows per table on standard output.
/// </summary>
public static class SeedDemoCommand
{
    public static Command Create(IServiceProvider services)
    {
        var tasks = new Option<int>("--tasks") { Description = "Number of tasks (≈ 2,000 province scale, ≥ 1,000,000 national scale).", Required = true };
        var years = new Option<int>("--years") { Description = "Years the plans and reports span, ending this year.", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same data.", DefaultValueFactory = _ => 1 };
        var command = new Command("seed-demo", "Replace the synthetic demo data (plans \"demo:…\") used by the benchmarks.") { tasks, years, seed };
        command.SetAction(async (result, ct) =>
        {
            var options = new DemoOptions(result.GetValue(tasks), result.GetValue(years), result.GetValue(seed));
            var console = result.InvocationConfiguration;
            if (options.Tasks < 1 || options.Years < 1)
            {
                await console.Error.WriteLineAsync("seed-demo: --tasks and --years must be at least 1.");
                return ParGraphCommandLine.UsageErrorExitCode;
            }

            await console.Error.WriteLineAsync("seed-demo: preparing the database (migrations, registry, seed documents)");
            await DatabaseInitializer.PrepareAsync(services, ct);
            var connectionString = await services.GetRequiredService<ParGraphConnection>().GetConnectionStringAsync();
            var summary = await DemoDataSeeder.SeedAsync(connectionString, options, services.GetRequiredService<ProvinceClock>().Today, console.Error, ct);
            await console.Output.WriteAsync(summary.ToString());
            return 0;
        });
        return command;
    }
}
