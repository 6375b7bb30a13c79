using System.CommandLine;
using ParGraph.Api.Hosting.Seeds;

namespace ParGraph.Api.Identity.Realm;

/// <summary>
/// <c>realm export [path]</c>: writes the Keycloak realm generated from <c>agencies.csv</c> and
/// <see cref="KhanhHoaRealm"/> (default: standard output). Refresh the checked-in file with
/// <c>dotnet run --project src/ParGraph.Api -- realm export seeds/keycloak/khanhhoa-realm.json</c>.
/// </summary>
public static class RealmExportCommand
{
    public static Command Create(IServiceProvider services, Func<string, string> resolvePath)
    {
        var path = new Argument<string?>("path") { Description = "File to write (default: standard output).", Arity = ArgumentArity.ZeroOrOne };
        var export = new Command("export", "Print the Keycloak realm file generated from seeds/agencies.csv.") { path };
        export.SetAction(async (result, ct) =>
        {
            var json = RealmGenerator.GenerateJson(services.GetRequiredService<SeedCatalog>());
            if (result.GetValue(path) is { } file)
            {
                await File.WriteAllTextAsync(resolvePath(file), json, ct);
            }
            else
            {
                await Console.Out.WriteAsync(json);
            }

            return 0;
        });
        return new Command("realm", "Work with the Keycloak realm file.") { export };
    }
}
