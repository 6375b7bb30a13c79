using ParGraph.Api.Hosting;
using ParGraph.Api.Identity;

var builder = WebApplication.CreateBuilder(args);
try
{
    builder.AddParGraphApi();
}
catch (IdentityConfigurationException refused)
{
    Console.Error.WriteLine(refused.Message);
    return 1;
}

var app = builder.Build();
app.MapParGraphApi();

return await ParGraphCommandLine.RunAsync(app, args);

public partial class Program;
