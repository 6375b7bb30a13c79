using System.CommandLine;
using System.CommandLine.Invocation;
using GraphQL.Types;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting.Demo;
using ParGraph.Api.Identity.Realm;
using ParGraph.Api.Import;

namespace ParGraph.Api.Hosting;

/// <summary>
/// The executable's verbs: no verb runs the server; <c>migrate</c>, <c>import [files…]</c>, <c>schema export [path]</c>, <c>realm export [path]</c> and <c>seed-demo --tasks N</c>
/// do their job and exit. Options the verbs do not know (e.g. <c>--urls</c>) go to ASP.NET Core. An unknown verb
/// or a malformed argument exits with <see cref="UsageErrorExitCode"/>; an expected failure of a verb with
/// <see cref="VerbFailure.ExitCode"/> and one line on standard error.
/// </summary>
public static class ParGraphCommandLine
{
    public const int UsageErrorExitCode = 2;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var root = Create(app);
        var parse = root.Parse(args);
        if (UnknownVerb.Find(parse) is { } word)
        {
            await Console.Error.WriteLineAsync(UnknownVerb.Describe(word, root));
            return UsageErrorExitCode;
        }

        var exitCode = await parse.InvokeAsync();
        return parse.Action is ParseErrorAction ? UsageErrorExitCode : exitCode;
    }

    private static RootCommand Create(WebApplication app)
    {
        var root = new RootCommand("ParGraph: the GraphQL API of Khánh Hòa's public-administration-reform programme.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction(async (_, ct) =>
        {
            if (app.Services.GetServices<IStartupCheck>().Select(check => check.FindProblem()).FirstOrDefault(p => p is not null) is { } problem)
            {
                await Console.Error.WriteLineAsync(problem);
                return 1;
            }

            await app.RunAsync(ct);
            return 0;
        });

        var migrate = new Command("migrate", "Apply pending database migrations and exit.");
        migrate.SetAction(async (_, ct) =>
        {
            await ParGraphDatabaseMigrations.MigrateAsync(app.Services, ct);
            return 0;
        });

        root.Subcommands.Add(migrate);
        root.Subcommands.Add(SchemaCommand(app.Services));
        root.Subcommands.Add(RealmExportCommand.Create(app.Services, ResolveUserPath));
        root.Subcommands.Add(ImportCommand.Create(app.Services, ResolveUserPath));
        root.Subcommands.Add(SeedDemoCommand.Create(app.Services));
        VerbFailure.ReportInOneLine(root, "server");
        return root;
    }

    /// <summary><c>schema export [path]</c>.</summary>
    private static Command SchemaCommand(IServiceProvider services)
    {
        var path = new Argument<string?>("path") { Description = "File to write (default: standard output).", Arity = ArgumentArity.ZeroOrOne };
        var export = new Command("export", "Print the GraphQL schema (SDL with descriptions).") { path };
        export.SetAction(async (result, ct) =>
        {
            var sdl = SchemaExport.Print(services.GetRequiredService<ISchema>());
            if (result.GetValue(path) is { } file)
            {
                await File.WriteAllTextAsync(ResolveUserPath(file), sdl, ct);
            }
            else
            {
                await Console.Out.WriteAsync(sdl);
            }

            return 0;
        });
        return new Command("schema", "Work with the GraphQL schema.") { export };
    }

    /// <summary>
    /// A relative path from the command line, taken from the caller's shell directory:
    /// <c>dotnet run --project</c> starts the program in the project's folder.
    /// </summary>
    private static string ResolveUserPath(string path) =>
        Path.IsPathRooted(path) || Environment.GetEnvironmentVariable("PWD") is not { Length: > 0 } shell || !Directory.Exists(shell)
            ? Path.GetFullPath(path)
            : Path.GetFullPath(Path.Combine(shell, path));
}
