using ParGraph.Api.Import.Parsing;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Import;

public static class ImportFeature
{
    public static IServiceCollection AddImport(this IServiceCollection services)
    {
        services.AddMutationFields<ImportMutations>();
        services.AddSingleton<IDocumentParser, AnnualPlanTableParser>();
        services.AddSingleton<IDocumentParser, ThematicPlanTableParser>();
        services.AddSingleton<IDocumentParser, PapiFrameworkParser>();
        services.AddSingleton<IDocumentParser, ProgrammeParser>();
        services.AddSingleton<IDocumentParser, ProgressReportParser>();
        services.AddSingleton<DocumentParsers>();
        services.AddSingleton<IAssignmentResolverFactory, RegistryAssignmentResolver.Factory>();
        services.AddSingleton<ImportService>();
        services.AddSingleton<SeedDocumentImporter>();
        return services;
    }
}
