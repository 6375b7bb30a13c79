using ParGraph.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddParGraphApi();

var app = builder.Build();
app.MapParGraphApi();

return await ParGraphCommandLine.RunAsync(app, args);

public partial class Program;
